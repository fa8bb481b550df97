package main

// Helpers of e2e_test.go: running commands, copying the realsdk module,
// parsing diagnostics (text, go vet, JSON), expected.txt and unified diffs.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// result is what a command did.
type result struct {
	code           int
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\n--- stdout:\n%s--- stderr:\n%s", r.code, r.stdout, r.stderr)
}

// nestedEnv is the environment of commands run in the copy of the realsdk
// module: a module of its own, whatever go.work or flags the caller has.
func nestedEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOFLAGS=") || strings.HasPrefix(kv, "GOWORK=") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GOFLAGS=-mod=mod", "GOWORK=off")
}

// run runs name args in dir with env and returns what it did; only a
// command that cannot be started fails the test.
func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	t.Logf("%s %s (in %s): %.1fs", filepath.Base(name), strings.Join(args, " "), filepath.Base(dir), time.Since(start).Seconds())
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	default:
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return r
}

// copyModule copies the realsdk module at src (without its golden files and
// expectations) into a new temporary directory, as name, and returns it.
func copyModule(t *testing.T, src, name string) string {
	t.Helper()
	dst, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	dst = filepath.Join(dst, name)
	err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if rel == goldenDir || rel == expectedFile {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copying %s: %v", src, err)
	}
	return dst
}

// goFiles returns the .go files under dir by slash-separated relative path.
func goFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// changed returns the files of after that differ from before.
func changed(before, after map[string]string) map[string]string {
	out := map[string]string{}
	for name, content := range after {
		if before[name] != content {
			out[name] = content
		}
	}
	return out
}

// rel turns a file name a tool printed (absolute, or relative to dir) into
// a slash-separated path relative to the module root dir.
func rel(dir, name string) string {
	if filepath.IsAbs(name) {
		if r, err := filepath.Rel(dir, name); err == nil {
			name = r
		}
	}
	return strings.TrimPrefix(filepath.ToSlash(filepath.Clean(name)), "./")
}

// A diag is one diagnostic, from any driver.
type diag struct {
	file      string // relative to the module root
	line, col int
	category  string // "" when the driver does not print it
	message   string
	fixes     int // suggested fixes (JSON only)
}

func (d diag) String() string {
	if d.category == "" {
		return fmt.Sprintf("%s:%d:%d: %s", d.file, d.line, d.col, d.message)
	}
	return fmt.Sprintf("%s:%d:%d: [%s] %s", d.file, d.line, d.col, d.category, d.message)
}

var (
	textDiagRE = regexp.MustCompile(`^(.+\.go):(\d+):(\d+): (.*)$`)
	checkRE    = regexp.MustCompile(` \(([a-z0-9]+)\)$`)
)

// parseText parses "file:line:col: message" lines: go vet's stderr, and,
// withCategory, the standalone driver's "file:line:col: message (check)".
// Other lines are returned apart, except go's "# package" headers.
func parseText(dir, out string, withCategory bool) (diags []diag, other []string) {
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		m := textDiagRE.FindStringSubmatch(line)
		if m == nil {
			other = append(other, line)
			continue
		}
		d := diag{file: rel(dir, m[1]), message: m[4]}
		d.line, _ = strconv.Atoi(m[2])
		d.col, _ = strconv.Atoi(m[3])
		if withCategory {
			c := checkRE.FindStringSubmatch(d.message)
			if c == nil {
				other = append(other, line)
				continue
			}
			d.category = c[1]
			d.message = strings.TrimSuffix(d.message, c[0])
		}
		diags = append(diags, d)
	}
	return diags, other
}

// The JSON the analysis drivers print with -json (x/tools
// internal/analysis/driverutil.JSONTree): package ID → analyzer → either a
// list of diagnostics or {"error": ...}.
type (
	jsonTree       map[string]map[string]json.RawMessage
	jsonDiagnostic struct {
		Category       string             `json:"category"`
		Posn           string             `json:"posn"`
		End            string             `json:"end"`
		Message        string             `json:"message"`
		SuggestedFixes []jsonSuggestedFix `json:"suggested_fixes"`
		Related        []json.RawMessage  `json:"related"`
	}
	jsonSuggestedFix struct {
		Message string         `json:"message"`
		Edits   []jsonTextEdit `json:"edits"`
	}
	jsonTextEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
)

var posnRE = regexp.MustCompile(`^(.+\.go):(\d+):(\d+)$`)

// parseJSON decodes -json output strictly, checking its shape. It returns
// the diagnostics and their suggested fixes. A diagnostic listed twice (a
// file of a package with in-package tests is analysed in both variants, p
// and "p [p.test]") is an error: whatever counts findings from the JSON
// would count it twice.
func parseJSON(t *testing.T, dir, out string) ([]diag, []jsonSuggestedFix) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var tree jsonTree
	if err := dec.Decode(&tree); err != nil {
		t.Fatalf("-json output is not a JSON map of package → analyzer → result: %v\n%s", err, out)
	}
	if len(tree) == 0 {
		t.Fatalf("-json output has no packages:\n%s", out)
	}
	seen := map[string]string{} // diagnostic → package
	var diags []diag
	var fixes []jsonSuggestedFix
	for pkg, analyzers := range tree {
		for name, raw := range analyzers {
			var list []jsonDiagnostic
			d := json.NewDecoder(bytes.NewReader(raw))
			d.DisallowUnknownFields()
			if err := d.Decode(&list); err != nil {
				t.Errorf("%s: %s: not a list of diagnostics (%v): %s", pkg, name, err, raw)
				continue
			}
			for _, jd := range list {
				m := posnRE.FindStringSubmatch(jd.Posn)
				if m == nil || jd.Message == "" || !posnRE.MatchString(jd.End) {
					t.Errorf("%s: %s: malformed diagnostic %+v", pkg, name, jd)
					continue
				}
				if jd.Category != name {
					t.Errorf("%s: %s: diagnostic category %q, want the analyzer name", jd.Posn, name, jd.Category)
				}
				key := jd.Posn + "\x00" + jd.Category + "\x00" + jd.Message
				if seen[key] != "" {
					t.Errorf("%s: %s: diagnostic listed twice, under %q and %q: %s", jd.Posn, name, seen[key], pkg, jd.Message)
					continue
				}
				seen[key] = pkg
				l, _ := strconv.Atoi(m[2])
				c, _ := strconv.Atoi(m[3])
				diags = append(diags, diag{file: rel(dir, m[1]), line: l, col: c, category: jd.Category, message: jd.Message, fixes: len(jd.SuggestedFixes)})
				for _, f := range jd.SuggestedFixes {
					if f.Message == "" || len(f.Edits) == 0 {
						t.Errorf("%s: empty suggested fix %+v", jd.Posn, f)
					}
				}
				if len(jd.SuggestedFixes) > 0 {
					fixes = append(fixes, jd.SuggestedFixes[0])
				}
			}
		}
	}
	return diags, fixes
}

// applyEdits applies the text edits of fixes to the files under dir, as an
// editor applying each fix would (no formatting), and returns the new
// contents of the files they change. Identical edits (the same fix seen in
// two package variants, or two fixes adding the same import) apply once.
func applyEdits(t *testing.T, dir string, fixes []jsonSuggestedFix) map[string]string {
	t.Helper()
	byFile := map[string][]jsonTextEdit{}
	for _, f := range fixes {
		for _, e := range f.Edits {
			name := rel(dir, e.Filename)
			if !slices.Contains(byFile[name], e) {
				byFile[name] = append(byFile[name], e)
			}
		}
	}
	out := map[string]string{}
	for name, edits := range byFile {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		sort.SliceStable(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
		var b strings.Builder
		last := 0
		for _, e := range edits {
			if e.Start < last || e.End < e.Start || e.End > len(data) {
				t.Errorf("%s: overlapping or invalid edits: %+v", name, edits)
				break
			}
			b.Write(data[last:e.Start])
			b.WriteString(e.New)
			last = e.End
		}
		b.Write(data[last:])
		out[name] = b.String()
	}
	return out
}

// An expectation is one line of expected.txt.
type expectation struct {
	file     string
	line     int
	category string
	substr   string
	text     string // the line, for messages
}

var expectRE = regexp.MustCompile(`^(\S+\.go):(\d+): ([a-z0-9]+): (.+)$`)

// parseExpected reads expected.txt: "relative/path.go:LINE: category:
// message-substring" lines; # comments and blank lines are skipped.
func parseExpected(t *testing.T, path string) []expectation {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var exps []expectation
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		m := expectRE.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("%s:%d: malformed expectation %q", path, n, line)
		}
		l, _ := strconv.Atoi(m[2])
		exps = append(exps, expectation{file: m[1], line: l, category: m[3], substr: m[4], text: line})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(exps) == 0 {
		t.Fatalf("%s: no expectations", path)
	}
	return exps
}

func (e expectation) matches(d diag, withCategory bool) bool {
	return e.file == d.file && e.line == d.line && strings.Contains(d.message, e.substr) &&
		(!withCategory || e.category == d.category)
}

// checkDiags requires a one-to-one match between expectations and
// diagnostics (a maximum bipartite matching, so that two diagnostics on one
// line cannot steal each other's expectation). withCategory also compares
// categories (only JSON carries them).
func checkDiags(t *testing.T, driver string, exps []expectation, diags []diag, withCategory bool) {
	t.Helper()
	matchOf := make([]int, len(diags)) // diagnostic → expectation index, -1: none
	for i := range matchOf {
		matchOf[i] = -1
	}
	var try func(e int, seen []bool) bool
	try = func(e int, seen []bool) bool {
		for d := range diags {
			if seen[d] || !exps[e].matches(diags[d], withCategory) {
				continue
			}
			seen[d] = true
			if matchOf[d] < 0 || try(matchOf[d], seen) {
				matchOf[d] = e
				return true
			}
		}
		return false
	}
	matched := make([]bool, len(exps))
	for e := range exps {
		matched[e] = try(e, make([]bool, len(diags)))
	}
	for e, ok := range matched {
		if !ok {
			t.Errorf("%s: no diagnostic for expected.txt line %q", driver, exps[e].text)
		}
	}
	for d, e := range matchOf {
		if e < 0 {
			t.Errorf("%s: unexpected diagnostic %s", driver, diags[d])
		}
	}
	if t.Failed() {
		var all []string
		for _, d := range diags {
			all = append(all, d.String())
		}
		sort.Strings(all)
		t.Logf("%s: all %d diagnostics:\n%s", driver, len(diags), strings.Join(all, "\n"))
	}
}

var hunkRE = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@`)

// parseUnified splits the unified diffs printed with -diff by file (relative
// to dir): hunk headers and bodies. It takes both file header styles, the
// standalone driver's "--- a/file" / "+++ b/file" and x/tools' (go fix)
// "--- /dir/file (old)" / "+++ /dir/file (new)", and reads hunk bodies by
// their line counts.
func parseUnified(t *testing.T, dir, out string) map[string][]string {
	t.Helper()
	files := map[string][]string{}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if out == "" {
		return files
	}
	for i := 0; i < len(lines); {
		oldName, ok1 := strings.CutPrefix(lines[i], "--- ")
		if !ok1 || i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], "+++ ") {
			t.Errorf("diff: expected a file header at %q", lines[i])
			return files
		}
		newName := strings.TrimPrefix(lines[i+1], "+++ ")
		var name string
		switch {
		case strings.HasSuffix(oldName, " (old)") && newName == strings.TrimSuffix(oldName, " (old)")+" (new)":
			name = strings.TrimSuffix(oldName, " (old)")
		case strings.HasPrefix(oldName, "a/") && newName == "b/"+oldName[2:]:
			name = oldName[2:]
		default:
			t.Errorf("diff: unexpected file header %q / %q", lines[i], lines[i+1])
			return files
		}
		name = rel(dir, name)
		if _, dup := files[name]; dup {
			t.Errorf("diff: %s is diffed twice", name)
		}
		files[name] = []string{}
		for i += 2; i < len(lines) && !strings.HasPrefix(lines[i], "--- "); {
			m := hunkRE.FindStringSubmatch(lines[i])
			if m == nil {
				t.Errorf("diff of %s: expected a hunk header at %q", name, lines[i])
				return files
			}
			files[name] = append(files[name], lines[i])
			oldN, newN := hunkCount(m[2]), hunkCount(m[4])
			for i++; (oldN > 0 || newN > 0) && i < len(lines); i++ {
				l := lines[i]
				switch {
				case strings.HasPrefix(l, " "):
					oldN--
					newN--
				case strings.HasPrefix(l, "-"):
					oldN--
				case strings.HasPrefix(l, "+"):
					newN--
				default:
					t.Errorf("diff of %s: bad hunk line %q", name, l)
					return files
				}
				files[name] = append(files[name], l)
			}
			if oldN != 0 || newN != 0 {
				t.Errorf("diff of %s: hunk %q is short", name, m[0])
				return files
			}
		}
	}
	return files
}

func hunkCount(s string) int {
	if s == "" {
		return 1
	}
	n, _ := strconv.Atoi(s)
	return n
}

// applyUnified applies the hunks of one file's unified diff to old. It goes
// by the old-file line numbers and the hunk bodies only: the new-file start
// lines x/tools prints after the first hunk are wrong (golang/go#81453).
func applyUnified(old string, hunks []string) (string, error) {
	oldLines := strings.SplitAfter(old, "\n")
	if oldLines[len(oldLines)-1] == "" {
		oldLines = oldLines[:len(oldLines)-1]
	}
	var out []string
	next := 0 // index of the next old line to copy
	for i := 0; i < len(hunks); {
		m := hunkRE.FindStringSubmatch(hunks[i])
		if m == nil {
			return "", fmt.Errorf("expected a hunk header, got %q", hunks[i])
		}
		start, _ := strconv.Atoi(m[1])
		count := 1
		if m[2] != "" {
			count, _ = strconv.Atoi(m[2])
		}
		if count > 0 {
			start-- // 1-based; an empty old range names the line before it
		}
		if start < next || start > len(oldLines) {
			return "", fmt.Errorf("hunk %q out of order or range", hunks[i])
		}
		out = append(out, oldLines[next:start]...)
		next = start
		for i++; i < len(hunks) && !strings.HasPrefix(hunks[i], "@@ "); i++ {
			h := hunks[i]
			if h == "" || h[0] == '\\' { // "\ No newline at end of file": gofmt never leaves one
				return "", fmt.Errorf("hunk %q: unexpected line %q", m[0], h)
			}
			text := h[1:] + "\n"
			switch h[0] {
			case ' ', '-':
				if next >= len(oldLines) || oldLines[next] != text {
					return "", fmt.Errorf("hunk %q: line %d is %q, the diff says %q", m[0], next+1, strings.TrimSuffix(oldLines[min(next, len(oldLines)-1)], "\n"), h[1:])
				}
				if h[0] == ' ' {
					out = append(out, text)
				}
				next++
			case '+':
				out = append(out, text)
			default:
				return "", fmt.Errorf("hunk %q: bad line %q", m[0], h)
			}
		}
	}
	out = append(out, oldLines[next:]...)
	return strings.Join(out, ""), nil
}

// checkHunkHeaders checks the hunk headers of one file's diff (as
// parseUnified returns it) the way strict patch readers do: the counts match
// the body, hunks are in order without overlap, and each new-file start is
// the old-file start moved by the lines the earlier hunks add or remove.
func checkHunkHeaders(hunks []string) error {
	delta, oldEnd := 0, 0
	for i := 0; i < len(hunks); {
		m := hunkRE.FindStringSubmatch(hunks[i])
		if m == nil {
			return fmt.Errorf("expected a hunk header, got %q", hunks[i])
		}
		oldStart, _ := strconv.Atoi(m[1])
		newStart, _ := strconv.Atoi(m[3])
		oldN, newN := hunkCount(m[2]), hunkCount(m[4])
		gotOld, gotNew := 0, 0
		for i++; i < len(hunks) && !strings.HasPrefix(hunks[i], "@@ "); i++ {
			switch hunks[i][0] {
			case ' ':
				gotOld++
				gotNew++
			case '-':
				gotOld++
			case '+':
				gotNew++
			}
		}
		if gotOld != oldN || gotNew != newN {
			return fmt.Errorf("hunk %q: the body has %d old and %d new lines", m[0], gotOld, gotNew)
		}
		// An empty range names the line before it.
		if oldN == 0 {
			oldStart++
		}
		if newN == 0 {
			newStart++
		}
		if oldStart <= oldEnd {
			return fmt.Errorf("hunk %q overlaps or precedes the one before it", m[0])
		}
		if want := oldStart + delta; newStart != want {
			return fmt.Errorf("hunk %q: new-file start %d, want %d (old start %d%+d from the hunks before it)", m[0], newStart, want, oldStart, delta)
		}
		delta += newN - oldN
		oldEnd = oldStart + oldN - 1
	}
	return nil
}

// checkGitApply applies a -diff output with git apply (--check first, then
// for real) in a fresh copy of the module at src, and requires the result
// to be golden.
func checkGitApply(t *testing.T, what, src, out string, sources, golden map[string]string) {
	t.Helper()
	dir := copyModule(t, src, "gitapply")
	patch := filepath.Join(t.TempDir(), "fix.diff")
	if err := os.WriteFile(patch, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	// --unsafe-paths is not needed: the paths are relative (a/..., b/...).
	if r := run(t, dir, os.Environ(), "git", "apply", "--check", "-v", patch); r.code != 0 {
		t.Fatalf("%s: git apply --check: %v", what, r)
	}
	if r := run(t, dir, os.Environ(), "git", "apply", patch); r.code != 0 {
		t.Fatalf("%s: git apply: %v", what, r)
	}
	compareFiles(t, what+" applied with git apply", changed(sources, goFiles(t, dir)), golden)
}

// parseSARIF decodes -format=sarif output (the fields code scanning reads)
// into diagnostics relative to dir, which must be the %SRCROOT% the results
// are located against. Each result needs a partial fingerprint of its own:
// code scanning would merge two results that share one.
func parseSARIF(t *testing.T, dir, out string) []diag {
	t.Helper()
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine, StartColumn int }
					}
				}
				PartialFingerprints map[string]string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("-format=sarif: not a SARIF log with one run (%v):\n%.2000s", err, out)
	}
	run := log.Runs[0]
	if base := run.OriginalURIBaseIDs["%SRCROOT%"].URI; base != "file://"+filepath.ToSlash(dir)+"/" {
		t.Errorf("-format=sarif: %%SRCROOT%% is %q, want the module root %s", base, dir)
	}
	var diags []diag
	fingerprints := map[string]bool{}
	for _, r := range run.Results {
		if len(r.Locations) != 1 {
			t.Errorf("-format=sarif: result %s %q has %d locations, want 1", r.RuleID, r.Message.Text, len(r.Locations))
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.Contains(loc.ArtifactLocation.URI, ":") {
			t.Errorf("-format=sarif: result %s located at %+v, want a URI relative to %%SRCROOT%%", r.RuleID, loc.ArtifactLocation)
		}
		for _, fp := range r.PartialFingerprints {
			if fingerprints[fp] {
				t.Errorf("-format=sarif: result %s at %s:%d shares its fingerprint with another", r.RuleID, loc.ArtifactLocation.URI, loc.Region.StartLine)
			}
			fingerprints[fp] = true
		}
		if len(r.PartialFingerprints) == 0 {
			t.Errorf("-format=sarif: result %s at %s:%d has no partialFingerprints", r.RuleID, loc.ArtifactLocation.URI, loc.Region.StartLine)
		}
		diags = append(diags, diag{file: loc.ArtifactLocation.URI, line: loc.Region.StartLine, col: loc.Region.StartColumn, category: r.RuleID, message: r.Message.Text})
	}
	return diags
}
