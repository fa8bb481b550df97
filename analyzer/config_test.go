package analyzer_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dualstacklint/dualstacklint/analyzer"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/ipv4endpoint"
)

func writeConfig(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), analyzer.ConfigFile)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadConfig(t *testing.T) {
	p := writeConfig(t, `
regions: [us-west-2, eu-west-1]
checks:
  linklocal: false
settings:
  ipv4endpoint:
    all: true
`)
	c, err := analyzer.LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	oldRegions, oldAll := awssdk.Regions, ipv4endpoint.Analyzer.Flags.Lookup("all").Value.String()
	t.Cleanup(func() {
		awssdk.Regions = oldRegions
		ipv4endpoint.Analyzer.Flags.Set("all", oldAll)
	})
	suite, err := c.Apply()
	if err != nil {
		t.Fatal(err)
	}
	if got := awssdk.Regions.List(); !slices.Equal(got, []string{"eu-west-1", "us-west-2"}) {
		t.Errorf("regions = %v", got)
	}
	if v := ipv4endpoint.Analyzer.Flags.Lookup("all").Value.String(); v != "true" {
		t.Errorf("ipv4endpoint.all = %s", v)
	}
	var names []string
	for _, a := range suite {
		names = append(names, a.Name)
	}
	if slices.Contains(names, "linklocal") || !slices.Contains(names, "ipv4endpoint") || !slices.Contains(names, "ignore") {
		t.Errorf("selected %v", names)
	}
}

func TestLoadConfigOnly(t *testing.T) {
	c, err := analyzer.LoadConfig(writeConfig(t, "checks: {ipv4endpoint: true}\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range c.Select(analyzer.Suite) {
		names = append(names, a.Name)
	}
	if !slices.Equal(names, []string{"ipv4endpoint", "ignore"}) {
		t.Errorf("selected %v, want ipv4endpoint and ignore", names)
	}
}

func TestLoadConfigErrors(t *testing.T) {
	tests := []struct{ content, want string }{
		{"regoins: [us-west-2]\n", "line 1: field regoins not found"},
		{"regions: [us-west-9]\n", `regions: unknown region "us-west-9"`},
		{"regions: us-west-2\n", "line 1: cannot unmarshal"},
		{"checks:\n  nosuch: true\n", `checks: unknown check "nosuch"`},
		{"checks:\n  linklocal: maybe\n", "line 2: cannot unmarshal"},
		{"settings:\n  ipv4endpoint:\n    everything: true\n", `settings.ipv4endpoint: unknown setting "everything"`},
		{"settings:\n  nosuch: {a: 1}\n", `settings: unknown check "nosuch"`},
		{"regions: [\n", "line 1: did not find expected node content"},
	}
	for _, tt := range tests {
		p := writeConfig(t, tt.content)
		_, err := analyzer.LoadConfig(p)
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), p) {
			t.Errorf("LoadConfig(%q) = %v, want an error naming %s and containing %q", tt.content, err, p, tt.want)
		}
	}
	// A bad value for a known setting fails when applied.
	c, err := analyzer.LoadConfig(writeConfig(t, "settings:\n  ipv4endpoint:\n    all: sometimes\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Apply(); err == nil || !strings.Contains(err.Error(), "settings.ipv4endpoint.all") {
		t.Errorf("Apply: %v", err)
	}
	// An empty file is an empty configuration.
	if _, err := analyzer.LoadConfig(writeConfig(t, "")); err != nil {
		t.Errorf("empty file: %v", err)
	}
}

func TestDecodeSettings(t *testing.T) {
	if _, err := analyzer.DecodeSettings(map[string]any{"regions": []any{"us-west-2"}, "checks": map[string]any{"linklocal": false}}); err != nil {
		t.Errorf("valid settings: %v", err)
	}
	for _, bad := range []map[string]any{
		{"region": []any{"us-west-2"}},
		{"regions": "us-west-2"},
		{"checks": map[string]any{"nosuch": true}},
	} {
		if _, err := analyzer.DecodeSettings(bad); err == nil {
			t.Errorf("DecodeSettings(%v): no error", bad)
		}
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "go.mod"), []byte("module m\n"), 0o644)
	if got := analyzer.FindConfig(sub); got != "" {
		t.Errorf("no config file: FindConfig = %q", got)
	}
	os.WriteFile(filepath.Join(root, analyzer.ConfigFile), []byte("regions: [us-west-2]\n"), 0o644)
	if got := analyzer.FindConfig(sub); got != filepath.Join(root, analyzer.ConfigFile) {
		t.Errorf("FindConfig = %q", got)
	}
}
