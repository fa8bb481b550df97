package main

import "golang.org/x/tools/go/packages"

// analysed returns the loaded packages the checks run on: as go vet does, a
// package that has in-package tests is analysed once, as its test variant
// ("p [p.test]"), which holds all of its files. Analysing p as well would
// do the SDK model's work twice and give two views of the same files that
// can disagree (the test files may call p's helpers), where go vet gives
// one.
func analysed(pkgs []*packages.Package) []*packages.Package {
	variant := map[string]bool{}
	for _, p := range pkgs {
		if p.ID == inPackageTest(p.PkgPath) {
			variant[p.PkgPath] = true
		}
	}
	out := make([]*packages.Package, 0, len(pkgs))
	for _, p := range pkgs {
		if p.ID == p.PkgPath && variant[p.PkgPath] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// inPackageTest is the package ID go/packages gives the in-package test
// variant of the package with the given path.
func inPackageTest(path string) string { return path + " [" + path + ".test]" }

// listedAs is the package a finding is listed under: the package proper for
// its in-package test variant.
func listedAs(p *packages.Package) string {
	if p.ID == inPackageTest(p.PkgPath) {
		return p.PkgPath
	}
	return p.ID
}
