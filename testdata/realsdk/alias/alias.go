// Package alias imports aws and s3 under other names: the fix uses them.
package alias

import (
	awsv2 "github.com/aws/aws-sdk-go-v2/aws"
	s3v2 "github.com/aws/aws-sdk-go-v2/service/s3"
)

func F() *s3v2.Client {
	return s3v2.NewFromConfig(awsv2.Config{Region: "us-west-2"},
		func(o *s3v2.Options) { o.UsePathStyle = true },
	)
}
