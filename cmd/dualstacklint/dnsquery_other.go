//go:build !unix

package main

import (
	"errors"
	"net/netip"
	"time"
)

// exchange is only implemented on Unix: see dnsquery_unix.go.
func exchange(netip.AddrPort, []byte, uint16, time.Duration) ([]byte, error) {
	return nil, errors.New("endpoints -resolve is not supported on this operating system")
}
