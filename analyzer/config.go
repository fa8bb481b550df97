package analyzer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
)

// ConfigFile is the configuration file the standalone driver reads from the
// module root (the nearest directory with a go.mod, from the working
// directory up).
const ConfigFile = ".dualstacklint.yml"

// Config is the configuration file's content, and the golangci-lint plugin's
// settings: the same keys as the flags.
//
//	regions: [us-west-2, eu-west-1]   # -regions
//	checks:                           # -<check>=true|false
//	  linklocal: false
//	settings:                         # -<check>.<flag>
//	  ipv4endpoint:
//	    all: true
//	env:                              # -env KEY=VALUE
//	  AWS_USE_DUALSTACK_ENDPOINT: true
type Config struct {
	Regions  []string                  `yaml:"regions" json:"regions"`
	Checks   map[string]bool           `yaml:"checks" json:"checks"`
	Settings map[string]map[string]any `yaml:"settings" json:"settings"`
	Env      EnvSettings               `yaml:"env" json:"env"`
}

// LoadConfig reads a configuration file strictly: unknown keys and
// malformed values are errors naming the file and line.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) { // io.EOF: an empty file
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("%s: %s", path, strings.Join(te.Errors, "; "))
		}
		return nil, fmt.Errorf("%s: %v", path, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if err := c.check(path); err != nil {
		return nil, err
	}
	return &c, nil
}

// DecodeSettings decodes plugin settings (already parsed YAML, as golangci-lint
// passes them) strictly.
func DecodeSettings(settings any) (*Config, error) {
	var c Config
	if settings == nil {
		return &c, nil
	}
	data, err := json.Marshal(settings)
	if err != nil {
		return nil, fmt.Errorf("dualstacklint settings: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("dualstacklint settings: %v", err)
	}
	if err := c.check("dualstacklint settings"); err != nil {
		return nil, err
	}
	return &c, nil
}

// check validates names and values without applying anything.
func (c *Config) check(where string) error {
	for name := range c.Checks {
		if findCheck(name) == nil {
			return fmt.Errorf("%s: checks: unknown check %q (checks: %s)", where, name, checkNames())
		}
	}
	for name, flags := range c.Settings {
		a := findCheck(name)
		if a == nil {
			return fmt.Errorf("%s: settings: unknown check %q (checks: %s)", where, name, checkNames())
		}
		for key := range flags {
			if a.Flags.Lookup(key) == nil {
				return fmt.Errorf("%s: settings.%s: unknown setting %q", where, name, key)
			}
		}
	}
	if len(c.Regions) > 0 {
		var r awssdk.RegionList
		if err := r.Set(strings.Join(c.Regions, ",")); err != nil {
			return fmt.Errorf("%s: regions: %v", where, err)
		}
	}
	return nil
}

// Apply sets the flags the configuration names and returns the analyzers to
// run: the suite, without the checks it turns off (or with only those it
// turns on, when it turns any on).
func (c *Config) Apply() ([]*analysis.Analyzer, error) {
	if err := c.Env.apply(); err != nil {
		return nil, err
	}
	if len(c.Regions) > 0 {
		if err := awssdk.Regions.Set(strings.Join(c.Regions, ",")); err != nil {
			return nil, fmt.Errorf("regions: %v", err)
		}
	}
	for name, flags := range c.Settings {
		a := findCheck(name)
		for key, value := range flags {
			if err := a.Flags.Set(key, fmt.Sprint(value)); err != nil {
				return nil, fmt.Errorf("settings.%s.%s: %v", name, key, err)
			}
		}
	}
	return c.Select(Suite), nil
}

// Select applies the checks: map to a list of analyzers (the ignore
// analyzer always stays).
func (c *Config) Select(all []*analysis.Analyzer) []*analysis.Analyzer {
	anyOn := false
	for _, on := range c.Checks {
		anyOn = anyOn || on
	}
	var out []*analysis.Analyzer
	for _, a := range all {
		on, set := c.Checks[a.Name]
		switch {
		case a.Name == "ignore":
		case anyOn && !on:
			continue
		case set && !on:
			continue
		}
		out = append(out, a)
	}
	return out
}

// FindConfig returns the configuration file of the module containing dir,
// or "" when there is none.
func FindConfig(dir string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, ConfigFile)
			if _, err := os.Stat(p); err == nil {
				return p
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func findCheck(name string) *analysis.Analyzer {
	for _, a := range Checks {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func checkNames() string {
	var names []string
	for _, a := range Checks {
		names = append(names, a.Name)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}
