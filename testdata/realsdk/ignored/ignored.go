// Package ignored holds //dualstacklint:ignore directives: those that
// suppress findings, and the malformed or unused ones the ignore check
// reports.
package ignored

import (
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Suppressed: the line above, and the same line (two checks named).
func Suppressed() {
	//dualstacklint:ignore ipv4endpoint the test fixture server answers on this name
	_, _ = http.Get("https://sqs.us-east-1.amazonaws.com/123456789012/q")

	_, _ = http.Get("https://sns.us-east-1.amazonaws.com/") //dualstacklint:ignore ipv4endpoint,linklocal proxied by the sidecar
}

// A client check: the client talks to a fake in this deployment.
func Client() *s3.Client {
	//dualstacklint:ignore dualstackclient the bucket is served by a local fake
	return s3.NewFromConfig(aws.Config{Region: "us-west-2"})
}

// Not suppressed: another check, or a directive the ignore check reports.
func Reported() {
	//dualstacklint:ignore linklocal the address is not link-local
	_, _ = http.Get("https://sqs.eu-west-1.amazonaws.com/123456789012/q")

	//dualstacklint:ignore ipv4endpoint
	_, _ = http.Get("https://sqs.us-west-2.amazonaws.com/123456789012/q")

	//dualstacklint:ignore nosuchcheck because
	_, _ = http.Get("https://example.com/")

	//dualstacklint:ignore linklocal nothing here to suppress
	_, _ = http.Get("https://example.org/")

	//dualstacklint:ignore
	_, _ = http.Get("https://example.net/")
}
