// Package analyzer is the dualstacklint suite: its analyzers, the flags
// they share, ignore directives and the configuration file.
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

// Checks are the checks as the passes define them. Their names are stable:
// they are the diagnostic categories, the docs anchors and the keys of
// ignore directives and configuration.
var Checks = []*analysis.Analyzer{
	dualstackconfig.Analyzer,
	dualstackclient.Analyzer,
	dualstackbreak.Analyzer,
	ipv4endpoint.Analyzer,
	legacydualstack.Analyzer,
	linklocal.Analyzer,
}

// Suite is what the drivers run: every check, honouring ignore directives,
// and the ignore analyzer that reports malformed or unused directives.
var Suite = func() []*analysis.Analyzer {
	var wrapped []*analysis.Analyzer
	for _, a := range Checks {
		wrapped = append(wrapped, withIgnore(a))
	}
	return append(wrapped, ignoreAnalyzer(wrapped))
}()

// RegisterFlags adds the flags every check shares (-regions, -env) to fs.
func RegisterFlags(fs *flag.FlagSet) {
	fs.Var(&awssdk.Regions, "regions", awssdk.Analyzer.Flags.Lookup("regions").Usage)
	fs.Var(awssdk.Analyzer.Flags.Lookup("env").Value, "env", awssdk.Analyzer.Flags.Lookup("env").Usage)
}

// Lookup returns the suite analyzer with the given name.
func Lookup(name string) *analysis.Analyzer {
	for _, a := range Suite {
		if a.Name == name {
			return a
		}
	}
	return nil
}
