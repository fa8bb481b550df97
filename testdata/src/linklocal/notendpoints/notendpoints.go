// Package notendpoints uses the IMDS address in ways that connect to
// nothing: a comparison, an interface alias for a local server, messages.
package notendpoints

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"os/exec"
)

const metadataIP = "169.254.169.254"

func handler(w http.ResponseWriter, r *http.Request) {
	if r.Host != metadataIP {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
	switch r.Host {
	case "169.254.169.123":
	}
}

func alias() ([]byte, error) {
	return exec.Command("ip", "addr", "add", "169.254.169.254/24", "dev", "lo").CombinedOutput()
}

func messages() error {
	log.Printf("serving the metadata emulator on 169.254.169.254:80")
	if false {
		return errors.New("another process is bound to 169.254.169.254:80")
	}
	return fmt.Errorf("cannot bind 169.254.169.254:80")
}

// Still an endpoint: reported.
func client() (*http.Response, error) {
	return http.Get("http://169.254.169.253/") // want `169.254.169.253 is the IPv4-only address of the Amazon DNS server`
}
