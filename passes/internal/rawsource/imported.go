package rawsource

import (
	"go/constant"
	"go/types"
	"strings"
)

// UsedConstants reports whether a string constant of another package that
// the package uses (info.Uses) contains a needle of mask. A package whose
// own source has none may still use such a constant (endpoints.QueueURL):
// its value is in the export data, not in the package's source. Walking
// the uses, rather than the imports' scopes, decodes no export data the
// type checker did not already need: a scope walk makes the importer
// decode every object of every import (0.2 ms for ten standard packages;
// the walk of uses costs about 10 ns a use, 24 µs on net/http/httputil).
func UsedConstants(info *types.Info, pkg *types.Package, mask Needle) bool {
	for _, obj := range info.Uses {
		c, ok := obj.(*types.Const)
		if !ok || c.Pkg() == pkg || c.Pkg() == nil || c.Val().Kind() != constant.String {
			continue
		}
		s := constant.StringVal(c.Val())
		for _, n := range needles {
			if n.n&mask != 0 && strings.Contains(s, n.text) {
				return true
			}
		}
	}
	return false
}
