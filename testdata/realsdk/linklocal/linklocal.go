// Package linklocal holds linklocal cases: link-local IPv4 addresses of AWS
// services that Nitro instances also serve at an IPv6 address. No fixes.
package linklocal

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
)

// IMDS, in each form.

func IMDSURL() (*http.Response, error) {
	return http.Get("http://169.254.169.254/latest/meta-data/instance-id")
}

func IMDSHostPort() (net.Conn, error) {
	return net.Dial("tcp", "169.254.169.254:80")
}

func IMDSIPv4() net.IP {
	return net.IPv4(169, 254, 169, 254)
}

func IMDSAddrFrom4() netip.Addr {
	return netip.AddrFrom4([4]byte{169, 254, 169, 254})
}

var IMDSIP = net.IP{169, 254, 169, 254}

// Amazon DNS.

func DNS() (net.Conn, error) {
	return net.Dial("udp", "169.254.169.253:53")
}

var DNSIP = net.IPv4(169, 254, 169, 253)

// Amazon Time Sync.

const Chrony = "server 169.254.169.123 prefer iburst"

func NTPAddr() netip.Addr {
	return netip.AddrFrom4([4]byte{169, 254, 169, 123})
}

// EKS Pod Identity Agent.

func PodIdentity(ctx context.Context) (*http.Request, error) {
	return http.NewRequestWithContext(ctx, http.MethodGet, "http://169.254.170.23/v1/credentials", nil)
}

var PodIdentityIP = net.IP{169, 254, 170, 23}

// A named constant used twice: reported once, at its literal.
const metadataHost = "169.254.169.254"

func UseTwice() {
	_, _ = http.Get("http://" + metadataHost + "/latest/meta-data/")
	_, _ = net.Dial("tcp", net.JoinHostPort(metadataHost, "80"))
}

// One word of a longer string.
func Words(role string) string {
	return fmt.Sprintf("fetching credentials from http://169.254.169.254/latest/meta-data/iam/security-credentials/%s", role)
}

// Not reported.

// The ECS task metadata and credentials endpoint has no documented IPv6 form.
const ECSCredentials = "http://169.254.170.2/v2/credentials/"

var ECSIP = net.IPv4(169, 254, 170, 2)

// Other link-local addresses, longer numbers, hostnames that contain one.
var Others = []string{"169.254.1.1", "169.254.169.2540", "http://169.254.169.254.nip.io/"}

// Servers that bind the address (a local IMDS emulator).
func Listen() (net.Listener, error) {
	return net.Listen("tcp", "169.254.169.254:80")
}

func Server() *http.Server {
	return &http.Server{Addr: "169.254.170.23:80"}
}

func serve(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return http.Serve(ln, nil)
}

func Start() error {
	return serve("169.254.169.253:8053")
}

// IMDS clients without an endpoint mode: reported only with
// -linklocal.imds-client, which the end-to-end runs do not set.
func IMDSClients(ctx context.Context) (*imds.Client, *imds.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	if err != nil {
		return nil, nil, err
	}
	return imds.NewFromConfig(cfg), imds.New(imds.Options{}), nil
}

// The SDK's IMDS client in IPv6 mode.
func IMDSIPv6() *imds.Client {
	return imds.NewFromConfig(aws.Config{}, func(o *imds.Options) {
		o.EndpointMode = imds.EndpointModeStateIPv6
	})
}

// Comments: IMDS is at 169.254.169.254 (http://169.254.169.254/latest/).
