package gclplugin

import (
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/dualstacklint/dualstacklint/analyzer"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/ipv4endpoint"
)

// restoreFlags undoes what Apply sets, so that tests do not leak settings.
func restoreFlags(t *testing.T) {
	t.Helper()
	oldRegions := awssdk.Regions
	oldAll := ipv4endpoint.Analyzer.Flags.Lookup("all").Value.String()
	t.Cleanup(func() {
		awssdk.Regions = oldRegions
		ipv4endpoint.Analyzer.Flags.Set("all", oldAll)
	})
}

func names(t *testing.T, p register.LinterPlugin) []string {
	t.Helper()
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("dualstacklint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("load mode = %q, want %q", got, register.LoadModeTypesInfo)
	}
	var want []string
	for _, a := range analyzer.Suite {
		want = append(want, a.Name)
	}
	if got := names(t, p); !slices.Equal(got, want) {
		t.Errorf("analyzers = %v, want the suite %v", got, want)
	}
}

func TestSettings(t *testing.T) {
	restoreFlags(t)
	// The shape golangci-lint passes: YAML decoded into maps.
	settings := map[string]any{
		"regions": []any{"us-west-2", "eu-west-1"},
		"checks":  map[string]any{"linklocal": false},
		"settings": map[string]any{
			"ipv4endpoint": map[string]any{"all": true},
		},
	}
	p, err := New(settings)
	if err != nil {
		t.Fatal(err)
	}
	if got := awssdk.Regions.List(); !slices.Equal(got, []string{"eu-west-1", "us-west-2"}) {
		t.Errorf("regions = %v", got)
	}
	if v := ipv4endpoint.Analyzer.Flags.Lookup("all").Value.String(); v != "true" {
		t.Errorf("ipv4endpoint.all = %s, want true", v)
	}
	got := names(t, p)
	if slices.Contains(got, "linklocal") || !slices.Contains(got, "dualstackconfig") || !slices.Contains(got, "ignore") {
		t.Errorf("analyzers = %v, want all but linklocal", got)
	}
}

func TestSettingsOnly(t *testing.T) {
	p, err := New(map[string]any{"checks": map[string]any{"dualstackconfig": true}})
	if err != nil {
		t.Fatal(err)
	}
	if got := names(t, p); !slices.Equal(got, []string{"dualstackconfig", "ignore"}) {
		t.Errorf("analyzers = %v, want dualstackconfig and ignore", got)
	}
}

func TestBadSettings(t *testing.T) {
	restoreFlags(t)
	tests := []struct {
		name     string
		settings any
		want     string
	}{
		{"unknown key", map[string]any{"regoins": []any{"us-west-2"}}, `unknown field "regoins"`},
		{"unknown region", map[string]any{"regions": []any{"us-west-9"}}, `unknown region "us-west-9"`},
		{"region not a list", map[string]any{"regions": "us-west-2"}, "cannot unmarshal"},
		{"unknown check", map[string]any{"checks": map[string]any{"nosuch": true}}, `unknown check "nosuch"`},
		{"unknown check in settings", map[string]any{"settings": map[string]any{"nosuch": map[string]any{"all": true}}}, `unknown check "nosuch"`},
		{"unknown setting", map[string]any{"settings": map[string]any{"ipv4endpoint": map[string]any{"nosuch": true}}}, `unknown setting "nosuch"`},
		{"bad setting value", map[string]any{"settings": map[string]any{"ipv4endpoint": map[string]any{"all": "maybe"}}}, "settings.ipv4endpoint.all"},
		{"not a map", []any{"us-west-2"}, "cannot unmarshal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := New(tt.settings)
			if err == nil {
				t.Fatalf("New(%v) = %v, want an error containing %q", tt.settings, p, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New(%v): %v, want an error containing %q", tt.settings, err, tt.want)
			}
		})
	}
}
