package rawsource

import (
	"go/constant"
	"go/types"
	"strings"
)

// ImportedConstants reports whether an exported string constant of one of
// pkg's direct imports contains a needle of mask. A package whose own source
// has none may still use such a constant (endpoints.QueueURL): its value is
// in the export data, not in the package's source. The AWS SDK and smithy
// modules are skipped: their constants are region IDs and the like, and they
// are among the largest scopes a package imports. Call it only for packages
// that can use the value: it costs a sorted walk of each import's scope.
func ImportedConstants(pkg *types.Package, mask Needle) bool {
	for _, imp := range pkg.Imports() {
		if p := imp.Path(); strings.HasPrefix(p, "github.com/aws/") || strings.Contains(p, "vendor/github.com/aws/") {
			continue
		}
		scope := imp.Scope()
		for _, name := range scope.Names() {
			c, ok := scope.Lookup(name).(*types.Const)
			if !ok || !c.Exported() || c.Val().Kind() != constant.String {
				continue
			}
			s := constant.StringVal(c.Val())
			for _, n := range needles {
				if n.n&mask != 0 && strings.Contains(s, n.text) {
					return true
				}
			}
		}
	}
	return false
}
