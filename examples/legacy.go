package main

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// archiveClient still uses the deprecated S3-only dual-stack switch.
func archiveClient(creds aws.CredentialsProvider) *s3.Client {
	return s3.New(s3.Options{
		Region:       region,
		Credentials:  creds,
		UseDualstack: true,
	})
}
