package awssdk_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
)

// TestModel runs the model on the snippets of testdata/src/awssdk/model
// and checks, per function, what it found about the one client built there:
// its paths (origin and dual-stack state of each) and the merged region.
func TestModel(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, testdata, awssdk.Analyzer, "awssdk/model")
	res := results[0].Result.(*awssdk.Result)
	got := map[string]string{}
	for _, cl := range res.Clients {
		var paths []string
		for _, p := range cl.Paths {
			e := p.Effective()
			ds := "-"
			if e.DualStack.Node != nil {
				ds = e.DualStack.State.String()
			}
			custom := ""
			if e.CustomEndpoint != nil {
				custom = "+custom"
			}
			paths = append(paths, fmt.Sprintf("%s:%s%s", origin(p.Origin), ds, custom))
		}
		e := cl.Effective()
		region := strings.Join(e.Regions, "|")
		if e.Opaque {
			region += " opaque"
		}
		got[cl.Func.Name.Name] = strings.Join(paths, ",") + " region=" + region
	}
	want := map[string]string{
		"literal":               "literal:- region=us-west-2",
		"zero":                  "literal:- region=",
		"assignedLater":         "config:- region=eu-west-1",
		"twoConfigs":            "config:-,config:- region=eu-west-1|us-west-2",
		"configOrLiteral":       "config:-,literal:- region=",
		"fieldSet":              "config:- region=ap-south-1",
		"fieldSetConditionally": "config:- region=",
		"helperSetsRegion":      "config:- region=sa-east-1",
		"regionCandidates":      "config:- region=eu-west-1|us-west-2",
		"regionFromEnv":         "config:- region=",
		"optionsPerReturn":      "literal:-+custom,literal:enabled region=us-west-2",
		"conditionalOption":     "literal:-,literal:enabled region=us-west-2",
		"setenvFirst":           "config:enabled region=us-west-2",
		"parameter":             "opaque:- region=",
		"generic":               "config:- region=us-west-2",
		"genericOptions":        "config:- region=us-west-2 opaque",
		"genericImport":         "config:- region=eu-west-1|us-west-2",
		"manyConditions":        "config:-,config:-,config:enabled,config:enabled region=",
	}
	for fn, w := range want {
		if got[fn] != w {
			t.Errorf("%s: got %q, want %q", fn, got[fn], w)
		}
	}
	var extra []string
	for fn := range got {
		if _, ok := want[fn]; !ok {
			extra = append(extra, fn)
		}
	}
	if len(extra) > 0 {
		slices.Sort(extra)
		t.Errorf("clients not in the table: %v", extra)
	}
}

func origin(o awssdk.Origin) string {
	switch o {
	case awssdk.FromConfig:
		return "config"
	case awssdk.FromLiteral:
		return "literal"
	case awssdk.FromOptions:
		return "options"
	}
	return "opaque"
}
