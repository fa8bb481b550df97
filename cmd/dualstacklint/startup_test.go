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
// running the tool on a package's .cfg, for dualstacklint and for a no-op vet
// tool built on the same driver (x/tools unitchecker), alternating in the
// same run. It reports the extra time per package ("ms-over-noop") and the
// ratio ("x-noop"), for a one-line package (start-up alone) and for net/http
// (a large package without AWS imports: start-up, type-checking, and the
// checks' raw-source prefilter).
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
	tiny := map[string]any{
		"ID": "p", "Compiler": "gc", "Dir": dir, "ImportPath": "p", "GoVersion": "go1.26",
		"GoFiles": []string{src}, "ImportMap": map[string]string{}, "PackageFile": map[string]string{},
		"Standard": map[string]bool{}, "PackageVetx": map[string]string{},
	}
	b.Run("tiny", func(b *testing.B) { benchVet(b, tool, noop, writeVetConfig(b, dir, tiny)) })
	b.Run("net-http", func(b *testing.B) { benchVet(b, tool, noop, goVetConfig(b, noop, "net/http")) })
}

// goVetConfig returns the .cfg go vet writes for pkg. go vet -work keeps
// it and the dependencies' vetx files that it names. go vet caches its
// results by the tool's content hash (-V=full), so a run with a cached
// result writes nothing: the tool run is a copy of noop with random bytes
// appended, new to the cache.
func goVetConfig(b *testing.B, noop, pkg string) string {
	data, err := os.ReadFile(noop)
	if err != nil {
		b.Fatal(err)
	}
	fresh := noop + "-fresh"
	if err := os.WriteFile(fresh, append(data, []byte(time.Now().String())...), 0o755); err != nil {
		b.Fatal(err)
	}
	out, err := exec.Command("go", "vet", "-work", "-vettool="+fresh, pkg).CombinedOutput()
	if err != nil {
		b.Fatalf("go vet -work %s: %v\n%s", pkg, err, out)
	}
	work, _, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(string(out)), "WORK="), "\n")
	if !ok && !strings.HasPrefix(string(out), "WORK=") || work == "" {
		b.Fatalf("go vet -work printed no WORK=: %s", out)
	}
	b.Cleanup(func() { os.RemoveAll(work) })
	cfgs, _ := filepath.Glob(filepath.Join(work, "*", "vet.cfg"))
	for _, cfg := range cfgs {
		data, err = os.ReadFile(cfg)
		if err != nil {
			b.Fatal(err)
		}
		var c struct{ ImportPath string }
		if json.Unmarshal(data, &c) == nil && c.ImportPath == pkg {
			return cfg
		}
	}
	b.Fatalf("no vet.cfg for %s in %s", pkg, work)
	return ""
}

func writeVetConfig(b *testing.B, dir string, cfg map[string]any) string {
	name := strings.ReplaceAll(cfg["ImportPath"].(string), "/", "_")
	cfg["VetxOutput"] = filepath.Join(dir, name+".vetx")
	data, _ := json.Marshal(cfg)
	file := filepath.Join(dir, name+".cfg")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return file
}

func benchVet(b *testing.B, tool, noop, cfgFile string) {
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
