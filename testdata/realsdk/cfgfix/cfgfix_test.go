package cfgfix

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Tests are not reported: their clients talk to fakes.
func TestInTest(t *testing.T) {
	cfg, _ := config.LoadDefaultConfig(context.Background(), config.WithRegion("us-west-2"))
	_ = s3.NewFromConfig(cfg)
}
