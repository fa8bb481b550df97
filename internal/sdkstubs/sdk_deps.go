//go:build tools

// This file is never built. It imports the real package behind every stub in
// testdata/src/github.com/aws (internal packages excepted), so that
// "go mod tidy", which considers all build tags, keeps the modules the stubs
// are checked against in go.mod even when no other code imports them.
// TestDepsFileListsStubs keeps it in sync with the stubs.

package sdkstubs

import (
	_ "github.com/aws/aws-sdk-go-v2/aws"
	_ "github.com/aws/aws-sdk-go-v2/config"
	_ "github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	_ "github.com/aws/aws-sdk-go-v2/service/dynamodb"
	_ "github.com/aws/aws-sdk-go-v2/service/ec2"
	_ "github.com/aws/aws-sdk-go-v2/service/ecr"
	_ "github.com/aws/aws-sdk-go-v2/service/iam"
	_ "github.com/aws/aws-sdk-go-v2/service/kms"
	_ "github.com/aws/aws-sdk-go-v2/service/lambda"
	_ "github.com/aws/aws-sdk-go-v2/service/route53"
	_ "github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/aws/aws-sdk-go-v2/service/s3control"
	_ "github.com/aws/aws-sdk-go-v2/service/sns"
	_ "github.com/aws/aws-sdk-go-v2/service/sqs"
	_ "github.com/aws/aws-sdk-go-v2/service/sts"
	_ "github.com/aws/aws-sdk-go/aws"
	_ "github.com/aws/aws-sdk-go/aws/client"
	_ "github.com/aws/aws-sdk-go/aws/credentials"
	_ "github.com/aws/aws-sdk-go/aws/ec2metadata"
	_ "github.com/aws/aws-sdk-go/aws/endpoints"
	_ "github.com/aws/aws-sdk-go/aws/session"
	_ "github.com/aws/aws-sdk-go/service/dynamodb"
	_ "github.com/aws/aws-sdk-go/service/ec2"
	_ "github.com/aws/aws-sdk-go/service/iam"
	_ "github.com/aws/aws-sdk-go/service/s3"
	_ "github.com/aws/aws-sdk-go/service/s3control"
	_ "github.com/aws/aws-sdk-go/service/sns"
	_ "github.com/aws/aws-sdk-go/service/sqs"
	_ "github.com/aws/aws-sdk-go/service/sts"
	_ "github.com/aws/smithy-go"
	_ "github.com/aws/smithy-go/endpoints"
	_ "github.com/aws/smithy-go/logging"
)
