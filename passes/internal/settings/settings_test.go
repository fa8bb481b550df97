package settings

import (
	"flag"
	"strings"
	"testing"
)

func TestSetAccepts(t *testing.T) {
	for _, tc := range []struct {
		args []string // successive Set calls
		want Env
		str  string
	}{
		{nil, Env{}, ""},
		{[]string{"AWS_USE_DUALSTACK_ENDPOINT=true"}, Env{DualStack: Enabled}, "AWS_USE_DUALSTACK_ENDPOINT=true"},
		{[]string{"AWS_USE_DUALSTACK_ENDPOINT=false"}, Env{DualStack: Disabled}, "AWS_USE_DUALSTACK_ENDPOINT=false"},
		// The SDKs compare with strings.EqualFold.
		{[]string{"AWS_USE_DUALSTACK_ENDPOINT=TRUE"}, Env{DualStack: Enabled}, "AWS_USE_DUALSTACK_ENDPOINT=true"},
		{[]string{"AWS_USE_DUALSTACK_ENDPOINT=False"}, Env{DualStack: Disabled}, "AWS_USE_DUALSTACK_ENDPOINT=false"},
		// Empty: the SDKs skip an empty variable.
		{[]string{"AWS_USE_DUALSTACK_ENDPOINT=true", "AWS_USE_DUALSTACK_ENDPOINT="}, Env{}, ""},
		{[]string{"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6"}, Env{IMDSMode: IMDSIPv6}, "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6"},
		{[]string{"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=ipv4"}, Env{IMDSMode: IMDSIPv4}, "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv4"},
		// The IMDS mode is trimmed by the SDKs.
		{[]string{"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE= IPV6 "}, Env{IMDSMode: IMDSIPv6}, "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6"},
		{[]string{"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6", "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=  "}, Env{}, ""},
		// Repeated: each call sets its key, the last wins.
		{[]string{"AWS_USE_DUALSTACK_ENDPOINT=true", "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6", "AWS_USE_DUALSTACK_ENDPOINT=false"},
			Env{DualStack: Disabled, IMDSMode: IMDSIPv6},
			"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6,AWS_USE_DUALSTACK_ENDPOINT=false"},
		// Comma-separated, as String prints it (nogo's analyzer_flags set a flag once).
		{[]string{"AWS_USE_DUALSTACK_ENDPOINT=true,AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv4"},
			Env{DualStack: Enabled, IMDSMode: IMDSIPv4},
			"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv4,AWS_USE_DUALSTACK_ENDPOINT=true"},
	} {
		var e Env
		for _, a := range tc.args {
			if err := e.Set(a); err != nil {
				t.Fatalf("Set(%q): %v", a, err)
			}
		}
		if e != tc.want || e.String() != tc.str {
			t.Errorf("Set %q: got %+v %q, want %+v %q", tc.args, e, e.String(), tc.want, tc.str)
		}
		var back Env
		if tc.str != "" {
			if err := back.Set(e.String()); err != nil || back != e {
				t.Errorf("Set(String()) of %+v: %+v, %v", e, back, err)
			}
		}
	}
}

func TestSetRejects(t *testing.T) {
	for in, want := range map[string]string{
		"":                                                 `"" is not KEY=VALUE`,
		"AWS_USE_DUALSTACK_ENDPOINT":                       `"AWS_USE_DUALSTACK_ENDPOINT" is not KEY=VALUE`,
		"AWS_USE_DUALSTACK_ENDPOINT=1":                     "AWS_USE_DUALSTACK_ENDPOINT=1: need true or false",
		"AWS_USE_DUALSTACK_ENDPOINT=yes":                   "AWS_USE_DUALSTACK_ENDPOINT=yes: need true or false",
		"AWS_USE_DUALSTACK_ENDPOINT= true":                 "AWS_USE_DUALSTACK_ENDPOINT= true: need true or false", // not trimmed by the SDKs
		"AWS_USE_DUALSTACK_ENDPOINT=enabled":               "need true or false",
		"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=6":         "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=6: need IPv4 or IPv6",
		"AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=dualstack": "need IPv4 or IPv6",
		"AWS_REGION=us-west-2":                             `unknown key "AWS_REGION" (keys: AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE, AWS_USE_DUALSTACK_ENDPOINT)`,
		"aws_use_dualstack_endpoint=true":                  `unknown key "aws_use_dualstack_endpoint": environment variables are case-sensitive; did you mean AWS_USE_DUALSTACK_ENDPOINT?`,
		"=true":                                            `unknown key ""`,
		"AWS_USE_DUALSTACK_ENDPOINT=true,":                 `"" is not KEY=VALUE`,
		"AWS_USE_DUALSTACK_ENDPOINT=true,NOPE=1":           `unknown key "NOPE"`,
	} {
		e := Env{IMDSMode: IMDSIPv4}
		err := e.Set(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Set(%q): error %v, want one containing %q", in, err, want)
		}
		// A rejected value changes nothing, not even the keys before the bad one.
		if e != (Env{IMDSMode: IMDSIPv4}) {
			t.Errorf("Set(%q) failed but changed the Env to %+v", in, e)
		}
	}
}

// TestFlag sets -env as a repeatable flag, the way the drivers do.
func TestFlag(t *testing.T) {
	var e Env
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.Var(&e, "env", Usage)
	if err := fs.Parse([]string{"-env", "AWS_USE_DUALSTACK_ENDPOINT=true", "-env=AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6"}); err != nil {
		t.Fatal(err)
	}
	if want := (Env{DualStack: Enabled, IMDSMode: IMDSIPv6}); e != want {
		t.Errorf("got %+v, want %+v", e, want)
	}
	fs.SetOutput(new(strings.Builder))
	err := fs.Parse([]string{"-env", "AWS_USE_DUALSTACK_ENDPOINT=maybe"})
	if want := `invalid value "AWS_USE_DUALSTACK_ENDPOINT=maybe" for flag -env: AWS_USE_DUALSTACK_ENDPOINT=maybe: need true or false`; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("bad -env: %v, want %q", err, want)
	}
}
