package consts

import (
	"net/http"

	. "ipv4endpoint/endpoints"
)

// A dot-imported constant.
func dot() {
	_, _ = http.Head(QueueURL) // want `sqs.us-east-1.amazona.s.com \(constant QueueURL of package ipv4endpoint/endpoints\) is an IPv4-only AWS endpoint \(sqs, us-east-1\) used as http.Head`
}
