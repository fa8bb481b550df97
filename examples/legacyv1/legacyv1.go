// Package legacyv1 is the part of the app still on aws-sdk-go v1.
package legacyv1

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

// Buckets lists the account's buckets with SDK v1.
func Buckets() ([]string, error) {
	sess := session.Must(session.NewSession(&aws.Config{
		Region: aws.String("eu-west-1"),
	}))
	out, err := s3.New(sess).ListBuckets(&s3.ListBucketsInput{})
	if err != nil {
		return nil, err
	}
	var names []string
	for _, b := range out.Buckets {
		names = append(names, aws.StringValue(b.Name))
	}
	return names, nil
}
