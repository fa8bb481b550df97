package plan

import (
	"github.com/dualstacklint/dualstacklint/internal/report"
	"github.com/dualstacklint/dualstacklint/passes/awssdk"
	"github.com/dualstacklint/dualstacklint/passes/internal/dualstack"
	"github.com/dualstacklint/dualstacklint/passes/internal/sdk"
)

// sites classes every client construction for the readiness report, from
// the decisions already made: the class follows the finding where there is
// one.
func (d *decider) sites() {
	attached := map[*awssdk.Config]bool{}
	for _, cl := range d.res.Clients {
		if dualstack.Skip(d.pass, cl.File) {
			continue
		}
		v := d.view(cl, nil)
		s := Site{Pos: cl.Call.Pos(), Service: cl.Service, Regions: v.eff.Regions}
		f, hasFinding := d.finding(cl)
		if cl.Config != nil {
			attached[cl.Config] = true
		}
		for _, alt := range cl.Alternatives {
			attached[alt] = true
		}
		switch i, broken := d.breaks[cl]; {
		case broken:
			s.Class = report.ClassBreaks
			f, hasFinding = d.plan.findings[i], true
		case v.eff.Opaque || cl.Origin == awssdk.FromOpaque:
			s.Class, s.Message = report.ClassUnknown, msgSiteOpaque
		case v.eff.CustomEndpoint != nil:
			s.Class, s.Message = report.ClassUnknown, msgSiteCustom
		case v.already:
			s.Class, s.Message = report.ClassReady, msgSiteAlready
		case !v.cov.OK():
			s.Class, s.Message = report.ClassBlocked, v.cov.Why()[len("no fix: "):]
		case v.ds.State == sdk.Enabled:
			s.Class, s.Message = report.ClassReady, msgSiteEnabled
		case v.env:
			s.Class, s.Message = report.ClassReady, msgSiteEnvOn
		case cl.Origin == awssdk.FromConfig && v.ds.State == sdk.Unset:
			s.Class, s.Message = report.ClassEnv, msgSiteEnv
		case hasFinding && len(f.diag.SuggestedFixes) > 0:
			s.Class = report.ClassFix
		default:
			s.Class = report.ClassCode
		}
		if hasFinding {
			s.Check, s.Message, s.Fix = f.check, f.diag.Message, len(f.diag.SuggestedFixes) > 0
		}
		d.plan.Sites = append(d.plan.Sites, s)
	}
	// Configs and sessions reported where their clients are not visible.
	for _, cfg := range d.res.Configs {
		i, ok := d.byConfig[cfg]
		if !ok || attached[cfg] {
			continue
		}
		f := d.plan.findings[i]
		class := report.ClassCode
		if len(f.diag.SuggestedFixes) > 0 {
			class = report.ClassFix
		}
		d.plan.Sites = append(d.plan.Sites, Site{Pos: cfg.Call.Pos(), Class: class, Check: f.check, Message: f.diag.Message, Fix: class == report.ClassFix})
	}
}

// finding returns the finding that reports a client's dual-stack decision:
// its own, or its config's.
func (d *decider) finding(cl *awssdk.Client) (finding, bool) {
	if i, ok := d.byClient[cl]; ok {
		return d.plan.findings[i], true
	}
	for _, cfg := range append([]*awssdk.Config{cl.Config}, cl.Alternatives...) {
		if i, ok := d.byConfig[cfg]; ok && cfg != nil {
			return d.plan.findings[i], true
		}
	}
	return finding{}, false
}
