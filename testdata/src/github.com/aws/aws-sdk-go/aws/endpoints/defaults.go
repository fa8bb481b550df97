// Stub mirroring the real API of github.com/aws/aws-sdk-go/aws/endpoints at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package endpoints

// Partition identifiers
const (
	AwsPartitionID      = "aws"        // AWS Standard partition.
	AwsCnPartitionID    = "aws-cn"     // AWS China partition.
	AwsUsGovPartitionID = "aws-us-gov" // AWS GovCloud (US) partition.
)

// A subset of the AWS Standard partition's regions.
const (
	ApNortheast1RegionID = "ap-northeast-1" // Asia Pacific (Tokyo).
	EuCentral1RegionID   = "eu-central-1"   // Europe (Frankfurt).
	EuWest1RegionID      = "eu-west-1"      // Europe (Ireland).
	UsEast1RegionID      = "us-east-1"      // US East (N. Virginia).
	UsEast2RegionID      = "us-east-2"      // US East (Ohio).
	UsWest1RegionID      = "us-west-1"      // US West (N. California).
	UsWest2RegionID      = "us-west-2"      // US West (Oregon).
)

// DefaultResolver returns an Endpoint resolver that will be able
// to resolve endpoints for all default partitions.
func DefaultResolver() Resolver {
	return ResolverFunc(func(service, region string, opts ...func(*Options)) (ResolvedEndpoint, error) {
		return ResolvedEndpoint{}, nil
	})
}
