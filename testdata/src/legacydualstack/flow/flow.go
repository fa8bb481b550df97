// Package flow: the deprecated switch set from a variable is still the
// deprecated switch.
package flow

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func fromVariable(cfg aws.Config, ipv6 bool) *s3.Client {
	return s3.NewFromConfig(cfg, func(o *s3.Options) {
		o.UseDualstack = ipv6 // want `s3.Options.UseDualstack is deprecated and S3-only`
	})
}
