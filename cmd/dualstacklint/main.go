// Command dualstacklint finds AWS SDK for Go code that will not reach AWS
// from IPv6-only networks and fixes it. See the README for the ways to run it.
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "endpoints" {
		os.Exit(endpointsMain(os.Args[2:], os.Stdout, os.Stderr))
	}
	fmt.Fprintln(os.Stderr, "dualstacklint: the analyzers are not built yet; only 'dualstacklint endpoints' works")
	os.Exit(2)
}
