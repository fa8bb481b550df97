//dualstacklint:file-ignore linklocal this file talks to a local IMDS emulator

package ignored

import "net/http"

func Emulator() (*http.Response, error) {
	return http.Get("http://169.254.169.254/latest/meta-data/")
}

func EmulatorToken() (*http.Request, error) {
	return http.NewRequest(http.MethodPut, "http://169.254.169.254/latest/api/token", nil)
}
