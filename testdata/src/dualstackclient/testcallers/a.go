// Package testcallers: what tests do with the package's helpers does not
// change what the package's own code is found to do. go vet analyses the
// package with its tests, the standalone driver too; both must see the
// helper below as the package's code calls it.
package testcallers

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Only the package calls it with a literal config; a test calls it with a
// config the analysis cannot see.
func newClient(cfg aws.Config) *s3.Client {
	return s3.NewFromConfig(cfg) // want `s3.NewFromConfig uses an aws.Config literal, which never reads AWS_USE_DUALSTACK_ENDPOINT`
}

func Run() *s3.Client {
	return newClient(aws.Config{Region: "us-west-2"})
}

// Only a test uses this one as a value: it still has a single caller here.
func newOther(cfg aws.Config) *s3.Client {
	return s3.NewFromConfig(cfg) // want `s3.NewFromConfig uses an aws.Config literal`
}

func RunOther() *s3.Client {
	return newOther(aws.Config{Region: "eu-west-1"})
}
