// Package settings holds what the deployment sets that the analysis must
// know (-env): the environment variables of the AWS SDKs that change which
// endpoint a client reaches. It parses them as the SDKs do, so that a value
// the SDK rejects (and fails LoadDefaultConfig on) is rejected here too.
package settings

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// The environment variables -env accepts.
const (
	// UseDualStack is read by aws-sdk-go-v2's config.LoadDefaultConfig and
	// aws-sdk-go's sessions: "true" or "false", in any case; any other
	// non-empty value is an error.
	UseDualStack = "AWS_USE_DUALSTACK_ENDPOINT"
	// IMDSEndpointMode selects the address the SDKs' IMDS clients use:
	// "IPv4" or "IPv6", in any case, spaces trimmed.
	IMDSEndpointMode = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"
)

// Keys are the supported keys, sorted.
var Keys = []string{IMDSEndpointMode, UseDualStack}

// State is a deployment's value of a two-valued setting.
type State int8

const (
	Unset State = iota // the deployment does not set it (or sets it empty)
	Enabled
	Disabled
)

// IMDSMode is the deployment's AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE.
type IMDSMode int8

const (
	IMDSUnset IMDSMode = iota
	IMDSIPv4
	IMDSIPv6
)

// Env is what the deployment sets. The zero Env sets nothing: the analysis
// then assumes nothing about the environment.
type Env struct {
	DualStack State    // AWS_USE_DUALSTACK_ENDPOINT
	IMDSMode  IMDSMode // AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE
}

// Usage is the -env flag's usage text.
const Usage = "what the deployment's environment sets, as `KEY=VALUE` (repeatable, or comma-separated): " +
	UseDualStack + "=true|false, " + IMDSEndpointMode + "=IPv4|IPv6"

// Deployment is the -env flag: what the environment of the code's
// deployment sets. It is registered on awssdk.Analyzer (so that go vet,
// nogo's analyzer_flags and the suite's -env set it) and read by the
// analysis.
var Deployment Env

// Set parses one KEY=VALUE, or several separated by commas (no accepted
// value contains one), as the flag.Value of a repeatable flag: each call
// sets the keys it names and keeps the others. An empty value unsets the
// key, as an empty environment variable is ignored by the SDKs.
func (e *Env) Set(s string) error {
	next := *e
	for kv := range strings.SplitSeq(s, ",") {
		key, value, ok := strings.Cut(kv, "=")
		if !ok {
			return fmt.Errorf("%q is not KEY=VALUE (keys: %s)", kv, strings.Join(Keys, ", "))
		}
		if err := next.set(key, value); err != nil {
			return err
		}
	}
	*e = next
	return nil
}

// set sets one key, parsing its value as the SDKs do (config/env_config.go
// of aws-sdk-go-v2 and aws/session/env_config.go of aws-sdk-go).
func (e *Env) set(key, value string) error {
	switch key {
	case UseDualStack:
		// No trimming: the SDKs compare the raw value.
		switch {
		case value == "":
			e.DualStack = Unset
		case strings.EqualFold(value, "true"):
			e.DualStack = Enabled
		case strings.EqualFold(value, "false"):
			e.DualStack = Disabled
		default:
			return fmt.Errorf("%s=%s: need true or false (the AWS SDKs fail on any other value)", key, value)
		}
	case IMDSEndpointMode:
		switch v := strings.TrimSpace(value); {
		case v == "":
			e.IMDSMode = IMDSUnset
		case strings.EqualFold(v, "IPv4"):
			e.IMDSMode = IMDSIPv4
		case strings.EqualFold(v, "IPv6"):
			e.IMDSMode = IMDSIPv6
		default:
			return fmt.Errorf("%s=%s: need IPv4 or IPv6 (the AWS SDKs fail on any other value)", key, value)
		}
	default:
		for _, k := range Keys {
			if strings.EqualFold(k, key) {
				return fmt.Errorf("unknown key %q: environment variables are case-sensitive; did you mean %s?", key, k)
			}
		}
		return fmt.Errorf("unknown key %q (keys: %s)", key, strings.Join(Keys, ", "))
	}
	return nil
}

// Map returns the keys set, with their values spelled canonically.
func (e *Env) Map() map[string]string {
	m := map[string]string{}
	switch e.DualStack {
	case Enabled:
		m[UseDualStack] = "true"
	case Disabled:
		m[UseDualStack] = "false"
	}
	switch e.IMDSMode {
	case IMDSIPv4:
		m[IMDSEndpointMode] = "IPv4"
	case IMDSIPv6:
		m[IMDSEndpointMode] = "IPv6"
	}
	return m
}

// String returns the keys set as KEY=VALUE,... in key order: a value Set
// parses back to the same Env.
func (e *Env) String() string {
	if e == nil {
		return ""
	}
	m := e.Map()
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, k+"="+m[k])
	}
	return strings.Join(parts, ",")
}
