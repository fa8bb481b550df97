// Package dot dot-imports the service: the fix writes Options unqualified.
package dot

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	. "github.com/aws/aws-sdk-go-v2/service/sqs"
)

func F() *Client {
	return NewFromConfig(aws.Config{Region: "us-west-2"})
}
