package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
)

var (
	dirFlag     = flag.String("dir", "", "directory holding the checkouts named in the list (required)")
	listFlag    = flag.String("list", "corpus.txt", "list `file`: name, module dir, patterns per line (relative paths are also looked up beside the runner's source)")
	runsFlag    = flag.Int("runs", 3, "measured runs per tool and driver (the median is reported), after one unmeasured warm-up")
	regionsFlag = flag.String("regions", "us-west-2,eu-west-1", "-regions for the counted run, -fix and the second -fix")
	driverFlag  = flag.String("driver", "vet,standalone", "drivers to measure: vet (go vet -vettool), standalone, or both")
	onlyFlag    = flag.String("only", "", "comma-separated checkout names or labels to run (default: all)")
	workFlag    = flag.String("work", "", "scratch `directory` for binaries, copies and logs (default: a new temporary directory)")
	keepFlag    = flag.Bool("keep", false, "keep the scratch directory")
	timeoutFlag = flag.Duration("timeout", 30*time.Minute, "limit for one command")
	toolFlag    = flag.String("tool", "", "use this dualstacklint binary instead of building ./cmd/dualstacklint")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./internal/corpus -dir DIR [-list corpus.txt] [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "corpus: %v\n", err)
		os.Exit(1)
	}
}

// A measurement is one tool run, or the median of several.
type measurement struct {
	Wall   time.Duration
	MaxRSS int64 // KiB: ru_maxrss of the process and its waited-for descendants (the largest one)
	Exit   int
	Stdout []byte
	Stderr []byte
}

// A row is the result for one entry.
type row struct {
	e           entry
	packages    int
	diags       diagnostics
	toolExit    int
	internal    []string // "dualstacklint: ..." lines and panics of the counted run
	skippedPkgs int      // packages not analysed: they do not type-check
	fixed       int
	skipped     int      // fixes skipped as conflicting
	build       string   // go build after -fix: ok, fail, - (no file changed)
	vet         string   // go vet after -fix: ok, fail, pre (failed before the fix too), -
	second      string   // yes, no
	newAfterFix int      // findings of the fixed copy that were not there before
	newChecks   []string // their checks, "check+n"
	tool        map[string]measurement
	noop        map[string]measurement
	err         error
}

type runner struct {
	root, work, tool, noop string
	env                    []string
	drivers                []string
	log                    io.Writer
}

func run() error {
	if *dirFlag == "" {
		flag.Usage()
		return errors.New("-dir is required")
	}
	if *runsFlag < 1 {
		return errors.New("-runs must be at least 1")
	}
	dir, err := filepath.Abs(*dirFlag)
	if err != nil {
		return err
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("-dir %s: not a directory", *dirFlag)
	}
	listPath := findList(*listFlag)
	f, err := os.Open(listPath)
	if err != nil {
		return fmt.Errorf("list: %v", err)
	}
	entries, err := parseList(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %v", listPath, err)
	}
	if *onlyFlag != "" {
		want := map[string]bool{}
		for _, s := range strings.Split(*onlyFlag, ",") {
			want[strings.TrimSpace(s)] = true
		}
		var sel []entry
		for _, e := range entries {
			if want[e.Name] || want[e.Label()] {
				sel = append(sel, e)
			}
		}
		if len(sel) == 0 {
			return fmt.Errorf("-only %s matches no entry of %s", *onlyFlag, listPath)
		}
		entries = sel
	}

	// Every checkout must be there before anything runs.
	var missing []string
	for _, e := range entries {
		md := filepath.Join(dir, e.Name, e.ModDir)
		if _, err := os.Stat(filepath.Join(md, "go.mod")); err != nil {
			missing = append(missing, fmt.Sprintf("  %s:%d: %s: no go.mod in %s", listPath, e.Line, e.Label(), md))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing checkouts (check them out, or write the go.mod, first):\n%s", strings.Join(missing, "\n"))
	}

	drivers := strings.Split(*driverFlag, ",")
	for _, d := range drivers {
		if d != "vet" && d != "standalone" {
			return fmt.Errorf("-driver: unknown driver %q (vet, standalone)", d)
		}
	}

	work := *workFlag
	if work == "" {
		if work, err = os.MkdirTemp("", "dualstacklint-corpus-"); err != nil {
			return err
		}
		if !*keepFlag {
			defer os.RemoveAll(work)
		}
	}
	if work, err = filepath.Abs(work); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(work, "logs"), 0o755); err != nil {
		return err
	}
	logf, err := os.Create(filepath.Join(work, "logs", "corpus.log"))
	if err != nil {
		return err
	}
	defer logf.Close()

	r := &runner{work: work, env: append(os.Environ(), "GOWORK=off"), drivers: drivers, log: logf}
	if r.root, err = moduleRoot(); err != nil {
		return err
	}
	if err := r.buildTools(); err != nil {
		return err
	}

	var rows []*row
	for _, e := range entries {
		fmt.Fprintf(os.Stderr, "corpus: %s ...\n", e.Label())
		start := time.Now()
		rw := r.entry(dir, e)
		if rw.err != nil {
			fmt.Fprintf(os.Stderr, "corpus: %s: %v\n", e.Label(), rw.err)
		}
		fmt.Fprintf(os.Stderr, "corpus: %s done in %s\n", e.Label(), time.Since(start).Round(time.Second))
		rows = append(rows, rw)
	}
	printTable(os.Stdout, rows, drivers)
	if *keepFlag {
		fmt.Fprintf(os.Stderr, "corpus: scratch and logs kept in %s\n", work)
	}
	for _, rw := range rows {
		if rw.err != nil {
			return errors.New("some entries failed (see above)")
		}
	}
	return nil
}

// findList resolves the list file: as given, else beside this source file.
func findList(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		alt := filepath.Join(filepath.Dir(file), p)
		if _, err := os.Stat(alt); err == nil {
			return alt
		}
	}
	return p
}

// moduleRoot is the root of the dualstacklint module: the one the runner
// is run in.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run the corpus runner inside the dualstacklint module")
	}
	return filepath.Dir(gomod), nil
}

func (r *runner) buildTools() error {
	bin := filepath.Join(r.work, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return err
	}
	r.tool = filepath.Join(bin, "dualstacklint")
	r.noop = filepath.Join(bin, "noop")
	if *toolFlag != "" {
		t, err := filepath.Abs(*toolFlag)
		if err != nil {
			return err
		}
		r.tool = t
	} else if m := r.exec(r.root, "go", "build", "-o", r.tool, "./cmd/dualstacklint"); m.Exit != 0 {
		return fmt.Errorf("building dualstacklint: %s", m.Stderr)
	}
	if m := r.exec(r.root, "go", "build", "-o", r.noop, "./internal/corpus/noop"); m.Exit != 0 {
		return fmt.Errorf("building the no-op tool: %s", m.Stderr)
	}
	return nil
}

// exec runs a command in dir and measures it. A command that cannot start
// has Exit -1 and the error in Stderr.
func (r *runner) exec(dir, name string, args ...string) measurement {
	ctx, cancel := context.WithTimeout(context.Background(), *timeoutFlag)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = r.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	fmt.Fprintf(r.log, "$ cd %s && %s %s\n", dir, name, strings.Join(args, " "))
	start := time.Now()
	err := cmd.Run()
	m := measurement{Wall: time.Since(start), Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
	if cmd.ProcessState != nil {
		m.Exit = cmd.ProcessState.ExitCode()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			m.MaxRSS = int64(ru.Maxrss)
		}
	}
	if err != nil && cmd.ProcessState == nil {
		m.Exit = -1
		m.Stderr = append(m.Stderr, []byte(err.Error())...)
	}
	if ctx.Err() != nil {
		m.Exit = -1
		m.Stderr = append(m.Stderr, []byte("\ntimed out after "+timeoutFlag.String())...)
	}
	fmt.Fprintf(r.log, "exit %d, %s, %d KiB\n%s\n", m.Exit, m.Wall.Round(time.Millisecond), m.MaxRSS, limit(m.Stderr, 4000))
	return m
}

func limit(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "\n[...]"
	}
	return string(b)
}

// measure runs a command once unmeasured and then -runs times, and returns
// the median wall time and peak RSS, with the output of the last run.
// args is called for every run, so that each run can get a fresh binary.
func (r *runner) measure(dir string, args func() ([]string, func(), error)) (measurement, error) {
	var walls []time.Duration
	var rss []int64
	var last measurement
	for i := 0; i <= *runsFlag; i++ {
		argv, cleanup, err := args()
		if err != nil {
			return last, err
		}
		m := r.exec(dir, argv[0], argv[1:]...)
		cleanup()
		if m.Exit < 0 {
			return m, fmt.Errorf("%s: %s", strings.Join(argv, " "), limit(m.Stderr, 2000))
		}
		if i == 0 {
			continue // warm-up
		}
		walls = append(walls, m.Wall)
		rss = append(rss, m.MaxRSS)
		last = m
	}
	last.Wall = median(walls)
	last.MaxRSS = median(rss)
	return last, nil
}

// freshCopy copies a vet tool to a new file with random bytes appended.
// The bytes change the tool's -V=full build ID, so the go command's vet
// cache misses and every package is analysed again; the ELF loader ignores
// them.
func (r *runner) freshCopy(src string) (string, func(), error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return "", nil, err
	}
	nonce := make([]byte, 16)
	rand.Read(nonce)
	dir, err := os.MkdirTemp(r.work, "vettool-")
	if err != nil {
		return "", nil, err
	}
	dst := filepath.Join(dir, filepath.Base(src))
	if err := os.WriteFile(dst, append(data, nonce...), 0o755); err != nil {
		return "", nil, err
	}
	return dst, func() { os.RemoveAll(dir) }, nil
}

func (r *runner) entry(dir string, e entry) *row {
	rw := &row{e: e, tool: map[string]measurement{}, noop: map[string]measurement{}}
	checkout := filepath.Join(dir, e.Name)
	mod := filepath.Join(checkout, e.ModDir)

	list := r.exec(mod, "go", append([]string{"list", "-e", "-f", "{{.ImportPath}}"}, e.Patterns...)...)
	if list.Exit != 0 {
		rw.err = fmt.Errorf("go list: %s", limit(list.Stderr, 2000))
		return rw
	}
	rw.packages = countLines(list.Stdout)

	noFresh := func(argv ...string) func() ([]string, func(), error) {
		return func() ([]string, func(), error) { return argv, func() {}, nil }
	}
	viaVet := func(tool string) func() ([]string, func(), error) {
		return func() ([]string, func(), error) {
			t, cleanup, err := r.freshCopy(tool)
			if err != nil {
				return nil, nil, err
			}
			return append([]string{"go", "vet", "-vettool=" + t}, e.Patterns...), cleanup, nil
		}
	}
	for _, d := range r.drivers {
		var tool, noop measurement
		var err error
		switch d {
		case "vet":
			if tool, err = r.measure(mod, viaVet(r.tool)); err == nil {
				noop, err = r.measure(mod, viaVet(r.noop))
			}
		case "standalone":
			if tool, err = r.measure(mod, noFresh(append([]string{r.tool, "-regions", *regionsFlag, "-json"}, e.Patterns...)...)); err == nil {
				noop, err = r.measure(mod, noFresh(append([]string{r.noop, "-json"}, e.Patterns...)...))
			}
		}
		if err != nil {
			rw.err = fmt.Errorf("%s: %v", d, err)
			return rw
		}
		if noop.Exit != 0 {
			rw.err = fmt.Errorf("the no-op tool failed under %s (exit %d): the packages do not load:\n%s", d, noop.Exit, limit(noop.Stderr, 2000))
		}
		rw.tool[d], rw.noop[d] = tool, noop
	}

	// The counted run: standalone, JSON, the fix regions.
	counted, ok := rw.tool["standalone"]
	if !ok {
		counted = r.exec(mod, r.tool, append([]string{"-regions", *regionsFlag, "-json"}, e.Patterns...)...)
	}
	rw.toolExit = counted.Exit
	rw.internal = internalErrors(counted.Stderr)
	rw.skippedPkgs = skippedPackages(counted.Stderr)
	var err error
	if rw.diags, err = parseDiagnostics(counted.Stdout); err != nil {
		rw.err = err
		return rw
	}
	rw.skippedPkgs = max(rw.skippedPkgs, len(rw.diags.Skipped))

	// Fixes, in a scratch copy.
	scratch := filepath.Join(r.work, "scratch", strings.ReplaceAll(e.Label(), "/", "_"))
	if err := copyTree(checkout, scratch); err != nil {
		rw.err = fmt.Errorf("copying %s: %v", checkout, err)
		return rw
	}
	if !*keepFlag {
		defer os.RemoveAll(scratch)
	}
	smod := filepath.Join(scratch, e.ModDir)
	fix := r.exec(smod, r.tool, append([]string{"-regions", *regionsFlag, "-json", "-fix"}, e.Patterns...)...)
	remaining, err := parseDiagnostics(fix.Stdout)
	if err != nil {
		rw.err = fmt.Errorf("-fix: %v", err)
		return rw
	}
	rw.fixed = rw.diags.Total - remaining.Total
	rw.skipped = strings.Count(string(fix.Stderr), "conflicts with another one")
	rw.internal = append(rw.internal, internalErrors(fix.Stderr)...)

	changed, err := changedDirs(mod, smod)
	if err != nil {
		rw.err = err
		return rw
	}
	rw.build, rw.vet = "-", "-"
	if len(changed) > 0 {
		// -o os.DevNull: a single main package would otherwise be
		// written to the module directory (and clash with a directory
		// of its name).
		rw.build, rw.vet = "ok", "ok"
		if b := r.exec(smod, "go", append([]string{"build", "-o", os.DevNull}, changed...)...); b.Exit != 0 {
			rw.build = "fail"
			fmt.Fprintf(os.Stderr, "corpus: %s: after -fix, go build %s fails:\n%s\n", e.Label(), strings.Join(changed, " "), b.Stderr)
		}
		if v := r.exec(smod, "go", append([]string{"vet"}, changed...)...); v.Exit != 0 {
			// The repository's own vet findings are not the fix's.
			rw.vet = "fail"
			if before := r.exec(mod, "go", append([]string{"vet"}, changed...)...); before.Exit != 0 {
				rw.vet = "pre"
			} else {
				fmt.Fprintf(os.Stderr, "corpus: %s: after -fix, go vet %s fails:\n%s\n", e.Label(), strings.Join(changed, " "), v.Stderr)
			}
		}
	}
	// A fix must not create findings: lint the fixed copy again.
	if len(changed) > 0 {
		after := r.exec(smod, r.tool, append([]string{"-regions", *regionsFlag, "-json"}, e.Patterns...)...)
		if ad, err := parseDiagnostics(after.Stdout); err == nil {
			for check, n := range ad.ByCheck {
				if d := n - remaining.ByCheck[check]; d > 0 {
					rw.newAfterFix += d
					rw.newChecks = append(rw.newChecks, fmt.Sprintf("%s+%d", check, d))
				}
			}
			sort.Strings(rw.newChecks)
		}
	}
	second := r.exec(smod, r.tool, append([]string{"-regions", *regionsFlag, "-fix", "-diff"}, e.Patterns...)...)
	rw.second = "yes"
	if len(bytes.TrimSpace(second.Stdout)) > 0 {
		rw.second = "no"
		fmt.Fprintf(os.Stderr, "corpus: %s: a second -fix still changes:\n%s\n", e.Label(), limit(second.Stdout, 4000))
	}
	return rw
}

// internalErrors returns the driver's own error lines and panics, leaving
// out the lines that only say a package was skipped for its own type
// errors (counted by skippedPackages).
func internalErrors(stderr []byte) []string {
	var out []string
	for _, l := range strings.Split(string(stderr), "\n") {
		if isSkipLine(l) {
			continue
		}
		if strings.HasPrefix(l, "dualstacklint: ") || strings.HasPrefix(l, "panic: ") || strings.Contains(l, "internal error") {
			out = append(out, l)
		}
	}
	return out
}

func isSkipLine(l string) bool {
	return strings.HasPrefix(l, "dualstacklint: ") &&
		(strings.HasSuffix(l, "analysis skipped due to errors in package") || strings.Contains(l, ": failed prerequisites: "))
}

// skippedPackages counts the packages the driver did not analyse because
// they do not type-check (the repository's own build errors).
func skippedPackages(stderr []byte) int {
	pkgs := map[string]bool{}
	for _, l := range strings.Split(string(stderr), "\n") {
		if isSkipLine(l) {
			rest := strings.TrimPrefix(l, "dualstacklint: ")
			pkg, _, _ := strings.Cut(rest, ": ")
			pkgs[strings.TrimSuffix(pkg, ".test")] = true
		}
	}
	return len(pkgs)
}

// copyTree copies the regular files and symlinks of src to dst (which it
// empties first), skipping .git.
func copyTree(src, dst string) error {
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		switch {
		case d.Name() == ".git" && p != src:
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type()&fs.ModeSymlink != 0:
			l, err := os.Readlink(p)
			if err != nil {
				return err
			}
			return os.Symlink(l, target)
		case d.Type().IsRegular():
			info, err := d.Info()
			if err != nil {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(target, data, info.Mode().Perm())
		}
		return nil
	})
}

// changedDirs returns the package directories (as ./rel patterns relative
// to the module directory) whose .go files differ between orig and copy.
func changedDirs(orig, copy string) ([]string, error) {
	dirs := map[string]bool{}
	err := filepath.WalkDir(copy, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" || d.Name() == "vendor" || d.Name() == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") {
			return nil
		}
		rel, _ := filepath.Rel(copy, p)
		a, err := os.ReadFile(filepath.Join(orig, rel))
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if !bytes.Equal(a, b) {
			dirs["./"+filepath.ToSlash(filepath.Dir(rel))] = true
		}
		return nil
	})
	var out []string
	for d := range dirs {
		out = append(out, strings.TrimSuffix(d, "/."))
	}
	sort.Strings(out)
	return out, err
}

// shortCheck abbreviates check names for the table's header.
var shortCheck = []struct{ name, short string }{
	{"dualstackconfig", "cfg"},
	{"dualstackclient", "cli"},
	{"dualstackbreak", "brk"},
	{"ipv4endpoint", "ip4"},
	{"legacydualstack", "leg"},
	{"linklocal", "ll"},
	{"ignore", "ign"},
}

func printTable(w io.Writer, rows []*row, drivers []string) {
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.Debug)
	head := []string{"repository", "pkgs"}
	for _, c := range shortCheck {
		head = append(head, c.short)
	}
	head = append(head, "fixable", "fixed", "build", "vet", "new after fix", "2nd fix no-op", "exit", "untyped pkgs", "internal")
	for _, d := range drivers {
		head = append(head, d+" tool wall/RSS", d+" no-op wall/RSS", d+" ratio wall/RSS")
	}
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	for _, rw := range rows {
		cells := []string{rw.e.Label(), fmt.Sprint(rw.packages)}
		if rw.err != nil && rw.diags.ByCheck == nil {
			cells = append(cells, "error: "+firstLine(rw.err.Error()))
			fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
			continue
		}
		for _, c := range shortCheck {
			cells = append(cells, fmt.Sprint(rw.diags.ByCheck[c.name]))
		}
		internal := fmt.Sprint(len(rw.internal) + len(rw.diags.Errors))
		cells = append(cells, fmt.Sprint(rw.diags.Fixable), fmt.Sprintf("%d", rw.fixed), rw.build, rw.vet, newAfter(rw), rw.second, fmt.Sprint(rw.toolExit), fmt.Sprint(rw.skippedPkgs), internal)
		for _, d := range drivers {
			t, n := rw.tool[d], rw.noop[d]
			cells = append(cells, wallRSS(t), wallRSS(n), ratio(t, n))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
	}
	tw.Flush()
	for _, rw := range rows {
		for _, s := range append(rw.internal, rw.diags.Errors...) {
			fmt.Fprintf(w, "%s: %s\n", rw.e.Label(), s)
		}
		if rw.skipped > 0 {
			fmt.Fprintf(w, "%s: %d fixes skipped as conflicting\n", rw.e.Label(), rw.skipped)
		}
		if rw.err != nil {
			fmt.Fprintf(w, "%s: error: %v\n", rw.e.Label(), rw.err)
		}
	}
}

func newAfter(rw *row) string {
	if rw.newAfterFix == 0 {
		return "0"
	}
	return fmt.Sprintf("%d (%s)", rw.newAfterFix, strings.Join(rw.newChecks, " "))
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

func wallRSS(m measurement) string {
	if m.Wall == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fs/%dM", m.Wall.Seconds(), m.MaxRSS/1024)
}

func ratio(t, n measurement) string {
	if n.Wall == 0 || n.MaxRSS == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f/%.2f", t.Wall.Seconds()/n.Wall.Seconds(), float64(t.MaxRSS)/float64(n.MaxRSS))
}
