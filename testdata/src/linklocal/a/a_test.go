package a

import "net/http"

// Test files are not reported: tests usually talk to fakes.
func fakeIMDS() {
	_, _ = http.Get("http://169.254.169.254/latest/meta-data/")
}
