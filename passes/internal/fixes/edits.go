package fixes

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// source returns the bytes of the file containing pos.
func source(pass *analysis.Pass, pos token.Pos) ([]byte, *token.File) {
	tf := pass.Fset.File(pos)
	if tf == nil {
		return nil, nil
	}
	b, err := pass.ReadFile(tf.Name())
	if err != nil || len(b) != tf.Size() {
		return nil, nil
	}
	return b, tf
}

// indentOf returns the leading whitespace of the line holding pos.
func indentOf(src []byte, tf *token.File, pos token.Pos) string {
	off := tf.Offset(pos)
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}

// AppendItem returns the edit that adds text as the last item of a list
// delimited by open and close (a call's arguments, a composite literal's
// elements), following the list's layout: on the same line, or on a line
// of its own when the list ends with a trailing comma. ok is false when the
// source is not available.
func AppendItem(pass *analysis.Pass, items []ast.Expr, open, close token.Pos, text string) (analysis.TextEdit, bool) {
	src, tf := source(pass, open)
	if src == nil {
		return analysis.TextEdit{}, false
	}
	if len(items) == 0 {
		return analysis.TextEdit{Pos: open + 1, End: open + 1, NewText: []byte(text)}, true
	}
	last := items[len(items)-1]
	between := src[tf.Offset(last.End()):tf.Offset(close)]
	if i := bytes.IndexByte(between, ','); i >= 0 && bytes.IndexByte(between[i:], '\n') >= 0 {
		// Trailing comma, closing on its own line: a new line like the
		// last, after whatever comment ends the last item's line.
		nl := i + bytes.IndexByte(between[i:], '\n')
		at := last.End() + token.Pos(nl)
		return analysis.TextEdit{Pos: at, End: at, NewText: []byte("\n" + indentOf(src, tf, last.Pos()) + text + ",")}, true
	}
	return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + text)}, true
}

// AppendStmt returns the edit that adds stmt as the last statement of a
// function literal whose body spans several lines, so that nothing the
// literal does afterwards undoes it. ok is false for one-line bodies, where
// gofmt's layout would change: callers add a new function instead.
func AppendStmt(pass *analysis.Pass, lit *ast.FuncLit, stmt string) (analysis.TextEdit, bool) {
	src, tf := source(pass, lit.Pos())
	if src == nil {
		return analysis.TextEdit{}, false
	}
	body := lit.Body
	if tf.Line(body.Lbrace) == tf.Line(body.Rbrace) {
		return analysis.TextEdit{}, false
	}
	// A return anywhere in the body (outside nested functions) could skip a
	// line added at the end.
	returns := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns = true
		}
		return !returns
	})
	if returns {
		return analysis.TextEdit{}, false
	}
	// At the start of the closing brace's line.
	off := tf.Offset(body.Rbrace)
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	if strings.TrimSpace(string(src[start:off])) != "" {
		return analysis.TextEdit{}, false // code before the brace on its line
	}
	indent := indentOf(src, tf, body.Rbrace)
	at := tf.Pos(start)
	return analysis.TextEdit{Pos: at, End: at, NewText: []byte(indent + "\t" + stmt + "\n")}, true
}

// Qualify returns name + "." + sel, or sel for a dot import (name "").
func Qualify(name, sel string) string {
	if name == "" {
		return sel
	}
	return name + "." + sel
}

// CallQualifier returns the qualifier a call's function is written with (s3
// in s3.NewFromConfig), "" for a dot-imported function, and false when the
// function is reached some other way (a variable, a method value).
func CallQualifier(info *types.Info, fun ast.Expr) (string, bool) {
	switch f := ast.Unparen(fun).(type) {
	case *ast.SelectorExpr:
		if id, ok := f.X.(*ast.Ident); ok {
			if _, ok := info.Uses[id].(*types.PkgName); ok {
				return id.Name, true
			}
		}
	case *ast.Ident:
		if _, ok := info.Uses[f].(*types.Func); ok {
			return "", true
		}
	}
	return "", false
}
