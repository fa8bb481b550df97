package a

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"os"
)

// IMDS in each form.

func imdsURL() {
	_, _ = http.Get("http://169.254.169.254/latest/meta-data/instance-id") // want `^169\.254\.169\.254 is the IPv4-only address of the EC2 instance metadata service \(IMDS\); on IPv6-only networks use \[fd00:ec2::254\]: build the client with imds\.NewFromConfig and config\.WithEC2IMDSEndpointMode\(imds\.EndpointModeStateIPv6\), or set AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6 \(needs a Nitro instance with the IPv6 metadata endpoint enabled, HttpProtocolIpv6\)$`
}

func imdsHostPort() (net.Conn, error) {
	return net.Dial("tcp", "169.254.169.254:80") // want `169\.254\.169\.254 is the IPv4-only address of the EC2 instance metadata service \(IMDS\); on IPv6-only networks use \[fd00:ec2::254\]:`
}

func imdsBare() net.IP {
	return net.ParseIP("169.254.169.254") // want `^169\.254\.169\.254 is the IPv4-only address of the EC2 instance metadata service \(IMDS\); on IPv6-only networks use fd00:ec2::254: build the client`
}

func imdsIPv4() net.IP {
	return net.IPv4(169, 254, 169, 254) // want `169\.254\.169\.254 is the IPv4-only address of the EC2 instance metadata service \(IMDS\); on IPv6-only networks use fd00:ec2::254:`
}

func imdsAddrFrom4() netip.Addr {
	return netip.AddrFrom4([4]byte{169, 254, 169, 254}) // want `169\.254\.169\.254 is the IPv4-only address of the EC2 instance metadata service`
}

var imdsIP = net.IP{169, 254, 169, 254} // want `169\.254\.169\.254 is the IPv4-only address of the EC2 instance metadata service`

// net.IP's own 16-byte form of an IPv4 address.
var imdsIP16 = net.IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 169, 254, 169, 254} // want `169\.254\.169\.254 is the IPv4-only address of the EC2 instance metadata service`

// Amazon DNS.

const resolvConf = "nameserver 169.254.169.253\noptions timeout:1" // want `^169\.254\.169\.253 is the IPv4-only address of the Amazon DNS server \(Route 53 Resolver\); on IPv6-only networks use fd00:ec2::253 \(needs a Nitro instance\), or leave the choice of resolver to the system \(/etc/resolv\.conf\)$`

func dnsURL() string { return "udp://169.254.169.253:53" } // want `169\.254\.169\.253 is the IPv4-only address of the Amazon DNS server \(Route 53 Resolver\); on IPv6-only networks use \[fd00:ec2::253\]`

func dnsHostPort() (net.Conn, error) {
	return net.Dial("udp", "169.254.169.253:53") // want `169\.254\.169\.253 is the IPv4-only address of the Amazon DNS server`
}

func dnsIPv4() net.IP { return net.IPv4(169, 254, 169, 253) } // want `169\.254\.169\.253 is the IPv4-only address of the Amazon DNS server`

func dnsAddrFrom4() netip.Addr { return netip.AddrFrom4([4]byte{169, 254, 169, 253}) } // want `169\.254\.169\.253 is the IPv4-only`

var dnsIP = net.IP{169, 254, 169, 253} // want `169\.254\.169\.253 is the IPv4-only`

// Amazon Time Sync.

const chrony = "server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4" // want `^169\.254\.169\.123 is the IPv4-only address of the Amazon Time Sync Service; on IPv6-only networks use fd00:ec2::123 \(needs a Nitro instance\)$`

func ntpURL() string { return "ntp://169.254.169.123" } // want `169\.254\.169\.123 is the IPv4-only address of the Amazon Time Sync Service; on IPv6-only networks use \[fd00:ec2::123\]`

func ntpHostPort() (net.Conn, error) {
	return net.Dial("udp", "169.254.169.123:123") // want `169\.254\.169\.123 is the IPv4-only address of the Amazon Time Sync Service`
}

func ntpIPv4() net.IP { return net.IPv4(169, 254, 169, 123) } // want `169\.254\.169\.123 is the IPv4-only`

func ntpAddrFrom4() netip.Addr { return netip.AddrFrom4([4]byte{169, 254, 169, 123}) } // want `169\.254\.169\.123 is the IPv4-only`

var ntpIP = net.IP{169, 254, 169, 123} // want `169\.254\.169\.123 is the IPv4-only`

// EKS Pod Identity Agent.

func podIdentityURL() {
	_, _ = http.Get("http://169.254.170.23/v1/credentials") // want `^169\.254\.170\.23 is the IPv4-only address of the EKS Pod Identity Agent; on IPv6-only networks use \[fd00:ec2::23\], or let the SDK's default credential chain read AWS_CONTAINER_CREDENTIALS_FULL_URI, which EKS sets in the pod$`
}

func podIdentityHostPort() (net.Conn, error) {
	return net.Dial("tcp", "169.254.170.23:80") // want `169\.254\.170\.23 is the IPv4-only address of the EKS Pod Identity Agent`
}

var podIdentityBare = "169.254.170.23" // want `169\.254\.170\.23 is the IPv4-only address of the EKS Pod Identity Agent; on IPv6-only networks use fd00:ec2::23,`

func podIdentityIPv4() net.IP { return net.IPv4(169, 254, 170, 23) } // want `169\.254\.170\.23 is the IPv4-only`

func podIdentityAddrFrom4() netip.Addr { return netip.AddrFrom4([4]byte{169, 254, 170, 23}) } // want `169\.254\.170\.23 is the IPv4-only`

var podIdentityIP = net.IP{169, 254, 170, 23} // want `169\.254\.170\.23 is the IPv4-only`

// A named constant used in several places: reported once, at its literal.

const metadataHost = "169.254.169.254" // want `169\.254\.169\.254 is the IPv4-only address of the EC2 instance metadata service`

func useTwice() {
	_, _ = http.Get("http://" + metadataHost + "/latest/meta-data/")
	_, _ = net.Dial("tcp", net.JoinHostPort(metadataHost, "80"))
}

// Words of a longer string, URLs with format verbs, mapped addresses. Not
// reported: messages (fmt.Printf, fmt.Errorf: prose, not a connection) and
// networks (169.254.169.254/32: a route or an alias, not an endpoint).

func words(role string) {
	fmt.Printf("fetching credentials from http://169.254.169.254/latest/meta-data/iam/security-credentials/%s\n", role)
	os.Setenv("NO_PROXY", "localhost,169.254.169.254") // want `169\.254\.169\.254 is the IPv4-only`
	_ = fmt.Errorf("cannot reach 169.254.169.254.")
	_ = "169.254.169.254/32"
	_ = "169.254.169.254/latest/api/token"     // want `169\.254\.169\.254 is the IPv4-only`
	_ = `--endpoint=http://169.254.169.254:80` // want `169\.254\.169\.254 is the IPv4-only`
	_ = "::ffff:169.254.169.254"               // want `169\.254\.169\.254 is the IPv4-only`
}

// Not reported.

// The ECS task metadata and credentials endpoint has no documented IPv6 form.
const ecsCredentials = "http://169.254.170.2/v2/credentials/"

var ecsIP = net.IPv4(169, 254, 170, 2)

// Other link-local addresses.
var others = []string{"169.254.1.1", "http://169.254.169.1/", "169.254.169.25", "169.254.0.0/16"}

var otherIP = net.IP{169, 254, 1, 1}

// Longer numbers and hostnames that contain the address.
var longer = []string{
	"169.254.169.2540",
	"1169.254.169.254",
	"10.169.254.169.254",
	"169.254.169.254.1",
	"http://169.254.169.254.nip.io/",
	"169.254.169.254:99999",
	"169.254.169.0254",
	"x169.254.169.254",
	"169.254.169.254x",
}

// Not constant, or not four bytes.
func notConstant(b byte) {
	_ = net.IPv4(169, 254, 169, b)
	_ = net.IP{169, 254, 169}
	_ = []byte{169, 254, 169, 254}
}

// Comments: IMDS is at 169.254.169.254 (http://169.254.169.254/latest/).
/* Amazon DNS: 169.254.169.253:53 */
