package main

import (
	"runtime"

	"golang.org/x/tools/go/packages"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
)

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

// manySDKPackages is how many packages that use the SDK make a collection
// before the analysis worth its cost (see collectBeforeAnalysis).
const manySDKPackages = 32

// collectBeforeAnalysis collects garbage once between loading and analysing
// when many of the packages use the SDK. Type-checking leaves much garbage,
// and the SDK model allocates for every package that uses the SDK (about
// 0.15 MB each), on top of it until the collector's next cycle: on the
// SDK-dense corpus repository (152 such packages) that was 1.2–1.3× the
// peak memory of loading alone, and is 1.04–1.16× with the collection, for
// about 10 ms. On a handful of packages the model allocates a few MB, and
// the collection would cost more time than that is worth
// (docs/performance.md).
func collectBeforeAnalysis(pkgs []*packages.Package) {
	n := 0
	for _, p := range pkgs {
		if p.Types != nil && awssdk.ImportsSDK(p.Types) {
			n++
		}
	}
	if n >= manySDKPackages {
		runtime.GC()
	}
}
