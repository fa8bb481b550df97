// Package analyzer is the dualstacklint suite: its analyzers, in the order
// the README lists them, and the flags they share.
package analyzer

import (
	"flag"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/dualstackbreak"
	"github.com/dualstacklint/dualstacklint/passes/dualstackclient"
	"github.com/dualstacklint/dualstacklint/passes/dualstackconfig"
	"github.com/dualstacklint/dualstacklint/passes/ipv4endpoint"
	"github.com/dualstacklint/dualstacklint/passes/legacydualstack"
	"github.com/dualstacklint/dualstacklint/passes/linklocal"
)

// Suite is every check. Analyzer names are stable: they are the diagnostic
// categories, the docs anchors and the keys of ignore directives.
var Suite = []*analysis.Analyzer{
	dualstackconfig.Analyzer,
	dualstackclient.Analyzer,
	dualstackbreak.Analyzer,
	ipv4endpoint.Analyzer,
	legacydualstack.Analyzer,
	linklocal.Analyzer,
}

// RegisterFlags adds the flags every check shares (-regions) to fs.
func RegisterFlags(fs *flag.FlagSet) {
	fs.Var(&awssdk.Regions, "regions", awssdk.Analyzer.Flags.Lookup("regions").Usage)
}
