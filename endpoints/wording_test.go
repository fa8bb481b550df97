package endpoints

import (
	"strings"
	"testing"
)

func TestGap(t *testing.T) {
	for _, c := range []struct {
		service, region string
		want            string
	}{
		{"kms", "us-east-1", ""}, // documented
		{"eks", "us-east-1", "no dual-stack endpoint is documented for eks in us-east-1 (check it with: dualstacklint endpoints -resolve eks us-east-1)"},
		{"sqs", "us-iso-east-1", "sqs has no dual-stack endpoint in us-iso-east-1: IPv6-only networks need a VPC endpoint or NAT64 to reach it"},
	} {
		e, err := DualStack(c.service, c.region, false)
		if err != nil {
			t.Fatal(err)
		}
		if got := e.Gap(); got != c.want {
			t.Errorf("%s %s (%s): Gap() = %q, want %q", c.service, c.region, e.Confidence, got, c.want)
		}
	}
	if got := UnknownPhrase("eks", "any aws region"); !strings.HasSuffix(got, "-resolve eks REGION)") {
		t.Errorf("UnknownPhrase for several regions = %q, want a REGION placeholder", got)
	}
}
