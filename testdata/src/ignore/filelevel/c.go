package filelevel

import "net/http"

// Not covered by b.go's file-ignore: reported.
func h() {
	_, _ = http.Get("http://169.254.169.254/latest/meta-data/") // want `169.254.169.254 is the IPv4-only address of the EC2 instance metadata service`
}
