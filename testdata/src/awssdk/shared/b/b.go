package b

import (
	"awssdk/shared/a"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func Client() *sqs.Client { return sqs.NewFromConfig(a.Config()) }

func Literal() *sqs.Client { return sqs.NewFromConfig(aws.Config{Region: "eu-west-1"}) }

func FromStore(s *a.Store) any { return s.Client() }
