package testcallers

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// A test's package-level variable: its initializer is test code too, and
// the local endpoint it sets is the tests' business.
var fromTest = newClient(aws.Config{BaseEndpoint: aws.String("http://localhost:4566")})

// ClientFor is exported: its parameter may be anything.
func ClientFor(cfg aws.Config) *s3.Client { return newClient(cfg) }

func TestNewClient(t *testing.T) {
	var f func(aws.Config) *s3.Client = newOther // a value: makes its parameter opaque
	_ = f(aws.Config{})
	// Findings in tests are not reported.
	_ = s3.NewFromConfig(aws.Config{Region: "us-west-2"})
}
