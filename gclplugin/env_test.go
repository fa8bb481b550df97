package gclplugin

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
)

// TestSettingsEnv gives the plugin the env key as golangci-lint does: the
// settings block of .golangci.yml, parsed YAML (true is a bool there).
func TestSettingsEnv(t *testing.T) {
	env := awssdk.Analyzer.Flags.Lookup("env").Value
	t.Cleanup(func() { env.Set("AWS_USE_DUALSTACK_ENDPOINT=,AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=") })
	parse := func(s string) any {
		var v any
		if err := yaml.Unmarshal([]byte(s), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	if _, err := New(parse("env:\n  AWS_USE_DUALSTACK_ENDPOINT: true\n  AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: IPv6\n")); err != nil {
		t.Fatal(err)
	}
	if got, want := env.String(), "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6,AWS_USE_DUALSTACK_ENDPOINT=true"; got != want {
		t.Errorf("-env = %q, want %q", got, want)
	}
	for in, want := range map[string]string{
		"env:\n  AWS_USE_DUALSTACK_ENDPOINT: 1\n":  "env.AWS_USE_DUALSTACK_ENDPOINT: want a string",
		"env:\n  AWS_USE_DUALSTACK_ENDPOINT: on\n": "AWS_USE_DUALSTACK_ENDPOINT=on: need true or false",
		"env:\n  AWS_PROFILE: prod\n":              `unknown key "AWS_PROFILE"`,
	} {
		if _, err := New(parse(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("New(%q): %v, want an error containing %q", in, err, want)
		}
	}
}
