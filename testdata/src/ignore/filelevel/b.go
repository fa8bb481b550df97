//dualstacklint:file-ignore linklocal this file talks to a local IMDS emulator

package filelevel

import "net/http"

func g() {
	_, _ = http.Get("http://169.254.169.254/latest/meta-data/")
}
