package gclplugin

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/dualstacklint/dualstacklint/analyzer"
)

// Name is the linter's name in golangci-lint: the key under
// linters.settings.custom, the name to enable and the one //nolint
// directives use.
const Name = "dualstacklint"

func init() {
	register.Plugin(Name, New)
}

// plugin is the dualstacklint linter as golangci-lint sees it.
type plugin struct {
	analyzers []*analysis.Analyzer
}

var _ register.LinterPlugin = (*plugin)(nil)

// New decodes the plugin settings strictly (the keys of the configuration
// file: regions, checks, settings), applies them to the suite's flags and
// returns the linter. Unknown keys, regions, checks and settings are errors.
func New(settings any) (register.LinterPlugin, error) {
	c, err := analyzer.DecodeSettings(settings)
	if err != nil {
		return nil, err
	}
	analyzers, err := c.Apply()
	if err != nil {
		return nil, err
	}
	return &plugin{analyzers: analyzers}, nil
}

// BuildAnalyzers returns the suite's analyzers the settings select: the
// checks, which honour //dualstacklint:ignore directives, and the ignore
// analyzer, which reports malformed or unused ones.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode is typesinfo: the checks need type information to recognise
// the AWS SDK.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
