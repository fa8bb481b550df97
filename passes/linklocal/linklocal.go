package linklocal

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/netip"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/rawsource"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

const Name = "linklocal"

var Analyzer = &analysis.Analyzer{
	Name:     Name,
	Doc:      doc,
	URL:      dualstack.DocURL(Name),
	Run:      run,
	Requires: []*analysis.Analyzer{rawsource.Analyzer},
}

// imdsClient is the -imds-client flag.
var imdsClient bool

func init() {
	Analyzer.Flags.BoolVar(&imdsClient, "imds-client", false,
		"also report imds.New and imds.NewFromConfig calls whose client sets no endpoint mode (it uses the IPv4-only 169.254.169.254)")
}

// A finding is an address in the code: a string literal, a net.IPv4 or
// netip.AddrFrom4 call, or a net.IP literal.
type finding struct {
	node    ast.Node
	svc     *service
	bracket bool
}

func run(pass *analysis.Pass) (any, error) {
	// The addresses appear literally ("169.254." in strings, 169 and 254
	// as bytes), and IMDS clients need the imds package: skip packages
	// with neither before walking any syntax.
	mask := rawsource.LinkLocal
	if importsNet(pass.Pkg) {
		mask |= rawsource.Octets // net.IPv4(169, 254, ...), net.IP{169, 254, ...}
	}
	if !pass.ResultOf[rawsource.Analyzer].(rawsource.Mentions).Has(mask) && !(imdsClient && importsIMDS(pass.Pkg)) {
		return nil, nil
	}
	in := inspector.New(pass.Files)
	var found []finding
	for fc := range in.Root().Children() {
		if dualstack.Skip(pass, fc.Node().(*ast.File)) {
			continue
		}
		for c := range fc.Preorder((*ast.BasicLit)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil)) {
			if f, ok := match(pass.TypesInfo, c.Node()); ok {
				found = append(found, f)
			}
		}
	}
	if len(found) > 0 {
		bound := bound(pass, in, found)
		for _, f := range found {
			if !bound[f.node] {
				pass.Report(diag(f.node, f.svc.message(f.bracket)))
			}
		}
	}
	if imdsClient {
		checkIMDSClients(pass, in)
	}
	return nil, nil
}

// match reports whether n is an address of a service.
func match(info *types.Info, n ast.Node) (finding, bool) {
	var svc *service
	bracket := false
	switch n := n.(type) {
	case *ast.BasicLit:
		if n.Kind != token.STRING || !strings.Contains(n.Value, prefix) {
			return finding{}, false // the fast path: almost every literal
		}
		s, err := strconv.Unquote(n.Value)
		if err != nil {
			return finding{}, false
		}
		svc, bracket = inString(s)
	case *ast.CallExpr:
		svc = addrCall(info, n)
	case *ast.CompositeLit:
		if (len(n.Elts) == 4 || len(n.Elts) == 16) && sdk.IsNamed(info.TypeOf(n), "net", "IP", false) {
			svc = addrBytes(info, n.Elts)
		}
	}
	return finding{n, svc, bracket}, svc != nil
}

// addrCall matches net.IPv4(a, b, c, d) and netip.AddrFrom4([4]byte{a, b, c, d})
// with constant bytes.
func addrCall(info *types.Info, call *ast.CallExpr) *service {
	var name string
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		name = fun.Sel.Name
	case *ast.Ident: // dot import
		name = fun.Name
	}
	switch {
	case name == "IPv4" && len(call.Args) == 4 && sdk.IsFunc(sdk.Callee(info, call), "net", "IPv4"):
		return addrBytes(info, call.Args)
	case name == "AddrFrom4" && len(call.Args) == 1 && sdk.IsFunc(sdk.Callee(info, call), "net/netip", "AddrFrom4"):
		if lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit); ok && len(lit.Elts) == 4 {
			return addrBytes(info, lit.Elts)
		}
	}
	return nil
}

// addrBytes matches 4 constant bytes, or 16 holding an IPv4-mapped address
// (net.IP's own form).
func addrBytes(info *types.Info, elts []ast.Expr) *service {
	var b [16]byte
	for i, e := range elts {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
			return nil // not constant, or a keyed element
		}
		v, ok := constant.Int64Val(tv.Value)
		if !ok || v < 0 || v > 255 {
			return nil
		}
		b[i] = byte(v)
	}
	if len(elts) == 4 {
		return lookup(netip.AddrFrom4([4]byte(b[:4])))
	}
	return lookup(netip.AddrFrom16(b))
}

func diag(n ast.Node, msg string) analysis.Diagnostic {
	return analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: Name, URL: dualstack.DocURL(Name), Message: msg}
}

func importsNet(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if p := imp.Path(); p == "net" || p == "net/netip" {
			return true
		}
	}
	return false
}

func importsIMDS(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if sdk.Path(imp) == sdk.V2IMDS {
			return true
		}
	}
	return false
}
