package main

import (
	"bufio"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"strings"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// The endpoints -resolve lookups. The linter itself never resolves; this
// subcommand does, with a small stub resolver over its own UDP socket: the
// binary stays free of package net (see startup_test.go), which would pull
// in the cgo resolver and slow every go vet start-up.

// errNoAnswer wraps every failure to get a DNS answer: offline, timeout,
// refused, garbled reply.
var errNoAnswer = errors.New("could not resolve")

// lookup is one name's A and AAAA answers.
type lookup struct {
	Name   string   `json:"name"`
	Exists bool     `json:"exists"` // NOERROR (possibly without records) rather than NXDOMAIN
	A      []string `json:"a"`
	AAAA   []string `json:"aaaa"`
	Error  string   `json:"error,omitempty"`
}

// resolver asks one nameserver over UDP.
type resolver struct {
	server  netip.AddrPort
	timeout time.Duration
	id      uint16
}

// defaultNameserver is the first nameserver of /etc/resolv.conf.
func defaultNameserver() (string, error) {
	f, err := os.Open("/etc/resolv.conf")
	if err != nil {
		return "", fmt.Errorf("%w: no nameserver given and %v", errNoAnswer, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fs := strings.Fields(sc.Text()); len(fs) >= 2 && fs[0] == "nameserver" {
			return fs[1], nil
		}
	}
	return "", fmt.Errorf("%w: no nameserver in /etc/resolv.conf", errNoAnswer)
}

// parseNameserver accepts ADDR or ADDR:PORT ([v6]:port for IPv6).
func parseNameserver(s string) (netip.AddrPort, error) {
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap, nil
	}
	a, err := netip.ParseAddr(strings.Trim(s, "[]"))
	if err != nil {
		return netip.AddrPort{}, fmt.Errorf("nameserver %q is not an IP address or ADDR:PORT", s)
	}
	return netip.AddrPortFrom(a, 53), nil
}

// lookup asks for A and AAAA records of name.
func (r *resolver) lookup(name string) lookup {
	l := lookup{Name: name, A: []string{}, AAAA: []string{}}
	for _, t := range []dnsmessage.Type{dnsmessage.TypeA, dnsmessage.TypeAAAA} {
		exists, addrs, err := r.query(name, t)
		if err != nil {
			l.Error = err.Error()
			return l
		}
		l.Exists = l.Exists || exists
		if t == dnsmessage.TypeA {
			l.A = addrs
		} else {
			l.AAAA = addrs
		}
	}
	return l
}

// query sends one question and returns whether the name exists and the
// addresses of the asked type anywhere in the answer (after CNAMEs).
func (r *resolver) query(name string, t dnsmessage.Type) (bool, []string, error) {
	qname, err := dnsmessage.NewName(strings.TrimSuffix(name, ".") + ".")
	if err != nil {
		return false, nil, fmt.Errorf("%w %s: %v", errNoAnswer, name, err)
	}
	r.id++
	q := dnsmessage.Message{
		Header:    dnsmessage.Header{ID: r.id, RecursionDesired: true},
		Questions: []dnsmessage.Question{{Name: qname, Type: t, Class: dnsmessage.ClassINET}},
	}
	msg, err := q.Pack()
	if err != nil {
		return false, nil, fmt.Errorf("%w %s: %v", errNoAnswer, name, err)
	}
	reply, err := exchange(r.server, msg, r.id, r.timeout)
	if err != nil {
		return false, nil, fmt.Errorf("%w %s (%s) with %s: %v", errNoAnswer, name, t, r.server, err)
	}
	var m dnsmessage.Message
	if err := m.Unpack(reply); err != nil {
		return false, nil, fmt.Errorf("%w %s: garbled reply: %v", errNoAnswer, name, err)
	}
	switch m.RCode {
	case dnsmessage.RCodeSuccess:
	case dnsmessage.RCodeNameError:
		return false, []string{}, nil
	default:
		return false, nil, fmt.Errorf("%w %s (%s): the nameserver answered %s", errNoAnswer, name, t, m.RCode)
	}
	addrs := []string{}
	for _, a := range m.Answers {
		switch b := a.Body.(type) {
		case *dnsmessage.AResource:
			if t == dnsmessage.TypeA {
				addrs = append(addrs, netip.AddrFrom4(b.A).String())
			}
		case *dnsmessage.AAAAResource:
			if t == dnsmessage.TypeAAAA {
				addrs = append(addrs, netip.AddrFrom16(b.AAAA).String())
			}
		}
	}
	return true, addrs, nil
}

// replyID reads the ID of a DNS reply, to skip stale datagrams.
func replyID(b []byte) (uint16, bool) {
	if len(b) < 12 {
		return 0, false
	}
	return uint16(b[0])<<8 | uint16(b[1]), true
}
