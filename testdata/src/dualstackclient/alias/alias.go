// Package alias imports aws under another name: the fix uses it.
package alias

import (
	awsv2 "github.com/aws/aws-sdk-go-v2/aws"
	s3v2 "github.com/aws/aws-sdk-go-v2/service/s3"
)

func f() *s3v2.Client {
	return s3v2.NewFromConfig(awsv2.Config{Region: "us-west-2"}, // want `s3.NewFromConfig uses an aws.Config literal`
		func(o *s3v2.Options) { o.UsePathStyle = true },
	)
}
