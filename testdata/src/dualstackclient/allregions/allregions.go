// Package allregions runs with the default -regions: every aws region.
package allregions

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/route53"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func f() *s3.Client {
	return s3.NewFromConfig(aws.Config{}) // want `no fix: no dual-stack endpoint is documented for s3 in ap-east-2, ap-southeast-6, me-west-1 and sa-west-1 .*\(set -regions to the regions this code runs in\)`
}

// No aws region has a verified Route 53 dual-stack endpoint: narrowing
// -regions would not help, and the message does not suggest it.
func g() *route53.Client {
	return route53.NewFromConfig(aws.Config{}) // want `route53.NewFromConfig uses an aws.Config literal, which never reads AWS_USE_DUALSTACK_ENDPOINT or the shared config: the client uses an IPv4-only endpoint, and no dual-stack endpoint is documented for route53 in any aws region .* \(no fix\)$`
}
