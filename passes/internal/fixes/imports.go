package fixes

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Qualifier returns the name file uses to refer to the package at path at
// pos, adding an import if there is none. name is "" for a dot import (no
// qualifier needed). preferred is the name to use for a new import; if it
// is taken at pos, a numbered variant is chosen.
func Qualifier(pass *analysis.Pass, file *ast.File, pos token.Pos, path, preferred string) (name string, edits []analysis.TextEdit) {
	for _, spec := range file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != path {
			continue
		}
		pkgName := pass.TypesInfo.PkgNameOf(spec)
		if pkgName == nil {
			continue
		}
		switch pkgName.Name() {
		case ".":
			return "", nil
		case "_":
			continue
		}
		// Usable only if nothing at pos shadows the name.
		if obj := lookup(pass, file, pos, pkgName.Name()); obj == nil || obj == types.Object(pkgName) {
			return pkgName.Name(), nil
		}
	}
	name = preferred
	for i := 2; taken(pass, file, pos, name); i++ {
		name = fmt.Sprintf("%s%d", preferred, i)
	}
	return name, []analysis.TextEdit{addImport(pass, file, path, name, preferred)}
}

func lookup(pass *analysis.Pass, file *ast.File, pos token.Pos, name string) types.Object {
	scope := pass.TypesInfo.Scopes[file]
	if inner := pass.Pkg.Scope().Innermost(pos); inner != nil {
		scope = inner
	}
	if scope == nil {
		return nil
	}
	_, obj := scope.LookupParent(name, pos)
	return obj
}

// taken reports whether name is declared at pos or is a name of any import
// of the file (a new import must not clash with either).
func taken(pass *analysis.Pass, file *ast.File, pos token.Pos, name string) bool {
	if lookup(pass, file, pos, name) != nil {
		return true
	}
	if pass.Pkg.Scope().Lookup(name) != nil {
		return true
	}
	for _, spec := range file.Imports {
		if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil && pn.Name() == name {
			return true
		}
	}
	return false
}

// addImport inserts `name "path"` (just "path" when name is the package's
// own name) into the file's imports, where gofmt would sort it: into the
// parenthesized import block whose group holds the imports sharing the
// longest path prefix with it.
func addImport(pass *analysis.Pass, file *ast.File, path, name, pkgName string) analysis.TextEdit {
	spec := strconv.Quote(path)
	if name != pkgName {
		spec = name + " " + spec
	}
	var block *ast.GenDecl
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT && gd.Lparen.IsValid() {
			block = gd
			break
		}
	}
	if block == nil || len(block.Specs) == 0 {
		// No import block: add one after the package clause (or the last
		// single import).
		pos := file.Name.End()
		for _, d := range file.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
				pos = gd.End()
			}
		}
		return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n\nimport " + spec)}
	}
	// Groups: runs of specs on consecutive lines.
	fset := pass.Fset
	var groups [][]*ast.ImportSpec
	lastLine := -2
	for _, s := range block.Specs {
		is := s.(*ast.ImportSpec)
		line := fset.Position(is.Pos()).Line
		if line > lastLine+1 || len(groups) == 0 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], is)
		lastLine = fset.Position(is.End()).Line
	}
	best, bestScore := len(groups)-1, -1
	for i, g := range groups {
		for _, is := range g {
			p, _ := strconv.Unquote(is.Path.Value)
			if score := commonPrefix(p, path); score > bestScore {
				best, bestScore = i, score
			}
		}
	}
	g := groups[best]
	// The file's own indentation (gofmt's is a tab; a file that is not
	// gofmt-clean keeps its own).
	indent := "\t"
	if src, tf := source(pass, g[0].Pos()); src != nil {
		indent = indentOf(src, tf, g[0].Pos())
	}
	// Before the first spec whose path sorts after ours.
	for _, is := range g {
		p, _ := strconv.Unquote(is.Path.Value)
		if p > path {
			start := is.Pos()
			if is.Doc != nil {
				start = is.Doc.Pos()
			}
			return analysis.TextEdit{Pos: start, End: start, NewText: []byte(spec + "\n" + indent)}
		}
	}
	end := g[len(g)-1].End()
	if c := g[len(g)-1].Comment; c != nil {
		end = c.End()
	}
	return analysis.TextEdit{Pos: end, End: end, NewText: []byte("\n" + indent + spec)}
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	// Standard library paths (no dot in the first element) only group with
	// each other.
	if strings.Contains(strings.SplitN(a, "/", 2)[0], ".") != strings.Contains(strings.SplitN(b, "/", 2)[0], ".") {
		return -1
	}
	return n
}
