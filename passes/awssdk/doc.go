// Package awssdk defines an Analyzer that finds where a package builds AWS
// SDK configs and clients and what each one sets: dual-stack, FIPS, region,
// custom endpoints. It is the shared work behind the dualstack* checks and
// reports nothing itself.
//
// It follows values within the package only (no analysis Facts: they would
// make go vet analyse every dependency): a config from
// config.LoadDefaultConfig through local variables, copies and aliases to the
// clients built from it; option funcs given as literals, named functions,
// package-level func variables, helpers returning them, and visible option
// slices. Whatever it cannot see (parameters, struct fields, other packages,
// unknown option funcs) makes a site Opaque, and the checks stay silent there:
// the decision is reported where it is made.
package awssdk
