package analyzer_test

import (
	"strings"
	"testing"

	"github.com/dualstacklint/dualstacklint/analyzer"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
)

// restoreEnv undoes what Apply sets on the -env flag.
func restoreEnv(t *testing.T) {
	t.Helper()
	env := awssdk.Analyzer.Flags.Lookup("env").Value
	old := env.String()
	t.Cleanup(func() {
		env.Set("AWS_USE_DUALSTACK_ENDPOINT=,AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=")
		if old != "" {
			env.Set(old)
		}
	})
}

func TestLoadConfigEnv(t *testing.T) {
	restoreEnv(t)
	c, err := analyzer.LoadConfig(writeConfig(t, `
env:
  AWS_USE_DUALSTACK_ENDPOINT: TRUE
  AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: ipv6
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Apply(); err != nil {
		t.Fatal(err)
	}
	want := "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6,AWS_USE_DUALSTACK_ENDPOINT=true"
	if got := awssdk.Analyzer.Flags.Lookup("env").Value.String(); got != want {
		t.Errorf("-env after the configuration = %q, want %q", got, want)
	}
	// A flag given after the configuration wins (the drivers parse flags after applying it).
	if err := awssdk.Analyzer.Flags.Set("env", "AWS_USE_DUALSTACK_ENDPOINT=false"); err != nil {
		t.Fatal(err)
	}
	want = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6,AWS_USE_DUALSTACK_ENDPOINT=false"
	if got := awssdk.Analyzer.Flags.Lookup("env").Value.String(); got != want {
		t.Errorf("-env after the flag = %q, want %q", got, want)
	}
}

func TestLoadConfigEnvErrors(t *testing.T) {
	restoreEnv(t)
	for _, tt := range []struct{ content, want string }{
		{"env:\n  AWS_REGION: us-west-2\n", `line 2: env: unknown key "AWS_REGION" (keys: AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE, AWS_USE_DUALSTACK_ENDPOINT)`},
		{"regions: [us-west-2]\nenv:\n  AWS_USE_DUALSTACK_ENDPOINT: true\n  AWS_USE_DUALSTACK_ENDPOINT_X: 1\n", `line 4: env: unknown key "AWS_USE_DUALSTACK_ENDPOINT_X"`},
		{"env:\n  AWS_USE_DUALSTACK_ENDPOINT: yes\n", "line 2: env: AWS_USE_DUALSTACK_ENDPOINT=yes: need true or false"},
		{"env:\n  AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: v6\n", "line 2: env: AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=v6: need IPv4 or IPv6"},
		{"env:\n  AWS_USE_DUALSTACK_ENDPOINT: [true]\n", "line 2: env.AWS_USE_DUALSTACK_ENDPOINT: want a value"},
		{"env: [AWS_USE_DUALSTACK_ENDPOINT=true]\n", "line 1: env: want a mapping"},
	} {
		p := writeConfig(t, tt.content)
		_, err := analyzer.LoadConfig(p)
		if err == nil || !strings.HasPrefix(err.Error(), p+": ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadConfig(%q) = %v, want an error naming %s and containing %q", tt.content, err, p, tt.want)
		}
	}
	// Nothing was applied by the failed loads.
	if got := awssdk.Analyzer.Flags.Lookup("env").Value.String(); got != "" {
		t.Errorf("-env = %q after configurations that failed to load", got)
	}
}

func TestDecodeSettingsEnv(t *testing.T) {
	restoreEnv(t)
	// golangci-lint hands over parsed YAML: true is a bool there.
	c, err := analyzer.DecodeSettings(map[string]any{"env": map[string]any{"AWS_USE_DUALSTACK_ENDPOINT": true, "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE": "IPv4"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Apply(); err != nil {
		t.Fatal(err)
	}
	if got, want := awssdk.Analyzer.Flags.Lookup("env").Value.String(), "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv4,AWS_USE_DUALSTACK_ENDPOINT=true"; got != want {
		t.Errorf("-env = %q, want %q", got, want)
	}
	for _, tt := range []struct {
		env  any
		want string
	}{
		{map[string]any{"NOPE": "1"}, `dualstacklint settings: env: unknown key "NOPE"`},
		{map[string]any{"AWS_USE_DUALSTACK_ENDPOINT": "1"}, "dualstacklint settings: env: AWS_USE_DUALSTACK_ENDPOINT=1: need true or false"},
		{map[string]any{"AWS_USE_DUALSTACK_ENDPOINT": 1}, "dualstacklint settings: env.AWS_USE_DUALSTACK_ENDPOINT: want a string"},
		{[]any{"AWS_USE_DUALSTACK_ENDPOINT=true"}, "dualstacklint settings: env: want a mapping"},
	} {
		_, err := analyzer.DecodeSettings(map[string]any{"env": tt.env})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("DecodeSettings(env: %v) = %v, want %q", tt.env, err, tt.want)
		}
	}
}
