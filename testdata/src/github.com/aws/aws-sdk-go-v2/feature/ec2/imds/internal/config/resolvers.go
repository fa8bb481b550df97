// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/feature/ec2/imds/internal/config at v1.20.9.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package config

// ClientEnableState provides an enumeration if the client is enabled,
// disabled, or default behavior.
type ClientEnableState uint

// Enumeration values for ClientEnableState
const (
	ClientDefaultEnableState ClientEnableState = iota
	ClientDisabled
	ClientEnabled
)

// EndpointModeState is the EC2 IMDS Endpoint Configuration Mode
type EndpointModeState uint

// Enumeration values for EndpointModeState
const (
	EndpointModeStateUnset EndpointModeState = iota
	EndpointModeStateIPv4
	EndpointModeStateIPv6
)

// SetFromString sets the EndpointModeState based on the provided string value.
func (e *EndpointModeState) SetFromString(v string) error {
	return nil
}
