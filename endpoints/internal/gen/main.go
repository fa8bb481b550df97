// Command gen harvests AWS endpoint data from the AWS SDK for Go v2 modules
// into the compact text form that package endpoints embeds.
//
// It reads, through the Go module proxy and module cache:
//   - partitions from the core module's internal/endpoints/awsrulesfn/partitions.json;
//   - every service module's internal/endpoints/endpoints.go (parsed with go/parser),
//     the service list coming from the core module's CHANGELOG.md and checked with go list -m.
//
// Usage (from the endpoints directory, through go generate):
//
//	go run ./internal/gen            # newest SDK versions; rewrites data.txt and versions.txt
//	go run ./internal/gen -pin       # the versions recorded in versions.txt (reproducible)
//	go run ./internal/gen -pin -add-missing
//	                                 # the recorded versions, plus the service modules the
//	                                 # recorded core's changelog names and versions.txt lacks
//
// A module the proxy does not serve at "latest" (some answer 404 for their
// version list) is asked for at the newest version the core changelog names.
// Modules that still cannot be fetched are reported on stderr and recorded
// as "# not fetched" comments in versions.txt, never dropped silently.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

const core = "github.com/aws/aws-sdk-go-v2"

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	pin := flag.Bool("pin", false, "use the module versions recorded in -versions instead of the newest ones")
	versionsFile := flag.String("versions", "versions.txt", "module versions `file` (read with -pin, written otherwise)")
	out := flag.String("o", "data.txt", "output `file` for the endpoint data")
	addMissing := flag.Bool("add-missing", false, "with -pin: add the service modules the recorded core's changelog names but -versions lacks, and rewrite -versions")
	flag.Parse()

	g, err := newGoEnv()
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(g.dir)

	var versions []modVersion
	var missing []notFetched
	if *pin {
		versions, err = readVersions(*versionsFile)
		if err == nil && *addMissing {
			versions, missing, err = g.addMissing(versions)
		}
	} else {
		versions, missing, err = g.latestVersions()
	}
	if err != nil {
		log.Fatal(err)
	}
	data, failed, err := g.harvest(versions)
	if err != nil {
		log.Fatal(err)
	}
	if len(failed) > 0 && *pin && !*addMissing {
		log.Fatalf("could not download %s: %s (the pinned data cannot be reproduced)", failed[0].Path, failed[0].Reason)
	}
	if len(failed) > 0 {
		// Keep versions.txt to what the data was made from.
		missing = append(missing, failed...)
		versions = slices.DeleteFunc(versions, func(v modVersion) bool {
			return slices.ContainsFunc(failed, func(f notFetched) bool { return f.Path == v.Path+"@"+v.Version })
		})
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	if !*pin || *addMissing {
		if err := os.WriteFile(*versionsFile, formatVersions(versions, missing), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if len(missing) > 0 {
		log.Printf("could not fetch %d service modules; they are not in the data (recorded in %s):", len(missing), *versionsFile)
		for _, m := range missing {
			log.Printf("  %s: %s", m.Path, m.Reason)
		}
	}
}

// notFetched is a service module the changelog names that the module proxy
// did not serve.
type notFetched struct{ Path, Reason string }

type modVersion struct{ Path, Version string }

// goEnv runs the go command in a scratch module, so that the harvest never
// touches the repository's own go.mod.
type goEnv struct{ dir string }

func newGoEnv() (*goEnv, error) {
	dir, err := os.MkdirTemp("", "dualstacklint-gen-")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module gen\n"), 0o644); err != nil {
		return nil, err
	}
	return &goEnv{dir: dir}, nil
}

func (g *goEnv) run(args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = g.dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("go %s: %v\n%s", strings.Join(args[:min(len(args), 4)], " "), err, stderr.Bytes())
	}
	return out, nil
}

type listedModule struct {
	Path    string
	Version string
	Dir     string
	Error   any
}

// decodeStream decodes the concatenated JSON objects go list -m -json and
// go mod download -json print.
func decodeStream(b []byte) ([]listedModule, error) {
	var mods []listedModule
	dec := json.NewDecoder(bytes.NewReader(b))
	for dec.More() {
		var m listedModule
		if err := dec.Decode(&m); err != nil {
			return nil, err
		}
		mods = append(mods, m)
	}
	return mods, nil
}

// latestVersions lists the newest core module and every service module its
// changelog has ever named that still resolves: at "latest", or else at the
// newest version the changelog names.
func (g *goEnv) latestVersions() ([]modVersion, []notFetched, error) {
	coreMods, err := g.downloadCore(modVersion{core, "latest"})
	if err != nil {
		return nil, nil, err
	}
	changelog, err := os.ReadFile(filepath.Join(coreMods[0].Dir, "CHANGELOG.md"))
	if err != nil {
		return nil, nil, err
	}
	versions := []modVersion{{core, coreMods[0].Version}}
	found, missing, err := g.resolveServices(changelogServices(changelog), true)
	return append(versions, found...), missing, err
}

// addMissing adds to pinned versions the service modules the pinned core's
// changelog names and the list lacks, at the newest version it names.
func (g *goEnv) addMissing(pinned []modVersion) ([]modVersion, []notFetched, error) {
	if len(pinned) == 0 || pinned[0].Path != core {
		return nil, nil, errors.New("the version list must start with " + core)
	}
	coreMods, err := g.downloadCore(pinned[0])
	if err != nil {
		return nil, nil, err
	}
	changelog, err := os.ReadFile(filepath.Join(coreMods[0].Dir, "CHANGELOG.md"))
	if err != nil {
		return nil, nil, err
	}
	have := map[string]bool{}
	for _, v := range pinned {
		have[v.Path] = true
	}
	var want []changelogService
	for _, s := range changelogServices(changelog) {
		if !have[core+"/service/"+s.Name] {
			want = append(want, s)
		}
	}
	found, missing, err := g.resolveServices(want, false)
	if err != nil {
		return nil, nil, err
	}
	all := append(pinned[:1:1], append(pinned[1:], found...)...)
	sort.Slice(all[1:], func(i, j int) bool { return all[1+i].Path < all[1+j].Path })
	return all, missing, nil
}

// resolveServices asks the proxy for each service module, at "latest" when
// latest is set (falling back to the changelog's version), else at the
// changelog's version.
func (g *goEnv) resolveServices(svcs []changelogService, latest bool) ([]modVersion, []notFetched, error) {
	var found []modVersion
	var missing []notFetched
	query := func(ss []changelogService, atLatest bool) ([]changelogService, error) {
		var queries []string
		for _, s := range ss {
			v := s.Version
			if atLatest {
				v = "latest"
			}
			queries = append(queries, core+"/service/"+s.Name+"@"+v)
		}
		var failed []changelogService
		for chunk := range chunks(queries, 100) {
			b, err := g.run(append([]string{"list", "-m", "-json", "-e"}, chunk...)...)
			if err != nil {
				return nil, err
			}
			mods, err := decodeStream(b)
			if err != nil {
				return nil, err
			}
			for _, m := range mods {
				name := strings.TrimPrefix(m.Path, core+"/service/")
				if m.Error != nil || m.Version == "" || m.Version == "latest" {
					s := changelogService{Name: name}
					for _, c := range ss {
						if c.Name == name {
							s = c
						}
					}
					s.err = fmt.Sprint(m.Error)
					failed = append(failed, s)
					continue
				}
				found = append(found, modVersion{m.Path, m.Version})
			}
		}
		return failed, nil
	}
	failed, err := query(svcs, latest)
	if err != nil {
		return nil, nil, err
	}
	if latest && len(failed) > 0 {
		var retry []changelogService
		for _, s := range failed {
			if s.Version != "" {
				retry = append(retry, s)
			} else {
				missing = append(missing, notFetched{core + "/service/" + s.Name, firstLine(s.err)})
			}
		}
		if failed, err = query(retry, false); err != nil {
			return nil, nil, err
		}
	}
	for _, s := range failed {
		missing = append(missing, notFetched{core + "/service/" + s.Name + "@" + s.Version, firstLine(s.err)})
	}
	sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
	return found, missing, nil
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return l
}

// A changelogService is a service module the core changelog names, with the
// newest version it names (the changelog lists releases newest first).
type changelogService struct {
	Name, Version string
	err           string
}

// changelogServices returns the service modules the changelog names, in
// entries like "`github.com/aws/aws-sdk-go-v2/service/<name>`: [v1.2.3](...)",
// with the first (newest) version named for each.
func changelogServices(changelog []byte) []changelogService {
	const marker = "`" + core + "/service/"
	newest := map[string]string{}
	var names []string
	for rest := string(changelog); ; {
		i := strings.Index(rest, marker)
		if i < 0 {
			break
		}
		rest = rest[i+len(marker):]
		j := strings.IndexByte(rest, '`')
		if j < 0 {
			break
		}
		name := rest[:j]
		if name == "" || strings.ContainsAny(name, "/@ ") {
			continue
		}
		if _, seen := newest[name]; !seen {
			names = append(names, name)
			newest[name] = ""
		}
		if newest[name] == "" {
			if v, ok := strings.CutPrefix(rest[j+1:], ": ["); ok {
				if k := strings.IndexByte(v, ']'); k > 0 && strings.HasPrefix(v, "v") {
					newest[name] = v[:k]
				}
			}
		}
	}
	sort.Strings(names)
	out := make([]changelogService, 0, len(names))
	for _, n := range names {
		out = append(out, changelogService{Name: n, Version: newest[n]})
	}
	return out
}

func chunks(s []string, n int) func(func([]string) bool) {
	return func(yield func([]string) bool) {
		for len(s) > 0 {
			k := min(n, len(s))
			if !yield(s[:k]) {
				return
			}
			s = s[k:]
		}
	}
}

// download fetches modules into the module cache and returns their
// directories, and the modules it could not fetch.
func (g *goEnv) download(versions []modVersion) ([]listedModule, []notFetched, error) {
	var all []listedModule
	var failed []notFetched
	var args []string
	for _, v := range versions {
		args = append(args, v.Path+"@"+v.Version)
	}
	for chunk := range chunks(args, 100) {
		b, runErr := g.run(append([]string{"mod", "download", "-json"}, chunk...)...)
		mods, err := decodeStream(b)
		if err != nil || len(mods) == 0 {
			if runErr != nil {
				return nil, nil, runErr
			}
			return nil, nil, err
		}
		for _, m := range mods {
			if m.Error != nil || m.Dir == "" {
				failed = append(failed, notFetched{m.Path + "@" + m.Version, firstLine(fmt.Sprint(m.Error))})
				continue
			}
			all = append(all, m)
		}
	}
	return all, failed, nil
}

// downloadCore fetches the core module, which the harvest cannot do without.
func (g *goEnv) downloadCore(v modVersion) ([]listedModule, error) {
	mods, failed, err := g.download([]modVersion{v})
	if err == nil && len(failed) > 0 {
		err = fmt.Errorf("downloading %s: %s", failed[0].Path, failed[0].Reason)
	}
	return mods, err
}

// harvest reads the modules' data; it returns the encoded data and the
// service modules it could not download.
func (g *goEnv) harvest(versions []modVersion) ([]byte, []notFetched, error) {
	if len(versions) == 0 || versions[0].Path != core {
		return nil, nil, errors.New("the version list must start with " + core)
	}
	mods, failed, err := g.download(versions)
	if err != nil {
		return nil, nil, err
	}
	if len(mods) == 0 || mods[0].Path != core {
		return nil, nil, fmt.Errorf("could not download %s@%s", core, versions[0].Version)
	}
	pj, err := os.ReadFile(filepath.Join(mods[0].Dir, "internal/endpoints/awsrulesfn/partitions.json"))
	if err != nil {
		return nil, nil, err
	}
	parts, err := parsePartitions(pj)
	if err != nil {
		return nil, nil, err
	}
	var services []service
	for _, m := range mods[1:] {
		file := filepath.Join(m.Dir, "internal/endpoints/endpoints.go")
		src, err := os.ReadFile(file)
		if errors.Is(err, fs.ErrNotExist) {
			log.Printf("skipping %s: no internal/endpoints/endpoints.go", m.Path)
			continue
		} else if err != nil {
			return nil, nil, err
		}
		ps, err := parseEndpoints(file, src)
		if err != nil {
			return nil, nil, err
		}
		services = append(services, service{Package: strings.TrimPrefix(m.Path, core+"/service/"), Partitions: ps})
	}
	sort.Slice(services, func(i, j int) bool { return services[i].Package < services[j].Package })
	data, err := encode(parts, services)
	return data, failed, err
}

type rulesPartition struct {
	ID      string `json:"id"`
	Outputs struct {
		DNSSuffix            string `json:"dnsSuffix"`
		DualStackDNSSuffix   string `json:"dualStackDnsSuffix"`
		ImplicitGlobalRegion string `json:"implicitGlobalRegion"`
	} `json:"outputs"`
	RegionRegex string              `json:"regionRegex"`
	Regions     map[string]struct{} `json:"regions"`
}

func parsePartitions(b []byte) ([]rulesPartition, error) {
	var doc struct{ Partitions []rulesPartition }
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("partitions.json: %v", err)
	}
	sort.Slice(doc.Partitions, func(i, j int) bool { return doc.Partitions[i].ID < doc.Partitions[j].ID })
	return doc.Partitions, nil
}

func readVersions(file string) ([]modVersion, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var vs []modVersion
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, version, ok := strings.Cut(line, " ")
		if !ok {
			return nil, fmt.Errorf("%s: bad line %q", file, line)
		}
		vs = append(vs, modVersion{path, strings.TrimSpace(version)})
	}
	return vs, sc.Err()
}

func formatVersions(vs []modVersion, missing []notFetched) []byte {
	var b bytes.Buffer
	b.WriteString("# The AWS SDK for Go v2 module versions data.txt was generated from.\n")
	b.WriteString("# Regenerate with the newest: go generate ./endpoints/...\n")
	b.WriteString("# Reproduce from these:      go run ./endpoints/internal/gen -pin (in endpoints/)\n")
	for _, m := range missing {
		fmt.Fprintf(&b, "# not fetched: %s: %s\n", m.Path, m.Reason)
	}
	for _, v := range vs {
		fmt.Fprintf(&b, "%s %s\n", v.Path, v.Version)
	}
	return b.Bytes()
}
