package main

import (
	"encoding/json"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"
)

// startDNS serves zone (name → "A" or "AAAA" → addresses) on a loopback UDP
// port; other names get NXDOMAIN. It returns the server's address.
func startDNS(t *testing.T, zone map[string]map[uint16][]string) string {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mux := dns.NewServeMux()
	mux.HandleFunc(".", func(w dns.ResponseWriter, req *dns.Msg) {
		m := new(dns.Msg)
		m.SetReply(req)
		q := req.Question[0]
		recs, ok := zone[strings.TrimSuffix(q.Name, ".")]
		if !ok {
			m.Rcode = dns.RcodeNameError
		}
		for _, a := range recs[q.Qtype] {
			rr, err := dns.NewRR(q.Name + " 60 IN " + dns.TypeToString[q.Qtype] + " " + a)
			if err != nil {
				t.Error(err)
				continue
			}
			m.Answer = append(m.Answer, rr)
		}
		w.WriteMsg(m)
	})
	started := make(chan struct{})
	srv := &dns.Server{PacketConn: pc, Handler: mux, NotifyStartedFunc: func() { close(started) }}
	go srv.ActivateAndServe()
	<-started
	t.Cleanup(func() { srv.Shutdown() })
	return pc.LocalAddr().String()
}

func TestEndpointsResolve(t *testing.T) {
	ns := startDNS(t, map[string]map[uint16][]string{
		"eks.us-east-1.amazonaws.com": {dns.TypeA: {"192.0.2.1"}},
		"eks.us-east-1.api.aws":       {dns.TypeA: {"192.0.2.2"}, dns.TypeAAAA: {"2001:db8::2"}},
		"kms.us-east-1.amazonaws.com": {dns.TypeA: {"192.0.2.3"}},
		// kms.us-east-1.api.aws is missing: NXDOMAIN.
		"123456789012.dkr.ecr.us-west-2.amazonaws.com": {dns.TypeA: {"192.0.2.4"}},
		"123456789012.dkr-ecr.us-west-2.on.aws":        {dns.TypeA: {"192.0.2.5"}, dns.TypeAAAA: {"2001:db8::5"}},
	})
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"eks", "us-east-1"}, []string{
			"nameserver  " + ns,
			"eks.us-east-1.amazonaws.com: A 192.0.2.1; AAAA (none)",
			"eks.us-east-1.api.aws: A 192.0.2.2; AAAA 2001:db8::2 (data: derived, sdk service/eks)",
			"the data calls it derived, DNS shows it exists",
		}},
		{[]string{"kms", "us-east-1"}, []string{
			"kms.us-east-1.api.aws: does not exist (NXDOMAIN)",
			"kms.us-east-1.api.aws does not exist: do not switch to it",
		}},
		{[]string{"-host", "123456789012.dkr.ecr.us-west-2.amazonaws.com/app:1"}, []string{
			"123456789012.dkr-ecr.us-west-2.on.aws: A 192.0.2.5; AAAA 2001:db8::5",
			"exists and has IPv6 addresses",
		}},
	}
	for _, tt := range tests {
		args := append([]string{"-resolve", "-nameserver", ns, "-timeout", "2s"}, tt.args...)
		code, out, errOut := runEndpoints(t, args...)
		if code != 0 || errOut != "" {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q:\n%s", tt.args, w, out)
			}
		}
	}

	code, out, _ := runEndpoints(t, "-resolve", "-json", "-nameserver", ns, "eks", "us-east-1")
	var rep struct {
		DualStack struct {
			Name   string
			Exists bool
			AAAA   []string
		}
		Data struct{ Confidence string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil {
		t.Fatalf("-json: exit %d, output %q", code, out)
	}
	if rep.DualStack.Name != "eks.us-east-1.api.aws" || !rep.DualStack.Exists || len(rep.DualStack.AAAA) != 1 || rep.Data.Confidence != "derived" {
		t.Errorf("-json report = %+v", rep)
	}
}

// TestEndpointsResolveOffline: a nameserver that never answers, and one
// that is not there, give exit status 3 and say so.
func TestEndpointsResolveOffline(t *testing.T) {
	silent, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	closed, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedAddr := closed.LocalAddr().String()
	closed.Close()
	for _, ns := range []string{silent.LocalAddr().String(), closedAddr} {
		start := time.Now()
		code, out, errOut := runEndpoints(t, "-resolve", "-nameserver", ns, "-timeout", "300ms", "sqs", "eu-west-1")
		if code != exitNoAnswer {
			t.Errorf("nameserver %s: exit %d, want %d; stdout %q stderr %q", ns, code, exitNoAnswer, out, errOut)
		}
		if !strings.Contains(out, "could not resolve") {
			t.Errorf("nameserver %s: output does not say it could not resolve:\n%s", ns, out)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("nameserver %s: took %v with a 300ms timeout", ns, d)
		}
	}
	if code, _, _ := runEndpoints(t, "-resolve", "-nameserver", "not-an-ip", "sqs", "eu-west-1"); code != 2 {
		t.Errorf("bad -nameserver: exit %d, want 2", code)
	}
	if code, _, _ := runEndpoints(t, "-resolve", "-regions", "sqs"); code != 2 {
		t.Errorf("-resolve with -regions: exit %d, want 2", code)
	}
}
