package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

// SARIF 2.1.0, as GitHub code scanning reads it: the SARIF Multitool's
// Sarif, Gh and Ghas rules pass without errors or warnings (.ci/run checks).
type (
	sarifLog struct {
		Version string     `json:"version"`
		Schema  string     `json:"$schema"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string                   `json:"columnKind"`
		Results            []sarifResult            `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name            string      `json:"name"`
		Version         string      `json:"version"`
		SemanticVersion string      `json:"semanticVersion,omitempty"`
		InformationURI  string      `json:"informationUri"`
		Rules           []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string          `json:"id"`
		Name             string          `json:"name"`
		ShortDescription sarifText       `json:"shortDescription"`
		FullDescription  sarifText       `json:"fullDescription"`
		Help             sarifMultiText  `json:"help"`
		HelpURI          string          `json:"helpUri"`
		Default          sarifConfig     `json:"defaultConfiguration"`
		Properties       sarifProperties `json:"properties"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifProperties struct {
		Tags []string `json:"tags"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifMultiText struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Fixes               []sarifFix        `json:"fixes,omitempty"`
	}
	sarifLocation struct {
		Physical sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		Artifact sarifArtifact `json:"artifactLocation"`
		Region   sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int        `json:"startLine"`
		StartColumn int        `json:"startColumn"`
		EndLine     int        `json:"endLine,omitempty"`
		EndColumn   int        `json:"endColumn,omitempty"`
		Snippet     *sarifText `json:"snippet,omitempty"`
	}
	sarifFix struct {
		Description sarifText     `json:"description"`
		Changes     []sarifChange `json:"artifactChanges"`
	}
	sarifChange struct {
		Artifact     sarifArtifact      `json:"artifactLocation"`
		Replacements []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		Deleted  sarifRegion `json:"deletedRegion"`
		Inserted sarifText   `json:"insertedContent"`
	}
)

const (
	srcRootID = "%SRCROOT%"
	// fingerprintKey names the partial fingerprint of a result; the version
	// changes if its recipe does.
	fingerprintKey = "dualstacklint/v1"
)

// ruleNames are the rules' display names. The id is the check's name,
// stable and opaque; SARIF wants a name that differs from it, ignoring case.
var ruleNames = map[string]string{
	"dualstackconfig": "ConfigWithoutDualStack",
	"dualstackclient": "ClientWithoutDualStack",
	"dualstackbreak":  "DualStackBreaksEndpoint",
	"ipv4endpoint":    "Ipv4OnlyEndpoint",
	"legacydualstack": "LegacyDualStackSwitch",
	"linklocal":       "LinkLocalIpv4Address",
	"ignore":          "IgnoreDirective",
}

func ruleName(check string) string {
	if n, ok := ruleNames[check]; ok {
		return n
	}
	return strings.ToUpper(check[:1]) + check[1:] + "Check" // a check added since
}

func writeSARIF(w io.Writer, findings []*finding) error {
	root := srcRoot()
	run := sarifRun{
		ColumnKind:         "unicodeCodePoints",
		Results:            []sarifResult{},
		OriginalURIBaseIDs: map[string]sarifArtifact{srcRootID: {URI: fileURI(root) + "/"}},
	}
	version, semver := toolVersion()
	run.Tool.Driver = sarifDriver{Name: "dualstacklint", Version: version, SemanticVersion: semver, InformationURI: "https://github.com/dualstacklint/dualstacklint"}
	index := map[string]int{}
	for _, a := range analyzer.Suite {
		index[a.Name] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(a))
	}
	lines := lineCache{}
	region := func(file string, sl, sc, el, ec int) sarifRegion {
		r := sarifRegion{StartLine: sl, StartColumn: lines.column(file, sl, sc)}
		if el > 0 {
			r.EndLine, r.EndColumn = el, lines.column(file, el, ec)
		}
		return r
	}
	occurrences := map[string]int{}
	for _, f := range findings {
		res := sarifResult{RuleID: f.check, RuleIndex: index[f.check], Level: "warning", Message: sarifText{f.diag.Message}}
		text := flaggedLines(lines, f)
		loc := sarifPhysical{
			Artifact: artifact(root, f.posn.Filename),
			Region:   region(f.posn.Filename, f.posn.Line, f.posn.Column, f.end.Line, f.end.Column),
		}
		loc.Region.Snippet = &sarifText{text}
		res.Locations = []sarifLocation{{Physical: loc}}
		// The fingerprint leaves out line numbers, so that code scanning
		// keeps an alert open, not a new one, when unrelated lines move;
		// the occurrence index tells identical flagged lines apart. White
		// space runs count as one: re-indenting a block changes nothing.
		key := f.check + "\x00" + loc.Artifact.URI + "\x00" + strings.Join(strings.Fields(text), " ")
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(occurrences[key])))
		occurrences[key]++
		res.PartialFingerprints = map[string]string{fingerprintKey: hex.EncodeToString(sum[:16])}
		for _, fix := range f.diag.SuggestedFixes {
			sf := sarifFix{Description: sarifText{fix.Message}}
			byFile := map[string]*sarifChange{}
			var order []string
			for _, te := range fix.TextEdits {
				p, e := f.fset.Position(te.Pos), f.fset.Position(te.End)
				if !te.End.IsValid() {
					e = p
				}
				c := byFile[p.Filename]
				if c == nil {
					c = &sarifChange{Artifact: artifact(root, p.Filename)}
					byFile[p.Filename] = c
					order = append(order, p.Filename)
				}
				c.Replacements = append(c.Replacements, sarifReplacement{
					Deleted:  region(p.Filename, p.Line, p.Column, e.Line, e.Column),
					Inserted: sarifText{string(te.NewText)},
				})
			}
			for _, file := range order {
				sf.Changes = append(sf.Changes, *byFile[file])
			}
			res.Fixes = append(res.Fixes, sf)
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Version: "2.1.0", Schema: "https://json.schemastore.org/sarif-2.1.0.json", Runs: []sarifRun{run}})
}

// sarifRuleOf describes a check from its documentation, the text
// 'dualstacklint help CHECK' prints.
func sarifRuleOf(a *analysis.Analyzer) sarifRule {
	title, _, _ := strings.Cut(a.Doc, "\n")
	return sarifRule{
		ID: a.Name, Name: ruleName(a.Name),
		ShortDescription: sarifText{title},
		FullDescription:  sarifText{a.Doc},
		Help:             sarifMultiText{Text: checkHelp(a), Markdown: checkHelpMarkdown(a)},
		HelpURI:          a.URL,
		Default:          sarifConfig{"warning"},
		Properties:       sarifProperties{Tags: []string{"ipv6", "dual-stack", "aws"}},
	}
}

// flaggedLines is the text of the lines a finding spans.
func flaggedLines(lines lineCache, f *finding) string {
	var text []string
	for l := f.posn.Line; l <= max(f.posn.Line, f.end.Line); l++ {
		text = append(text, lines.line(f.posn.Filename, l))
	}
	return strings.Join(text, "\n")
}

// srcRoot is the directory SARIF artifact URIs are relative to (%SRCROOT%):
// the root of the repository the working directory is in, as code scanning
// expects, so that a run from a subdirectory uploads cleanly; without one,
// the module root; without one, the working directory.
func srcRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for _, marker := range []string{".git", "go.mod"} {
		for dir := wd; ; dir = filepath.Dir(dir) {
			if _, err := os.Stat(filepath.Join(dir, marker)); err == nil {
				return dir
			}
			if filepath.Dir(dir) == dir {
				break
			}
		}
	}
	return wd
}

// artifact locates file relative to %SRCROOT%, or by an absolute file URI
// when it is outside root.
func artifact(root, file string) sarifArtifact {
	rel, ok := underRoot(root, file)
	if !ok {
		return sarifArtifact{URI: fileURI(file)}
	}
	return sarifArtifact{URI: (&url.URL{Path: rel}).String(), URIBaseID: srcRootID}
}

// underRoot returns file's slash-separated path relative to root, if it is
// under root.
func underRoot(root, file string) (string, bool) {
	rel, err := filepath.Rel(root, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// fileURI is the file: URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if runtime.GOOS == "windows" {
		p = "/" + p // file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// toolVersion is the version of the dualstacklint module this binary was
// built from, without the "v" (SARIF wants a version that starts with a
// number): its module version (1.2.3 or a pseudo-version, also the semantic
// version), else 0.0.0-devel with the VCS revision of a build from a
// checkout.
func toolVersion() (version, semver string) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "0.0.0-devel", ""
	}
	mods := append([]*debug.Module{&bi.Main}, bi.Deps...)
	for _, m := range mods {
		if m.Path == "" || (bi.Path != m.Path && !strings.HasPrefix(bi.Path, m.Path+"/")) {
			continue
		}
		if m.Replace != nil && m.Replace.Version != "" {
			m = m.Replace
		}
		if m.Version != "" && m.Version != "(devel)" {
			v := strings.TrimPrefix(m.Version, "v")
			return v, v
		}
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch {
		case s.Key == "vcs.revision":
			rev = "+" + s.Value[:min(12, len(s.Value))]
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = ".dirty"
		}
	}
	if rev == "" {
		dirty = ""
	}
	return "0.0.0-devel" + rev + dirty, ""
}
