// Package gclplugin is dualstacklint as a golangci-lint v2 module plugin.
//
// Importing the package registers one linter, dualstacklint, which runs
// every check of the suite (the same analyzers as the standalone binary,
// honouring //dualstacklint:ignore directives, plus the ignore analyzer).
// golangci-lint reports all of them under the one linter name, so
// //nolint:dualstacklint suppresses a finding as well as
// //dualstacklint:ignore <check> <reason> does; -fix applies the same fixes
// as dualstacklint -fix.
//
// Build a custom golangci-lint with it, from a .custom-gcl.yml:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/dualstacklint/dualstacklint
//	    import: github.com/dualstacklint/dualstacklint/gclplugin
//	    version: v0.1.0   # a released version, or path: ./local/checkout
//
// then `golangci-lint custom` writes ./custom-gcl. Enable the linter in
// .golangci.yml:
//
//	version: "2"
//	linters:
//	  default: none
//	  enable:
//	    - dualstacklint
//	  settings:
//	    custom:
//	      dualstacklint:
//	        type: module
//	        description: AWS SDK for Go code that fails on IPv6-only networks
//	        settings:
//	          regions: [us-west-2]
//	          checks:
//	            linklocal: false
//	          settings:
//	            ipv4endpoint:
//	              all: true
//	          env:
//	            AWS_USE_DUALSTACK_ENDPOINT: true
//
// The settings take the keys of the .dualstacklint.yml configuration file
// (see [analyzer.Config]) and are decoded strictly: an unknown key, region,
// check or check setting stops golangci-lint with an error. Without
// settings, the linter runs every check with the default target regions.
//
// The settings set package-level flags of the suite: one golangci-lint
// process runs one dualstacklint configuration.
package gclplugin
