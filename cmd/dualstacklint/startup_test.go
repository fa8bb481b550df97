package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNoCgoRuntime keeps the binary free of package net and runtime/cgo.
// Importing net links the cgo resolver, which makes the binary dynamically
// linked: every go vet process then pays the dynamic loader and libc start
// (measured: 5 ms of the 7 ms the tool cost per package over a no-op).
func TestNoCgoRuntime(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	for dep := range strings.FieldsSeq(string(out)) {
		if dep == "net" || dep == "runtime/cgo" || dep == "os/user" {
			t.Errorf("cmd/dualstacklint depends on %s: use net/netip or net/url instead (see the comment above)", dep)
		}
	}
}

// BenchmarkVetStartup measures what go vet pays per package: one process
// running the tool on a package's .cfg (here a small package that imports
// nothing AWS), for dualstacklint and for a no-op vet tool built on the same
// driver, alternating in the same run. It reports the extra time per
// package ("ms-over-noop") and the ratio ("x-noop").
func BenchmarkVetStartup(b *testing.B) {
	dir := b.TempDir()
	tool := filepath.Join(dir, "dualstacklint")
	noop := filepath.Join(dir, "noopvet")
	for bin, pkg := range map[string]string{tool: ".", noop: "./testdata/noopvet"} {
		if out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput(); err != nil {
			b.Fatalf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	src := filepath.Join(dir, "p.go")
	if err := os.WriteFile(src, []byte("package p\n\nfunc F(s string) int { return len(s) }\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	cfg := map[string]any{
		"ID": "p", "Compiler": "gc", "Dir": dir, "ImportPath": "p", "GoVersion": "go1.26",
		"GoFiles": []string{src}, "ImportMap": map[string]string{}, "PackageFile": map[string]string{},
		"Standard": map[string]bool{}, "PackageVetx": map[string]string{},
		"VetxOutput": filepath.Join(dir, "p.vetx"),
	}
	data, _ := json.Marshal(cfg)
	cfgFile := filepath.Join(dir, "p.cfg")
	if err := os.WriteFile(cfgFile, data, 0o644); err != nil {
		b.Fatal(err)
	}
	run := func(bin string) time.Duration {
		start := time.Now()
		if out, err := exec.Command(bin, cfgFile).CombinedOutput(); err != nil {
			b.Fatalf("%s %s: %v\n%s", bin, cfgFile, err, out)
		}
		return time.Since(start)
	}
	run(tool) // warm the page cache
	run(noop)
	var t, n time.Duration
	b.ResetTimer()
	for b.Loop() {
		n += run(noop)
		t += run(tool)
	}
	b.ReportMetric(float64(t-n)/float64(b.N)/1e6, "ms-over-noop")
	b.ReportMetric(float64(t)/float64(n), "x-noop")
}
