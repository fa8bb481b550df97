// Command dualstacklint finds AWS SDK for Go code that will not reach AWS
// from IPv6-only networks and fixes it.
//
//	dualstacklint [flags] [packages]        standalone: text, -json, -format=sarif|github, -fix, -fix -diff
//	go vet -vettool=$(which dualstacklint) ./...
//	go fix -fixtool=$(which dualstacklint) ./...
//	dualstacklint endpoints ...             the embedded endpoint resolver
//	dualstacklint awsconfig [FILE ...]      AWS shared config files (.aws/config)
//	dualstacklint report ...                the IPv6 readiness report (html, markdown, json)
//	dualstacklint help [check]              documentation
//
// Exit status: 0 no findings; 1 packages that do not load or an internal
// error; 2 a usage or configuration error; 3 findings.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "endpoints" {
		os.Exit(endpointsMain(args[1:], os.Stdout, os.Stderr))
	}
	if len(args) > 0 && args[0] == "report" {
		os.Exit(reportMain(args[1:], os.Stdout, os.Stderr))
	}
	if len(args) > 0 && args[0] == "awsconfig" {
		os.Exit(awsconfigMain(args[1:], os.Stdout, os.Stderr))
	}
	if len(args) == 1 && args[0] == "-V=full" {
		// The go command's tool ID, which keys its cache of vet results.
		if err := printVetVersion(os.Stdout); err != nil {
			fmt.Fprintf(os.Stderr, "dualstacklint: %v\n", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	if vetProtocol(args) {
		// go vet -vettool and go fix -fixtool: x/tools' unitchecker speaks
		// their protocol (-flags, -V=full, a .cfg file per package).
		suite, err := applyConfigFile("")
		if err != nil {
			fmt.Fprintf(os.Stderr, "dualstacklint: %v\n", err)
			os.Exit(2)
		}
		analyzer.RegisterFlags(flag.CommandLine)
		// go vet runs the tool once per package: on a bad flag, one line
		// each, not the whole usage text.
		flag.CommandLine.Usage = func() {}
		multichecker.Main(suite...)
	}
	os.Exit(standalone(args, os.Stdout, os.Stderr))
}

// vetProtocol reports whether the go command is running the tool.
func vetProtocol(args []string) bool {
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// applyConfigFile applies the configuration file (path, or the module's
// .dualstacklint.yml) before flags are parsed, so flags win, and returns the
// analyzers it selects.
func applyConfigFile(path string) ([]*analysis.Analyzer, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return analyzer.Suite, nil
		}
		if path = analyzer.FindConfig(wd); path == "" {
			return analyzer.Suite, nil
		}
	}
	c, err := analyzer.LoadConfig(path)
	if err != nil {
		return nil, err
	}
	return c.Apply()
}
