// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/service/route53 at v1.70.10.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package route53

import (
	"context"
)

// ListHostedZones calls the ListHostedZones API operation.
func (c *Client) ListHostedZones(ctx context.Context, params *ListHostedZonesInput, optFns ...func(*Options)) (*ListHostedZonesOutput, error) {
	return &ListHostedZonesOutput{}, nil
}

type ListHostedZonesInput struct {
	Marker   *string
	MaxItems *int32
}

type ListHostedZonesOutput struct {
	IsTruncated bool
	NextMarker  *string
}
