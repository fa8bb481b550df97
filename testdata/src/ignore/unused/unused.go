package unused

import "net/http"

func f() {
	//dualstacklint:ignore ipv4endpoint the test fixture server answers on this name
	_, _ = http.Get("https://sqs.us-east-1.amazonaws.com/123456789012/q")

	_, _ = http.Get("https://sns.us-east-1.amazonaws.com/") //dualstacklint:ignore ipv4endpoint,linklocal proxied by the sidecar

	/* want `ignore directive has no reason` */ //dualstacklint:ignore ipv4endpoint
	_, _ = http.Get("https://sqs.us-west-2.amazonaws.com/123456789012/q")

	/* want `ignore directive names unknown check nosuchcheck` */ //dualstacklint:ignore nosuchcheck because
	_, _ = http.Get("https://example.com/")

	/* want `ignore directive suppresses nothing: no linklocal finding on this line or the next; remove it` */ //dualstacklint:ignore linklocal nothing here to suppress
	_, _ = http.Get("https://example.org/")

	/* want `ignore directive names no check` */ //dualstacklint:ignore
	_, _ = http.Get("https://example.net/")
}
