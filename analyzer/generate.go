package analyzer

// go generate rewrites docs/checks.md's check sections and the README's
// checks table from the checks' doc.go comments, their one source.
//
//go:generate go run ../internal/gendocs -root ..
