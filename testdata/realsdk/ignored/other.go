//dualstacklint:file-ignore ipv4endpoint this file has no endpoints: the directive is reported

package ignored

import "net/http"

// Not covered by metadata.go's file-ignore: reported.
func Metadata() (*http.Response, error) {
	return http.Get("http://169.254.169.254/latest/meta-data/")
}
