package v1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/sqs"
)

// The file does not import aws/endpoints: the fix adds the import.
func NoImport() *sqs.SQS {
	sess := session.Must(session.NewSession(&aws.Config{Region: aws.String("eu-west-1")}))
	return sqs.New(sess)
}
