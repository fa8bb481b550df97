// Command ipv6app is a small AWS application written the way many are: it
// works on IPv4 networks and fails on IPv6-only ones. dualstacklint finds
// why; `go tool dualstacklint -fix -diff ./...` shows the fixes.
package main

import (
	"context"
	"log"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

const region = "us-west-2"

func main() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	if err != nil {
		log.Fatal(err)
	}
	app := &app{
		s3:  s3.NewFromConfig(cfg),
		sqs: sqs.NewFromConfig(cfg),
		ec2: ec2.NewFromConfig(cfg),
	}
	if len(os.Args) > 1 {
		if err := app.upload(ctx, "my-bucket", os.Args[1]); err != nil {
			log.Fatal(err)
		}
	}
	_ = archiveClient(cfg.Credentials)
}

type app struct {
	s3  *s3.Client
	sqs *sqs.Client
	ec2 *ec2.Client
}

// upload stores a text object.
func (a *app) upload(ctx context.Context, bucket, text string) error {
	_, err := a.s3.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(bucket),
		Key:    aws.String("note.txt"),
		Body:   strings.NewReader(text),
	})
	return err
}

// receive reads messages from a queue.
func (a *app) receive(ctx context.Context, queueURL string) (int, error) {
	out, err := a.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(queueURL)})
	if err != nil {
		return 0, err
	}
	return len(out.Messages), nil
}

// instances counts the EC2 instances of the region.
func (a *app) instances(ctx context.Context) (int, error) {
	out, err := a.ec2.DescribeInstances(ctx, &ec2.DescribeInstancesInput{})
	if err != nil {
		return 0, err
	}
	return len(out.Reservations), nil
}

// sessions builds its DynamoDB client from a literal config, which never
// reads AWS_USE_DUALSTACK_ENDPOINT; DynamoDB has no verified dual-stack
// endpoint, so dualstacklint reports it without a fix.
func sessions(creds aws.CredentialsProvider) *dynamodb.Client {
	return dynamodb.NewFromConfig(aws.Config{Region: region, Credentials: creds})
}
