// Stub mirroring the real API of github.com/aws/smithy-go/endpoints at v1.28.9.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.
//
// Note: the real package is named "transport", not "endpoints".

package transport

import (
	"net/http"
	"net/url"

	"github.com/aws/smithy-go"
)

// Endpoint is the endpoint object returned by Endpoint resolution V2.
type Endpoint struct {
	URI        url.URL
	Headers    http.Header
	Properties smithy.Properties
}
