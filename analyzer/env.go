package analyzer

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"reflect"
	"slices"

	"go.yaml.in/yaml/v3"

	"github.com/dualstacklint/dualstacklint/passes/awssdk"
)

// EnvSettings is the env key of the configuration file and plugin settings:
// what the deployment sets, as -env KEY=VALUE flags do.
//
//	env:
//	  AWS_USE_DUALSTACK_ENDPOINT: true
//	  AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: IPv6
//
// Keys and values are validated while decoding, so that a YAML error names
// the line.
type EnvSettings map[string]string

// envFlag is the -env flag's value, held by awssdk.Analyzer.
func envFlag() flag.Value { return awssdk.Analyzer.Flags.Lookup("env").Value }

// checkEnv validates one KEY=VALUE on a fresh value of the flag's type, so
// that a configuration is checked before anything is applied. (The type
// lives under passes/internal, out of this package's reach by name.)
func checkEnv(key, value string) error {
	fresh := reflect.New(reflect.TypeOf(envFlag()).Elem()).Interface().(flag.Value)
	return fresh.Set(key + "=" + value)
}

func (e *EnvSettings) UnmarshalYAML(node *yaml.Node) error {
	if node.Kind == yaml.ScalarNode && node.Tag == "!!null" {
		return nil
	}
	if node.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: env: want a mapping of KEY: VALUE", node.Line)
	}
	m := EnvSettings{}
	for i := 0; i+1 < len(node.Content); i += 2 {
		k, v := node.Content[i], node.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			return fmt.Errorf("line %d: env.%s: want a value, not a list or mapping", v.Line, k.Value)
		}
		value := v.Value
		if v.Tag == "!!null" {
			value = ""
		}
		if err := checkEnv(k.Value, value); err != nil {
			return fmt.Errorf("line %d: env: %v", k.Line, err)
		}
		m[k.Value] = value
	}
	*e = m
	return nil
}

// UnmarshalJSON decodes plugin settings: golangci-lint hands over parsed
// YAML, where true and false are booleans.
func (e *EnvSettings) UnmarshalJSON(data []byte) error {
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("env: want a mapping of KEY: VALUE")
	}
	m := EnvSettings{}
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		var value string
		switch v := raw[k].(type) {
		case string:
			value = v
		case bool:
			value = fmt.Sprint(v)
		case nil:
		default:
			return fmt.Errorf("env.%s: want a string, got %v", k, v)
		}
		if err := checkEnv(k, value); err != nil {
			return fmt.Errorf("env: %v", err)
		}
		m[k] = value
	}
	*e = m
	return nil
}

// apply sets the -env flag from the settings; flags given later win.
func (e EnvSettings) apply() error {
	for _, k := range slices.Sorted(maps.Keys(e)) {
		if err := envFlag().Set(k + "=" + e[k]); err != nil {
			return fmt.Errorf("env: %v", err)
		}
	}
	return nil
}
