// Package consts uses endpoint constants of another package: its own source
// names no AWS host (the want patterns spell it amazona.s), so the prefilter
// must look at the imported constants.
package consts

import (
	"fmt"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"ipv4endpoint/endpoints"
)

// Reported at each use, with no fix: the literal is in the other package.
func use(region string) {
	_, _ = http.Get(endpoints.QueueURL)                             // want `sqs.us-east-1.amazona.s.com \(constant QueueURL of package ipv4endpoint/endpoints\) is an IPv4-only AWS endpoint \(sqs, us-east-1\) used as http.Get: IPv6-only networks cannot reach it; use its dual-stack form sqs.us-east-1.api.aws; no fix: the literal is in another package; change the constant where it is declared \(endpoints.go:5\)`
	_, _ = http.NewRequest("GET", endpoints.QueueURL, nil)          // want `sqs.us-east-1.amazona.s.com \(constant QueueURL of package ipv4endpoint/endpoints\) is an IPv4-only AWS endpoint \(sqs, us-east-1\) used as http.NewRequest`
	_, _ = http.Get(fmt.Sprintf(endpoints.QueueFormat, region))     // want `sqs.%s.amazona.s.com \(constant QueueFormat of package ipv4endpoint/endpoints\) is an IPv4-only AWS endpoint \(sqs, any region\) used as http.Get: .*use its dual-stack form sqs.%s.api.aws; no fix: the literal is in another package`
	_ = aws.Config{BaseEndpoint: aws.String(string(endpoints.KMS))} // want `kms.us-west-2.amazona.s.com \(constant KMS of package ipv4endpoint/endpoints\) is an IPv4-only AWS endpoint \(kms, us-west-2\) used as aws.Config.BaseEndpoint`
	_, _ = http.Get(endpoints.Website)                              // want `site.s3-website-us-east-1.amazona.s.com \(constant Website of package ipv4endpoint/endpoints\) .*; no fix: it has no dual-stack form`
	_ = dynamodb.NewFromConfig(aws.Config{}, func(o *dynamodb.Options) {
		o.BaseEndpoint = aws.String(endpoints.Table) // want `dynamodb.us-east-1.amazona.s.com \(constant Table of package ipv4endpoint/endpoints\) .*DynamoDB rejects its dual-stack hostname`
	})
}

// Not reported: already dual-stack, not an endpoint, not AWS.
func fine() {
	_, _ = http.Get(endpoints.DualStackQueueURL)
	fmt.Println(endpoints.QueueURL)
	_, _ = http.Get("https://example.com/" + endpoints.Region)
}
