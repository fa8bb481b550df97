// Package all is checked with -ipv4endpoint.all: every string constant.
package all

import "fmt"

const docs = "https://sqs.us-east-1.amazonaws.com" // want `sqs.us-east-1.amazonaws.com is an IPv4-only AWS endpoint \(sqs, us-east-1\) used as a string constant`

var hosts = []string{"ec2.us-west-2.amazonaws.com"} // want `ec2.us-west-2.amazonaws.com is an IPv4-only AWS endpoint \(ec2, us-west-2\) used as a string constant`

func f() {
	fmt.Println(docs, hosts)
	fmt.Println("already dual-stack: https://sqs.us-east-1.api.aws")
}
