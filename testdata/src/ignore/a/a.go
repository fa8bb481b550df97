package a

import "net/http"

func f() {
	//dualstacklint:ignore ipv4endpoint the test fixture server answers on this name
	_, _ = http.Get("https://sqs.us-east-1.amazonaws.com/123456789012/q")

	_, _ = http.Get("https://sns.us-east-1.amazonaws.com/") //dualstacklint:ignore ipv4endpoint,linklocal proxied by the sidecar

	_, _ = http.Get("https://sqs.eu-west-1.amazonaws.com/123456789012/q") // want `sqs.eu-west-1.amazonaws.com is an IPv4-only AWS endpoint`

	//dualstacklint:ignore ipv4endpoint
	_, _ = http.Get("https://sqs.us-west-2.amazonaws.com/123456789012/q") // want `sqs.us-west-2.amazonaws.com is an IPv4-only AWS endpoint`

	//dualstacklint:ignore nosuchcheck because
	_, _ = http.Get("https://example.com/")

	//dualstacklint:ignore linklocal nothing here to suppress
	_, _ = http.Get("https://example.org/")
}
