// Stub mirroring the real API of github.com/aws/aws-sdk-go/aws/endpoints at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package endpoints

// DualStackEndpointState is a constant to describe the dual-stack endpoint resolution
// behavior.
type DualStackEndpointState uint

const (
	// DualStackEndpointStateUnset is the default value behavior for dual-stack endpoint
	// resolution.
	DualStackEndpointStateUnset DualStackEndpointState = iota

	// DualStackEndpointStateEnabled enable dual-stack endpoint resolution for endpoints.
	DualStackEndpointStateEnabled

	// DualStackEndpointStateDisabled disables dual-stack endpoint resolution for endpoints.
	DualStackEndpointStateDisabled
)

// FIPSEndpointState is a constant to describe the FIPS endpoint resolution behavior.
type FIPSEndpointState uint

const (
	// FIPSEndpointStateUnset is the default value behavior for FIPS endpoint resolution.
	FIPSEndpointStateUnset FIPSEndpointState = iota

	// FIPSEndpointStateEnabled enables FIPS endpoint resolution for service endpoints.
	FIPSEndpointStateEnabled

	// FIPSEndpointStateDisabled disables FIPS endpoint resolution for endpoints.
	FIPSEndpointStateDisabled
)

// Options provide the configuration needed to direct how the
// endpoints will be resolved.
type Options struct {
	DisableSSL bool

	// Deprecated: This option will continue to function for S3 and S3 Control
	// for backwards compatibility. UseDualStackEndpoint should be used to enable
	// usage of a service's dual-stack endpoint for all service clients moving
	// forward.
	UseDualStack bool

	// Sets the resolver to resolve a dual-stack endpoint for the service.
	UseDualStackEndpoint DualStackEndpointState

	// UseFIPSEndpoint specifies the resolver must resolve a FIPS endpoint.
	UseFIPSEndpoint FIPSEndpointState

	StrictMatching        bool
	ResolveUnknownService bool
	ResolvedRegion        string
}

// Set combines all of the option functions together.
func (o *Options) Set(optFns ...func(*Options)) {
	for _, fn := range optFns {
		fn(o)
	}
}

// DisableSSLOption sets the DisableSSL options.
func DisableSSLOption(o *Options) {
	o.DisableSSL = true
}

// UseDualStackOption sets the UseDualStack option.
//
// Deprecated: UseDualStackEndpointOption should be used to enable usage of a
// service's dual-stack endpoint.
func UseDualStackOption(o *Options) {
	o.UseDualStack = true
}

// UseDualStackEndpointOption sets the UseDualStackEndpoint option to enabled.
func UseDualStackEndpointOption(o *Options) {
	o.UseDualStackEndpoint = DualStackEndpointStateEnabled
}

// UseFIPSEndpointOption sets the UseFIPSEndpoint option to enabled.
func UseFIPSEndpointOption(o *Options) {
	o.UseFIPSEndpoint = FIPSEndpointStateEnabled
}

// StrictMatchingOption sets the StrictMatching option.
func StrictMatchingOption(o *Options) {
	o.StrictMatching = true
}

// A Resolver provides the interface for functionality to resolve endpoints.
type Resolver interface {
	EndpointFor(service, region string, opts ...func(*Options)) (ResolvedEndpoint, error)
}

// ResolverFunc is a helper utility that wraps a function so it satisfies the
// Resolver interface.
type ResolverFunc func(service, region string, opts ...func(*Options)) (ResolvedEndpoint, error)

// EndpointFor wraps the ResolverFunc function to satisfy the Resolver interface.
func (fn ResolverFunc) EndpointFor(service, region string, opts ...func(*Options)) (ResolvedEndpoint, error) {
	return fn(service, region, opts...)
}

// AddScheme adds the HTTP or HTTPS schemes to a endpoint URL if there is no
// scheme.
func AddScheme(endpoint string, disableSSL bool) string {
	return endpoint
}

// A ResolvedEndpoint is an endpoint that has been resolved based on a partition
// service, and region.
type ResolvedEndpoint struct {
	URL                string
	PartitionID        string
	SigningRegion      string
	SigningName        string
	SigningNameDerived bool
	SigningMethod      string
}
