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
	flag.Parse()

	g, err := newGoEnv()
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(g.dir)

	var versions []modVersion
	if *pin {
		versions, err = readVersions(*versionsFile)
	} else {
		versions, err = g.latestVersions()
	}
	if err != nil {
		log.Fatal(err)
	}
	data, err := g.harvest(versions)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	if !*pin {
		if err := os.WriteFile(*versionsFile, formatVersions(versions), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

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
// changelog has ever named that still resolves.
func (g *goEnv) latestVersions() ([]modVersion, error) {
	coreMods, err := g.download([]modVersion{{core, "latest"}})
	if err != nil {
		return nil, err
	}
	changelog, err := os.ReadFile(filepath.Join(coreMods[0].Dir, "CHANGELOG.md"))
	if err != nil {
		return nil, err
	}
	var queries []string
	for _, name := range changelogServices(changelog) {
		queries = append(queries, core+"/service/"+name+"@latest")
	}
	versions := []modVersion{{core, coreMods[0].Version}}
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
			if m.Error != nil || m.Version == "" {
				log.Printf("skipping %s: not served (%v)", m.Path, m.Error)
				continue
			}
			versions = append(versions, modVersion{m.Path, m.Version})
		}
	}
	return versions, nil
}

// changelogServices returns the service/<name> module names the changelog
// mentions, in the form `github.com/aws/aws-sdk-go-v2/service/<name>`.
func changelogServices(changelog []byte) []string {
	const marker = "`" + core + "/service/"
	seen := map[string]bool{}
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
		if name != "" && !strings.ContainsAny(name, "/@ ") {
			seen[name] = true
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
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

// download fetches modules into the module cache and returns their directories.
func (g *goEnv) download(versions []modVersion) ([]listedModule, error) {
	var all []listedModule
	var args []string
	for _, v := range versions {
		args = append(args, v.Path+"@"+v.Version)
	}
	for chunk := range chunks(args, 100) {
		b, err := g.run(append([]string{"mod", "download", "-json"}, chunk...)...)
		if err != nil {
			return nil, err
		}
		mods, err := decodeStream(b)
		if err != nil {
			return nil, err
		}
		for _, m := range mods {
			if m.Error != nil || m.Dir == "" {
				return nil, fmt.Errorf("downloading %s@%s: %v", m.Path, m.Version, m.Error)
			}
		}
		all = append(all, mods...)
	}
	return all, nil
}

func (g *goEnv) harvest(versions []modVersion) ([]byte, error) {
	if len(versions) == 0 || versions[0].Path != core {
		return nil, errors.New("the version list must start with " + core)
	}
	mods, err := g.download(versions)
	if err != nil {
		return nil, err
	}
	pj, err := os.ReadFile(filepath.Join(mods[0].Dir, "internal/endpoints/awsrulesfn/partitions.json"))
	if err != nil {
		return nil, err
	}
	parts, err := parsePartitions(pj)
	if err != nil {
		return nil, err
	}
	var services []service
	for _, m := range mods[1:] {
		file := filepath.Join(m.Dir, "internal/endpoints/endpoints.go")
		src, err := os.ReadFile(file)
		if errors.Is(err, fs.ErrNotExist) {
			log.Printf("skipping %s: no internal/endpoints/endpoints.go", m.Path)
			continue
		} else if err != nil {
			return nil, err
		}
		ps, err := parseEndpoints(file, src)
		if err != nil {
			return nil, err
		}
		services = append(services, service{Package: strings.TrimPrefix(m.Path, core+"/service/"), Partitions: ps})
	}
	sort.Slice(services, func(i, j int) bool { return services[i].Package < services[j].Package })
	return encode(parts, services)
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

func formatVersions(vs []modVersion) []byte {
	var b bytes.Buffer
	b.WriteString("# The AWS SDK for Go v2 module versions data.txt was generated from.\n")
	b.WriteString("# Regenerate with the newest: go generate ./endpoints/...\n")
	b.WriteString("# Reproduce from these:      go run ./endpoints/internal/gen -pin (in endpoints/)\n")
	for _, v := range vs {
		fmt.Fprintf(&b, "%s %s\n", v.Path, v.Version)
	}
	return b.Bytes()
}
