// Package allregions runs with the default -regions: every aws region.
package allregions

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func f() *s3.Client {
	return s3.NewFromConfig(aws.Config{}) // want `no fix: s3 has no verified dual-stack endpoint in ap-east-2, ap-southeast-6, me-west-1 and sa-west-1 \(set -regions to the regions this code runs in\)`
}
