package dualstack

import (
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// NeedsDualStack reports whether a client ends up without dual-stack
// although the code could switch it on: not opted in, nothing hidden, no
// custom endpoint (dual-stack would break it), and its usual endpoint is not
// dual-stack already.
func NeedsDualStack(res *awssdk.Result, cl *awssdk.Client) bool {
	e := cl.Effective()
	if e.Opaque || e.CustomEndpoint != nil || cl.Origin == awssdk.FromOpaque || AlreadyDualStack(res, cl) {
		return false
	}
	st := cl.DualStack().State
	return st == sdk.Unset || st == sdk.Disabled
}

// ConfigDecides reports whether a config's dual-stack decision is reported
// (and fixed) at the config rather than at each client: it does not escape,
// and every client built from it is in its function, visible, without a
// custom endpoint and, unless it sets dual-stack itself, covered in its
// regions.
func ConfigDecides(res *awssdk.Result, cfg *awssdk.Config) bool {
	if cfg.Opaque || cfg.Escape != nil || cfg.CustomEndpoint != nil || len(cfg.Clients) == 0 {
		return false
	}
	for _, cl := range cfg.Clients {
		cl = cl.Under(cfg)
		e := cl.Effective()
		if cl.File != cfg.File || cl.Func != cfg.Func || e.Opaque || e.CustomEndpoint != nil {
			return false
		}
		if cl.Own.DualStack.Node != nil && cl.Own.DualStack.State != sdk.Unset || AlreadyDualStack(res, cl) {
			continue // the client decides for itself, or needs nothing
		}
		if !ClientCoverage(res, cl).OK() {
			return false
		}
	}
	return true
}

// ConfigState is a config's own dual-stack switch: Unknown when options the
// analysis cannot see are passed.
func ConfigState(cfg *awssdk.Config) sdk.State {
	if cfg.Opaque {
		return sdk.Unknown
	}
	if cfg.DualStack.Node == nil {
		return sdk.Unset
	}
	return cfg.DualStack.State
}

// ReportedAtConfig reports whether dualstackconfig reports cfg, so that its
// clients are not reported again: an explicit Disabled, a config that
// escapes, or one whose clients are best switched on together.
func ReportedAtConfig(res *awssdk.Result, cfg *awssdk.Config) bool {
	if cfg.CustomEndpoint != nil && cfg.CustomKind == awssdk.BaseEndpoint {
		// Every client goes to that endpoint (a mock, a local server):
		// dual-stack is irrelevant, and dualstackbreak reports it if set.
		return false
	}
	switch ConfigState(cfg) {
	case sdk.Disabled:
		return cfg.Escape != nil || len(cfg.Clients) > 0
	case sdk.Unset:
		if cfg.Escape != nil {
			return true
		}
		for _, cl := range cfg.Clients {
			if cl = cl.Under(cfg); NeedsDualStack(res, cl) && cl.DualStack().State == sdk.Unset {
				return ConfigDecides(res, cfg)
			}
		}
	}
	return false
}

// Services lists the distinct services of clients, in order.
func Services(clients []*awssdk.Client) []string {
	var out []string
	seen := map[string]bool{}
	for _, cl := range clients {
		if !seen[cl.Service] {
			seen[cl.Service] = true
			out = append(out, cl.Service)
		}
	}
	return out
}
