// Package dualstack holds what the dualstackconfig, dualstackclient and
// dualstackbreak checks share: which clients are safe to switch to
// dual-stack (every target region has a verified endpoint), where a
// decision is reported (at the config or at each client), and the fixes that
// switch it on.
package dualstack
