package plan

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/endpoints"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/settings"
)

// A view is a client as built from one of its configs (nil: all of them).
type view struct {
	cl  *awssdk.Client
	cfg *awssdk.Config
}

// clientView is what every decision about a client needs, computed once.
type clientView struct {
	cl      *awssdk.Client // as built from the view's config
	eff     awssdk.Settings
	ds      awssdk.Setting // the effective dual-stack switch
	cov     dualstack.Coverage
	already bool // its usual endpoint is dual-stack already
	// env: the deployment's AWS_USE_DUALSTACK_ENDPOINT=true (-env) reaches
	// the client and switches dual-stack on: its config reads the
	// environment and the code leaves the switch unset.
	env bool
}

func (d *decider) view(cl *awssdk.Client, cfg *awssdk.Config) *clientView {
	k := view{cl, cfg}
	if v := d.views[k]; v != nil {
		return v
	}
	u := cl.Under(cfg)
	eff := u.Effective()
	v := &clientView{cl: u, eff: eff, ds: u.DualStack()}
	v.cov = dualstack.ClientCoverage(d.res, u, &eff)
	v.already = dualstack.AlreadyDualStack(d.res, u.Service, &eff)
	v.env = d.envOn() && u.Origin == awssdk.FromConfig && !eff.Opaque && v.ds.State == sdk.Unset
	d.views[k] = v
	return v
}

func (d *decider) decide() {
	atConfig := map[*awssdk.Config]bool{}
	for _, cfg := range d.res.Configs {
		if d.reportedAtConfig(cfg) {
			atConfig[cfg] = true
			d.configFinding(cfg)
		}
		d.configBreak(cfg)
	}
	for _, cl := range d.res.Clients {
		d.clientFinding(cl, atConfig)
		d.clientBreaks(cl)
	}
}

// needsDualStack reports whether a client ends up without dual-stack
// although the code could switch it on: not opted in, nothing hidden, no
// custom endpoint (dual-stack would break it), and its usual endpoint is not
// dual-stack already.
func (d *decider) needsDualStack(v *clientView) bool {
	if v.env {
		return false // the deployment switches it on
	}
	if v.eff.Opaque || v.eff.CustomEndpoint != nil || v.cl.Origin == awssdk.FromOpaque || v.already {
		return false
	}
	return v.ds.State == sdk.Unset || v.ds.State == sdk.Disabled
}

// configBlocker says why a config's dual-stack decision cannot be made (and
// fixed) at the config as a whole, "" when it can: it does not escape, and
// every client built from it is in its function, visible, without a custom
// endpoint and, unless it sets dual-stack itself, covered in its regions.
func (d *decider) configBlocker(cfg *awssdk.Config) string {
	switch {
	case cfg.Opaque:
		return "its options are not all visible here"
	case cfg.Escape != nil:
		return "it " + cfg.EscapeWhy
	case cfg.CustomEndpoint != nil:
		return "it sets a custom endpoint, which dual-stack would break"
	case len(cfg.Clients) == 0:
		return "its clients are not all visible here"
	}
	for _, cl := range cfg.Clients {
		v := d.view(cl, cfg)
		switch {
		case v.cl.File != cfg.File || v.cl.Func != cfg.Func:
			return "a client built from it is in another function"
		case v.eff.Opaque:
			return msgOptionsHidden(cl.Service)
		case v.eff.CustomEndpoint != nil:
			return msgClientCustom(cl.Service)
		}
		if v.cl.Own.DualStack.Node != nil && v.cl.Own.DualStack.State != sdk.Unset || v.already {
			continue // the client decides for itself, or needs nothing
		}
		if !v.cov.OK() {
			return v.cov.Why()[len("no fix: "):]
		}
	}
	return ""
}

// configState is a config's own dual-stack switch: Unknown when options the
// analysis cannot see are passed.
func configState(cfg *awssdk.Config) sdk.State {
	if cfg.Opaque {
		return sdk.Unknown
	}
	if cfg.DualStack.Node == nil {
		return sdk.Unset
	}
	return cfg.DualStack.State
}

// reportedAtConfig reports whether the config is where the decision is
// reported (its clients are then not reported again): an explicit
// Disabled, a config that escapes, or one whose clients are best switched
// on together.
func (d *decider) reportedAtConfig(cfg *awssdk.Config) bool {
	if cfg.CustomEndpoint != nil && cfg.CustomKind == awssdk.BaseEndpoint {
		// Every client goes to that endpoint (a mock, a local server):
		// dual-stack is irrelevant, and dualstackbreak reports it if set.
		return false
	}
	switch configState(cfg) {
	case sdk.Disabled:
		return cfg.Escape != nil || len(cfg.Clients) > 0
	case sdk.Unset:
		if d.envOn() {
			return false // the deployment switches it on; its clients are decided one by one
		}
		if cfg.Escape != nil {
			return true
		}
		for _, cl := range cfg.Clients {
			if v := d.view(cl, cfg); d.needsDualStack(v) && v.ds.State == sdk.Unset {
				return d.configBlocker(cfg) == ""
			}
		}
	}
	return false
}

// configFinding reports a config (v2) or session (v1) at its call.
func (d *decider) configFinding(cfg *awssdk.Config) {
	// The clients the decision leaves without dual-stack (not those that
	// switch it on themselves, e.g. with S3's deprecated UseDualstack).
	var without []*awssdk.Client
	for _, cl := range cfg.Clients {
		if v := d.view(cl, cfg); v.ds.State != sdk.Enabled && !v.already {
			without = append(without, cl)
		}
	}
	w := configWords(d.pass, cfg)
	built := builtFrom(without)
	var n ast.Node = cfg.Call
	var msg string
	offer := false
	switch {
	case configState(cfg) == sdk.Disabled:
		n = cfg.DualStack.Node
		switch blocker := d.configBlocker(cfg); {
		case cfg.Escape != nil:
			msg = msgConfigDisabledEscapes(w, cfg.EscapeWhy)
		case blocker != "":
			msg = msgConfigDisabled(built) + "; no fix: " + blocker
		default:
			msg = msgConfigDisabled(built)
			offer = true
		}
	case cfg.Escape != nil:
		msg = msgConfigEscapes(w, cfg.EscapeWhy)
	default:
		msg = msgConfigWithout(w, built, len(without))
		offer = true
	}
	var fix *analysis.SuggestedFix
	if offer {
		if cfg.V1 && cfg.V1Chain && len(cfg.V1Lits) == 0 && cfg.DualStack.State != sdk.Disabled {
			msg += msgNoV1Setter
		} else if f, ok := d.enableConfig(cfg); ok {
			fix = &f
		}
	}
	if i := d.report(Config, cfg.File, n, msg+w.suffix, fix); i >= 0 {
		d.byConfig[cfg] = i
	}
}

func (d *decider) enableConfig(cfg *awssdk.Config) (analysis.SuggestedFix, bool) {
	if cfg.V1 {
		return dualstack.EnableV1(d.pass, cfg.File, cfg.Call, &cfg.Settings, cfg.V1Lits, cfg.V1Chain, cfg.V1Options, fixSession)
	}
	return dualstack.EnableConfig(d.pass, cfg)
}

// clientFinding reports a client without dual-stack whose decision is not
// reported at one of its configs.
func (d *decider) clientFinding(cl *awssdk.Client, atConfig map[*awssdk.Config]bool) {
	v := d.view(cl, nil)
	if !d.needsDualStack(v) {
		return
	}
	ds := v.ds
	explicit := ds.State == sdk.Disabled && (cl.Own.DualStack.Node != nil || cl.Origin == awssdk.FromOptions)
	if explicit && d.envOn() && cl.Origin == awssdk.FromConfig && d.envBreaks(v) != "" {
		return // the opt-out the deployment's variable needs
	}
	if !explicit {
		if ds.State == sdk.Disabled {
			return // disabled by the config: reported there
		}
		if cl.Config != nil && atConfig[cl.Config] {
			return // reported once, at the config
		}
		for _, alt := range cl.Alternatives {
			if atConfig[alt] {
				return
			}
		}
	}
	e := v.eff
	host := ""
	if e.Region != "" {
		if ep, err := endpoints.DualStack(cl.Service, e.Region, e.FIPS.State == sdk.Enabled); err == nil && ep.IPv4 != "" {
			host = ep.IPv4
		}
	}
	var n ast.Node = cl.Call
	var msg string
	reads := true // the client reads AWS_USE_DUALSTACK_ENDPOINT
	switch {
	case explicit:
		n = ds.Node
		msg = msgClientDisabled(cl.Service, host)
	case cl.Origin == awssdk.FromLiteral:
		msg = msgClientLiteral(cl.Service, host)
		reads = false
	case cl.Origin == awssdk.FromOptions:
		msg = msgClientOptions(cl.Service, host)
		reads = false
	default:
		msg = msgClientWithout(cl.Service, host)
	}
	c := v.cov
	setting := clientSetting(cl)
	var fix *analysis.SuggestedFix
	switch {
	case c.V1Global != "":
		msg += "; " + c.Why()
	case !c.OK() && (c.Constant || c.Nowhere):
		// Switching dual-stack on would not help: say so instead of
		// advising it.
		if explicit {
			msg += "; " + c.Why()
		} else {
			msg += msgNoEndpoint(c)
		}
	case !c.OK():
		if !explicit {
			msg += msgSet(reads, setting)
		}
		msg += "; " + c.Why()
	case cl.V1 && cl.V1Chain && len(cl.V1Lits) == 0 && !explicit:
		msg += msgSet(reads, setting) + msgNoV1Setter
	default:
		if !explicit {
			msg += msgSet(reads, setting)
		}
		var f analysis.SuggestedFix
		ok := false
		if cl.V1 {
			f, ok = dualstack.EnableV1(d.pass, cl.File, cl.Call, &cl.Own, cl.V1Lits, cl.V1Chain, nil, fixClient)
		} else {
			f, ok = dualstack.EnableClient(d.pass, cl)
		}
		if ok {
			fix = &f
		}
	}
	if i := d.report(Client, cl.File, n, msg, fix); i >= 0 {
		d.byClient[cl] = i
	}
}

// configBreak reports dual-stack and a custom endpoint both set on a config.
func (d *decider) configBreak(cfg *awssdk.Config) {
	if cfg.Opaque {
		return
	}
	for _, alt := range cfg.Alts {
		if alt.DualStack.State == sdk.Enabled && alt.CustomEndpoint != nil {
			i := d.reportCustom(cfg.File, alt.CustomEndpoint, alt.CustomKind, "", cfg.V1, alt.DualStack.Node)
			for _, cl := range cfg.Clients {
				d.breakAt(cl, i)
			}
			return
		}
	}
}

// clientBreaks reports what makes a client's requests fail: dual-stack with
// a custom endpoint on one path, in a region or partition without a
// dual-stack endpoint, S3 Accelerate where it cannot work.
func (d *decider) clientBreaks(cl *awssdk.Client) {
	v := d.view(cl, nil)
	e := v.eff
	fips := e.FIPS.State == sdk.Enabled
	if cl.Service == "dynamodb" {
		for _, b := range e.BaseEndpoints {
			if s, ok := sdk.StringConst(d.pass.TypesInfo, b); ok {
				if h, err := endpoints.ParseHost(s); err == nil && h.Service == "dynamodb" && h.IsDualStack {
					d.breakAt(cl, d.report(Break, cl.File, b, msgDynamoDBBaseEndpoint(h.Host), nil))
				}
			}
		}
	}
	if cl.Service == "s3" && e.Accelerate.State == sdk.Enabled {
		if fips && !cl.V1 {
			d.breakAt(cl, d.report(Break, cl.File, e.Accelerate.Node, msgAccelFIPS(cl.V1), nil))
		}
		if p, ok := endpoints.PartitionOf(e.Region); ok && p.ID == "aws-cn" {
			d.breakAt(cl, d.report(Break, cl.File, e.Accelerate.Node, msgAccelChina(e.Region, cl.V1), nil))
		}
	}
	// A custom endpoint with dual-stack, on one path: settings of
	// different paths never apply together.
	for _, p := range cl.Paths {
		pe := p.Effective()
		if pe.Opaque || pe.CustomEndpoint == nil || pe.DualStack.State != sdk.Enabled && !(legacyOn(cl, &pe)) {
			continue
		}
		ds := pe.DualStack.Node
		if pe.DualStack.State != sdk.Enabled {
			ds = pe.LegacyDualStack.Node
		}
		// Both set on the config: reported there once.
		if p.Config != nil && pe.CustomEndpoint == p.Config.CustomEndpoint && ds == p.Config.DualStack.Node {
			return
		}
		d.breakAt(cl, d.reportCustom(cl.File, pe.CustomEndpoint, pe.CustomKind, cl.Service, cl.V1, ds))
		return
	}
	if v.env {
		d.envBreak(v)
		return
	}
	ds := v.ds
	if ds.State != sdk.Enabled || e.CustomEndpoint != nil {
		return
	}
	if host := dualstack.V1Global[cl.Service]; cl.V1 && host != "" {
		d.breakAt(cl, d.report(Break, cl.File, cl.Call, msgV1Global(d.line(ds.Node), cl.Service, host), nil))
		return
	}
	if e.Region == "" {
		return // the -regions flag decides fixes, not breakage
	}
	ep, err := endpoints.DualStack(cl.Service, e.Region, fips)
	if err != nil {
		return // a region or service the data does not know: not a claim to make
	}
	switch ep.Confidence {
	case endpoints.None:
		d.breakAt(cl, d.report(Break, cl.File, cl.Call, msgBreakNone(d.line(ds.Node), cl.Service, e.Region, ep.Reason), nil))
	case endpoints.Derived:
		d.breakAt(cl, d.report(Break, cl.File, cl.Call, msgBreakDerived(d.line(ds.Node), cl.Service, e.Region, ep.DualStack), nil))
	}
}

// legacyOn reports whether S3's deprecated switch turns dual-stack on for a
// client on a path.
func legacyOn(cl *awssdk.Client, e *awssdk.Settings) bool {
	return e.DualStack.Node == nil && e.LegacyDualStack.State == sdk.Enabled && (cl.Service == "s3" || cl.Service == "s3control")
}

func (d *decider) reportCustom(file *ast.File, custom ast.Node, kind awssdk.CustomKind, service string, v1 bool, ds ast.Node) int {
	if msg := msgCustom(kind, service, v1, d.line(ds)); msg != "" {
		return d.report(Break, file, custom, msg, nil)
	}
	return -1
}

// breakAt records that finding i says what breaks cl.
func (d *decider) breakAt(cl *awssdk.Client, i int) {
	if _, ok := d.breaks[cl]; !ok && i >= 0 {
		d.breaks[cl] = i
	}
}

// envOn reports whether the deployment sets AWS_USE_DUALSTACK_ENDPOINT=true.
func (d *decider) envOn() bool { return settings.Deployment.DualStack == settings.Enabled }

// envBreaks says why the deployment's AWS_USE_DUALSTACK_ENDPOINT=true makes
// a client's requests fail, "" when it does not: a custom BaseEndpoint
// (v2), no verified dual-stack endpoint in a target region, or a partition
// without dual-stack.
func (d *decider) envBreaks(v *clientView) string {
	e := v.eff
	switch {
	case e.CustomEndpoint != nil && e.CustomKind == awssdk.BaseEndpoint && !v.cl.V1:
		return msgEnvCustom(v.cl.Service)
	case e.CustomEndpoint != nil:
		return "" // v1 Endpoint and legacy resolvers ignore dual-stack
	case v.already || v.cov.OK():
		return ""
	}
	return v.cov.Why()[len("no fix: "):]
}

// envBreak reports a client the deployment's variable breaks, with the fix
// that opts it out explicitly.
func (d *decider) envBreak(v *clientView) {
	why := d.envBreaks(v)
	if why == "" {
		return
	}
	cl := v.cl
	msg := msgEnvBreaks(cl.Service, why)
	var fix *analysis.SuggestedFix
	var f analysis.SuggestedFix
	ok := false
	switch {
	case cl.V1 && cl.V1Chain && len(cl.V1Lits) == 0:
		msg += msgNoV1Setter
	case cl.V1:
		f, ok = dualstack.DisableV1(d.pass, cl)
	default:
		f, ok = dualstack.DisableClient(d.pass, cl)
	}
	if ok {
		fix = &f
	}
	d.breakAt(cl, d.report(Break, cl.File, cl.Call, msg, fix))
}
