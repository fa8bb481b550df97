package dualstack

import (
	"strings"
	"testing"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
)

func TestAlreadyDualStack(t *testing.T) {
	res := &awssdk.Result{Regions: []string{"us-west-2", "eu-west-1"}}
	for _, tt := range []struct {
		service, region string
		want            bool
	}{
		{"cognitoidentityprovider", "us-west-2", true}, // its usual endpoint is dual-stack
		{"cognitoidentityprovider", "", true},          // in every -regions region
		{"s3", "us-west-2", false},
		{"nosuchservice", "us-west-2", false},
	} {
		e := awssdk.Settings{Region: tt.region, Regions: regionList(tt.region)}
		if got := AlreadyDualStack(res, tt.service, &e); got != tt.want {
			t.Errorf("AlreadyDualStack(%s, %q) = %v, want %v", tt.service, tt.region, got, tt.want)
		}
	}
}

func TestCoverage(t *testing.T) {
	res := &awssdk.Result{Regions: []string{"us-west-2", "eu-west-1"}}
	for _, tt := range []struct {
		cl   *awssdk.Client
		ok   bool
		want string
	}{
		{&awssdk.Client{Service: "s3"}, true, ""},
		{&awssdk.Client{Service: "dynamodb", Base: awssdk.Settings{Region: "us-west-2", Regions: []string{"us-west-2"}}}, false, "no fix: no dual-stack endpoint is documented for dynamodb in us-west-2 (check it with: dualstacklint endpoints -resolve dynamodb us-west-2)"},
		{&awssdk.Client{Service: "eks"}, false, "no fix: no dual-stack endpoint is documented for eks in any aws region"},
		{&awssdk.Client{Service: "ec2"}, true, ""},
		{&awssdk.Client{Service: "cloudfront"}, false, "cloudfront's dual-stack endpoint cloudfront.global.api.aws is not verified"},
		{&awssdk.Client{Service: "iam", V1: true}, false, "aws-sdk-go v1 builds a iam.<region>.api.aws name that does not exist"},
		{&awssdk.Client{Service: "iam"}, true, ""},
		{&awssdk.Client{Service: "nosuch"}, false, "no fix: the embedded endpoint data has no nosuch endpoints"},
	} {
		e := tt.cl.Effective()
		c := ClientCoverage(res, tt.cl, &e)
		if c.OK() != tt.ok || (!tt.ok && !strings.Contains(c.Why(), tt.want)) {
			t.Errorf("ClientCoverage(%s v1=%v) = ok %v %q; want ok %v containing %q", tt.cl.Service, tt.cl.V1, c.OK(), c.Why(), tt.ok, tt.want)
		}
	}
}

func regionList(r string) []string {
	if r == "" {
		return nil
	}
	return []string{r}
}
