package awssdk

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/endpoints"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/settings"
)

var Analyzer = &analysis.Analyzer{
	Name:             "awssdk",
	Doc:              "find AWS SDK config and client construction and what it sets (shared by the dualstack checks; reports nothing)",
	URL:              "https://github.com/dualstacklint/dualstacklint/blob/main/docs/checks.md",
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Result](),
}

// Regions is the -regions flag: the regions code without a constant region
// may run in. Fixes that enable dual-stack are offered only when every one
// of them has a verified dual-stack endpoint.
var Regions = RegionList{}

func init() {
	Analyzer.Flags.Var(&Regions, "regions", "comma-separated `regions` (or partitions, e.g. aws-us-gov) the code may run in when it sets no constant region; default: every region of the aws partition")
	Analyzer.Flags.Var(&settings.Deployment, "env", settings.Usage)
}

// RegionList is a flag.Value holding regions; partition IDs expand to their
// regions. Unknown names are rejected.
type RegionList struct{ list []string }

func (r *RegionList) String() string { return strings.Join(r.list, ",") }

func (r *RegionList) Set(s string) error {
	var out []string
	for name := range strings.SplitSeq(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if regions, err := endpoints.Regions(name); err == nil {
			out = append(out, regions...)
			continue
		}
		if _, ok := endpoints.PartitionOf(name); !ok || endpoints.IsPseudoRegion(name) {
			return fmt.Errorf("unknown region %q", name)
		}
		out = append(out, name)
	}
	if len(out) == 0 {
		return fmt.Errorf("no regions in %q", s)
	}
	slices.Sort(out)
	r.list = slices.Compact(out)
	return nil
}

// List returns the regions, defaulting to the aws partition's.
func (r *RegionList) List() []string {
	if len(r.list) > 0 {
		return r.list
	}
	regions, _ := endpoints.Regions("aws")
	return regions
}

// ImportsSDK reports whether the analyzer models a package: whether it
// imports an AWS SDK for Go package.
func ImportsSDK(pkg *types.Package) bool { return sdk.ImportsSDK(pkg) }

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if !sdk.ImportsSDK(pass.Pkg) {
		return res, nil // the common case under go vet: nothing to do
	}
	res.SDK = true
	// Only now: the region list decodes the embedded endpoint data.
	res.Regions = Regions.List()
	a := &analyzer{
		pass:     pass,
		info:     pass.TypesInfo,
		res:      res,
		configs:  map[*ast.CallExpr]*Config{},
		astCalls: map[token.Pos]*ast.CallExpr{},
		argOf:    map[*ast.CallExpr]*ast.CallExpr{},
		stores:   map[token.Pos]storeSite{},
		lits:     map[token.Pos]*ast.CompositeLit{},
	}
	a.index()
	if len(pass.TypeErrors) == 0 {
		a.prog = buildProgram(pass.Fset, pass.Pkg, pass.Files, pass.TypesInfo)
	}
	a.findConfigs()
	a.findV1Sessions()
	a.findClients()
	a.findV1Clients()
	a.prog.release()
	return res, nil
}

type analyzer struct {
	pass     *analysis.Pass
	info     *types.Info
	calls    []sdkCall // calls of SDK functions and methods, in source order
	argOf    map[*ast.CallExpr]*ast.CallExpr
	res      *Result
	prog     *program // nil when the package cannot be built in SSA form: every value is opaque
	configs  map[*ast.CallExpr]*Config
	astCalls map[token.Pos]*ast.CallExpr // by '('
	stores   map[token.Pos]storeSite     // field stores, by their SSA position
	lits     map[token.Pos]*ast.CompositeLit
}
