package rawsource_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dualstacklint/dualstacklint/passes/internal/rawsource"
)

// report turns the result into a diagnostic so analysistest can check it.
var report = &analysis.Analyzer{
	Name:     "report",
	Doc:      "reports rawsource's result at the package clause",
	Requires: []*analysis.Analyzer{rawsource.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[rawsource.Analyzer].(rawsource.Mentions)
		pass.Reportf(pass.Files[0].Package, "aws=%v linklocal=%v octets=%v",
			m.Has(rawsource.AWSHost), m.Has(rawsource.LinkLocal), m.Has(rawsource.Octets))
		return nil, nil
	},
}

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), report, "mentions", "plain")
}

// imported reports UsedConstants at the package clause.
var imported = &analysis.Analyzer{
	Name: "imported",
	Doc:  "reports UsedConstants at the package clause",
	Run: func(pass *analysis.Pass) (any, error) {
		pass.Reportf(pass.Files[0].Package, "imported aws=%v linklocal=%v",
			rawsource.UsedConstants(pass.TypesInfo, pass.Pkg, rawsource.AWSHost), rawsource.UsedConstants(pass.TypesInfo, pass.Pkg, rawsource.LinkLocal))
		return nil, nil
	},
}

func TestUsedConstants(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), imported, "usehosts", "usehidden", "importhosts")
}

func TestBufferGrowth(t *testing.T) {
	// A file much larger than the pooled buffer is read whole: a needle at
	// its end is found, and a small file read after it with the same
	// buffer does not see the big file's tail.
	dir := t.TempDir()
	write := func(path, src string) {
		path = filepath.Join(dir, "src", path)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("big/big.go", fmt.Sprintf("package big // want `aws=true linklocal=false octets=false`\n\n// %0300000d\nconst h = \"sqs.us-east-1.amazonaws.com\"\n", 0))
	write("small/small.go", "package small // want `aws=false linklocal=false octets=false`\n")
	analysistest.Run(t, dir, report, "big", "small")
}
