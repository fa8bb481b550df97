package linklocal

import (
	"fmt"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"unicode"
)

// A service is an AWS service that instances reach at a link-local IPv4
// address and, on Nitro instances, at an IPv6 address too.
type service struct {
	v4, v6 netip.Addr
	name   string // "the Amazon Time Sync Service"
	after  string // what else to do, appended to "use <v6>"
}

// prefix is what every address of services starts with: strings without it
// are not parsed.
const prefix = "169.254."

const needsIMDS = "needs a Nitro instance with the IPv6 metadata endpoint enabled, HttpProtocolIpv6"

// services are the addresses reported. 169.254.170.2 (ECS task metadata and
// credentials) is not one: it has no documented IPv6 form.
var services = map[netip.Addr]*service{}

func init() {
	for _, s := range []*service{
		{
			v4: netip.MustParseAddr("169.254.169.254"), v6: netip.MustParseAddr("fd00:ec2::254"),
			name:  "the EC2 instance metadata service (IMDS)",
			after: ": build the client with imds.NewFromConfig and config.WithEC2IMDSEndpointMode(imds.EndpointModeStateIPv6), or set AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6 (" + needsIMDS + ")",
		},
		{
			v4: netip.MustParseAddr("169.254.169.253"), v6: netip.MustParseAddr("fd00:ec2::253"),
			name:  "the Amazon DNS server (Route 53 Resolver)",
			after: " (needs a Nitro instance), or leave the choice of resolver to the system (/etc/resolv.conf)",
		},
		{
			v4: netip.MustParseAddr("169.254.169.123"), v6: netip.MustParseAddr("fd00:ec2::123"),
			name:  "the Amazon Time Sync Service",
			after: " (needs a Nitro instance)",
		},
		{
			v4: netip.MustParseAddr("169.254.170.23"), v6: netip.MustParseAddr("fd00:ec2::23"),
			name:  "the EKS Pod Identity Agent",
			after: ", or let the SDK's default credential chain read AWS_CONTAINER_CREDENTIALS_FULL_URI, which EKS sets in the pod",
		},
	} {
		services[s.v4] = s
	}
}

// message says what the address is and what to use instead. bracket is set
// when the address was a URL host or a host:port, where IPv6 needs brackets.
func (s *service) message(bracket bool) string {
	v6 := s.v6.String()
	if bracket {
		v6 = "[" + v6 + "]"
	}
	return fmt.Sprintf("%s is the IPv4-only address of %s; on IPv6-only networks use %s%s", s.v4, s.name, v6, s.after)
}

// lookup returns the service at addr, or nil.
func lookup(addr netip.Addr) *service {
	return services[addr.Unmap()]
}

// inString returns the service whose address a string names as a whole
// host: the string itself, or one of its words, is a URL, a host:port, an
// address (optionally with a /path or /prefix-length) naming it. bracket
// reports a URL or host:port.
func inString(s string) (svc *service, bracket bool) {
	if !strings.Contains(s, prefix) {
		return nil, false
	}
	for _, tok := range strings.FieldsFunc(s, isSep) {
		if !strings.Contains(tok, prefix) {
			continue
		}
		if svc, bracket := inToken(tok); svc != nil {
			return svc, bracket
		}
	}
	return nil, false
}

// isSep splits a string into words that may be hosts: around whitespace,
// quotes, brackets other than IPv6's, and list and assignment punctuation.
func isSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(",;\"'`()<>{}|=", r)
}

// inToken is inString for one word.
func inToken(tok string) (*service, bool) {
	tok = strings.TrimRight(tok, ".:") // end of a sentence, "dial 169.254.169.254: ..."
	if i := strings.Index(tok, "//"); i >= 0 {
		// A URL: parse only the scheme and authority, so that a path with
		// format verbs ("/latest/%s") cannot make it invalid.
		if j := strings.IndexAny(tok[i+2:], "/?#"); j >= 0 {
			tok = tok[:i+2+j]
		}
		u, err := url.Parse(tok)
		if err != nil {
			return nil, false
		}
		addr, err := netip.ParseAddr(strings.TrimSuffix(u.Hostname(), "."))
		if err != nil {
			return nil, false
		}
		return lookup(addr), true
	}
	if j := strings.IndexByte(tok, '/'); j >= 0 {
		if _, err := strconv.Atoi(tok[j+1:]); err == nil {
			return nil, false // 169.254.169.254/32: a network (a route, an alias, NO_PROXY), not an endpoint
		}
		tok = tok[:j] // 169.254.169.254/latest/meta-data
	}
	if ap, err := netip.ParseAddrPort(tok); err == nil {
		return lookup(ap.Addr()), true
	}
	if addr, err := netip.ParseAddr(tok); err == nil {
		return lookup(addr), false
	}
	return nil, false
}
