// Package awssdk defines an Analyzer that builds the SDK model of a package:
// where it builds AWS SDK configs (v2 config.LoadDefaultConfig), sessions
// (v1) and service clients, and what each one sets on each path: dual-stack,
// the deprecated S3-only switch, FIPS, S3 Accelerate, region, custom
// endpoints. It reports nothing itself; passes/plan decides what the checks
// report.
//
// The model is built on the package's SSA form (golang.org/x/tools/go/ssa),
// only for packages that import the SDK. A value is a set of alternatives,
// one per path that can produce it, so that settings from different paths
// are never merged into one combination no path has: phi nodes at joins
// (a config assigned in both arms of an if), loads of variables whose
// address is taken with the field stores on the way (cfg.Region = r, a
// same-package helper given &cfg), closures and their free variables, each
// return of a same-package function, and the arguments of every call of an
// unexported function of the package. A store that does not happen on
// every path to the use (dominance) is conditional: the switch it sets is
// unknown. Option slices are followed through literals and appends;
// alternatives with the same settings are one, and past a limit they are
// merged.
//
// It follows values within the package only (no analysis Facts: they would
// make go vet analyse every dependency); constants of other packages come
// from export data. Whatever it cannot see (parameters of exported or
// escaping functions, struct fields, globals set at run time, other
// packages' functions, option funcs it cannot follow) is opaque, and the
// checks stay silent there: the decision is reported where it is made.
// Code in _test.go files is not followed (its functions are declared
// without bodies, its package-level variables without initializers): a
// package is seen the same way with its tests (go vet) as without them.
//
// All packages of a run are built in one SSA program (see ssa.go): go/ssa's
// per-program caches (whether a type has type parameters, which walks the
// SDK's type graph) are then filled once, not once per package, and each
// package is dropped from the program (bodies, syntax) once its model is
// built.
package awssdk
