// Command dualstacklint finds AWS SDK for Go code that will not reach AWS
// from IPv6-only networks and fixes it.
//
//	dualstacklint [flags] packages       standalone (-fix, -fix -diff, -json)
//	go vet -vettool=$(which dualstacklint) ./...
//	go fix -fixtool=$(which dualstacklint) ./...
//	dualstacklint endpoints ...          the embedded endpoint resolver
package main

import (
	"flag"
	"os"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "endpoints" {
		os.Exit(endpointsMain(os.Args[2:], os.Stdout, os.Stderr))
	}
	analyzer.RegisterFlags(flag.CommandLine)
	multichecker.Main(analyzer.Suite...)
}
