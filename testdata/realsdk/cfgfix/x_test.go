package cfgfix_test

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// External tests are not reported either.
func TestExternal(t *testing.T) {
	cfg, _ := config.LoadDefaultConfig(context.Background(), config.WithRegion("us-west-2"))
	_ = sqs.NewFromConfig(cfg)
}
