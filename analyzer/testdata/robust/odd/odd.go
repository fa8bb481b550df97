package odd

import (
	_ "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var global = s3.NewFromConfig(aws.Config{Region: "us-west-2"}) // a package-level client

func init() {
	var opts []func(*s3.Options)
	opts = append(opts, nil)
	_ = s3.NewFromConfig(aws.Config{}, opts...)
	_ = s3.NewFromConfig(aws.Config{}, nil)
	_ = s3.New(s3.Options{}, func(*s3.Options) {})
loop:
	for {
		break loop
	}
	var x any = global
	_ = x
	_ = "https://" + "sqs." + "us-east-1." + "amazonaws.com"
	_ = "%s" + "%d%%[1]s"
}
