// Package rawsource defines an analyzer that reads a package's files once
// and reports which of a fixed set of needles their raw source contains.
//
// Checks that look for literal text (AWS hostnames, link-local addresses)
// require it to skip, before any walk of the syntax tree, the packages that
// cannot hold a finding: go vet runs the linter on every package of a build
// and most contain neither. One read serves every check; the files are read
// into one reused buffer, which on a large package (net/http) costs a
// quarter of fresh allocations (page faults of new memory dominate).
package rawsource
