package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

// configSamples set each .dualstacklint.yml key, other than checks and
// settings, which TestConfigKeysAreAnalyzerFlags derives from the analyzers.
// A key added to analyzer.Config needs a sample here; the test then shows
// that it maps to an analyzer flag.
var configSamples = map[string]string{
	"regions": "regions: [eu-west-1, ap-south-1]\n",
	"env":     "env:\n  AWS_USE_DUALSTACK_ENDPOINT: \"true\"\n",
}

// TestConfigKeysAreAnalyzerFlags checks that everything .dualstacklint.yml
// can say, Bazel's nogo can say too (README, "Bazel nogo"): nogo runs the
// analyzers of passes/<check> and sets nothing but their flags
// (analyzer_flags: analyzer name → flag name → value string). For each key
// of analyzer.Config (by reflection, so keys added later are covered):
//
//   - checks selects analyzers: in nogo, the deps list. Each check's
//     analyzer must be the Analyzer of package passes/<check>;
//   - every other key, applied from a configuration file, must change the
//     value of some flag of an analyzer the checks run (their Requires
//     included), and setting those flags by name and value string, as nogo
//     does, must give the same state.
func TestConfigKeysAreAnalyzerFlags(t *testing.T) {
	all := reachable(analyzer.Checks)
	ct := reflect.TypeOf(analyzer.Config{})
	for i := range ct.NumField() {
		key, _, _ := strings.Cut(ct.Field(i).Tag.Get("yaml"), ",")
		t.Run(key, func(t *testing.T) {
			switch key {
			case "checks":
				for _, a := range analyzer.Checks {
					if pkg := runPackage(a); !strings.HasSuffix(pkg, "/passes/"+a.Name) {
						t.Errorf("check %s: its analyzer is in package %s, want passes/%s (nogo's deps name one package per analyzer)", a.Name, pkg, a.Name)
					}
				}
			case "settings":
				n := 0
				for _, a := range analyzer.Checks {
					a.Flags.VisitAll(func(f *flag.Flag) {
						n++
						v, ok := sampleValue(f)
						if !ok {
							t.Errorf("settings.%s.%s: no sample value for a %T flag: add a case to sampleValue", a.Name, f.Name, f.Value)
							return
						}
						got := checkMapsToFlags(t, all, fmt.Sprintf("settings:\n  %s:\n    %s: %s\n", a.Name, f.Name, v))
						if want := map[string]map[string]string{a.Name: {f.Name: v}}; !reflect.DeepEqual(got, want) {
							t.Errorf("settings.%s.%s: %s sets the analyzer flags %v, want %v", a.Name, f.Name, v, got, want)
						}
					})
				}
				t.Logf("%d check settings, each the analyzer flag of the same name", n)
			default:
				sample, ok := configSamples[key]
				if !ok {
					t.Fatalf("no sample for the configuration key %q in configSamples: add one (and make the key set an analyzer flag, so that nogo can set it too)", key)
				}
				checkMapsToFlags(t, all, sample)
			}
		})
	}
}

// checkMapsToFlags applies the configuration file content and requires it
// to change some analyzer flags, which, set by name and value on the
// analyzers' own flag sets, give the same state. It returns them (analyzer
// → flag → value, as nogo's analyzer_flags) and restores the flags.
func checkMapsToFlags(t *testing.T, all []*analysis.Analyzer, content string) map[string]map[string]string {
	t.Helper()
	before := flagValues(all)
	t.Cleanup(func() { restoreFlags(t, all, before) })
	path := filepath.Join(t.TempDir(), analyzer.ConfigFile)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := analyzer.LoadConfig(path)
	if err != nil {
		t.Fatalf("%q: %v", content, err)
	}
	if _, err := c.Apply(); err != nil {
		t.Fatalf("%q: %v", content, err)
	}
	after := flagValues(all)
	nogo := map[string]map[string]string{} // analyzer → flag → value
	for k, v := range after {
		if before[k] != v {
			name, fl, _ := strings.Cut(k, "\x00")
			if nogo[name] == nil {
				nogo[name] = map[string]string{}
			}
			nogo[name][fl] = v
		}
	}
	if len(nogo) == 0 {
		t.Fatalf("%q changes no analyzer flag: nogo could not set it (give the setting a flag on the analyzer it configures)", content)
	}

	restoreFlags(t, all, before)
	for _, a := range all {
		for fl, v := range nogo[a.Name] {
			if err := a.Flags.Set(fl, v); err != nil {
				t.Errorf("%s: analyzer_flags %s=%q: %v", a.Name, fl, v, err)
			}
		}
	}
	if got := flagValues(all); !reflect.DeepEqual(got, after) {
		t.Errorf("%q: setting the analyzer flags %v does not give the configuration's state", content, nogo)
	}
	t.Logf("%q is nogo's analyzer_flags %v", content, nogo)
	return nogo
}

// reachable returns the analyzers and, transitively, those they require.
func reachable(roots []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		out = append(out, a)
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range roots {
		visit(a)
	}
	return out
}

// flagValues maps "analyzer\x00flag" to the flag's value string.
func flagValues(all []*analysis.Analyzer) map[string]string {
	m := map[string]string{}
	for _, a := range all {
		a.Flags.VisitAll(func(f *flag.Flag) { m[a.Name+"\x00"+f.Name] = f.Value.String() })
	}
	return m
}

// restoreFlags puts the flags back to values: each to its zero value, then
// set from its value string (what nogo can pass is all there is to a flag).
func restoreFlags(t *testing.T, all []*analysis.Analyzer, values map[string]string) {
	t.Helper()
	for _, a := range all {
		a.Flags.VisitAll(func(f *flag.Flag) {
			v := reflect.ValueOf(f.Value)
			if v.Kind() != reflect.Pointer {
				t.Fatalf("%s.%s: flag value %T is not a pointer", a.Name, f.Name, f.Value)
			}
			v.Elem().Set(reflect.Zero(v.Elem().Type()))
			if s := values[a.Name+"\x00"+f.Name]; s != "" {
				if err := f.Value.Set(s); err != nil {
					t.Fatalf("%s.%s: restoring %q: %v", a.Name, f.Name, s, err)
				}
			}
		})
	}
}

// sampleValue is a YAML value for a check's flag other than its default.
func sampleValue(f *flag.Flag) (string, bool) {
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		if f.DefValue == "true" {
			return "false", true
		}
		return "true", true
	}
	return "", false
}

// runPackage is the import path of the package that defines a's Run.
func runPackage(a *analysis.Analyzer) string {
	name := runtime.FuncForPC(reflect.ValueOf(a.Run).Pointer()).Name() // path/to/pkg.run
	slash := strings.LastIndex(name, "/")
	dot := strings.Index(name[slash+1:], ".")
	if dot < 0 {
		return name
	}
	return name[:slash+1+dot]
}
