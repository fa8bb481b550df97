// Package sdkstubs holds only tests. They check that the stub copies of the
// AWS SDK in testdata/src (used by the analyzers' analysistest tests in
// GOPATH mode) mirror the real SDK API at the versions required in go.mod.
//
// Each stub package under testdata/src/github.com/aws/... is type-checked from
// source on its own: it may import only other stub packages and the standard
// library. The real package with the same import path is then loaded from
// compiler export data (go list -export, in module mode from the repository
// root), and every exported package-level object in the stub is compared with
// the real object of the same name:
//
//   - the package names must be equal (github.com/aws/smithy-go/endpoints is
//     package "transport");
//   - the object must exist in the real package and be of the same kind;
//   - constants must have the same type and the same exact value;
//   - variables must have the same type;
//   - functions must have the same signature;
//   - type aliases must be aliases in the real package too, of the same type;
//   - defined types must have the same kind of underlying type. Every field a
//     stub struct declares (exported or embedded) must exist in the real struct
//     with the same type and the same embedding; a stub may leave fields out.
//     Interfaces must have exactly the real method set, because a partial
//     interface would change which assignments type-check. Any other
//     underlying type (func, basic, slice, ...) must be identical;
//   - every exported method declared on a stub type must be in the real
//     type's method set with the same receiver kind (value or pointer) and
//     the same signature.
//
// Types are compared as strings written with full package paths, so the stub
// and real types compare equal exactly when they denote the same API.
// Parameter names and struct tags are not part of that comparison (they are
// not part of type identity either); a struct tag the stub does declare must
// match the real one.
//
// Each stub file must start with the line
//
//	// Stub mirroring the real API of <import path> at <version>.
//
// naming its own package and the version of the module that go.mod selects,
// and must be gofmt-clean. When go.mod moves an SDK module to another
// version, the test fails until the stub headers are updated, which is the
// moment to re-check the stubbed declarations.
package sdkstubs
