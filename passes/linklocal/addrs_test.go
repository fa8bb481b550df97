package linklocal

import "testing"

func TestInString(t *testing.T) {
	for _, tc := range []struct {
		s       string
		want    string // the IPv4 address found, or ""
		bracket bool
	}{
		{"169.254.169.254", "169.254.169.254", false},
		{"http://169.254.169.254/latest/meta-data/%s", "169.254.169.254", true},
		{"http://user@169.254.169.254:80?x=1", "169.254.169.254", true},
		{"//169.254.169.254/latest", "169.254.169.254", true},
		{"169.254.169.253:53", "169.254.169.253", true},
		{"server 169.254.169.123 iburst", "169.254.169.123", false},
		{"a,169.254.170.23;b", "169.254.170.23", false},
		{"reach 169.254.169.254.", "169.254.169.254", false},
		{"dial 169.254.169.254: timeout", "169.254.169.254", false},
		{"169.254.169.254/32", "", false},
		{"::ffff:169.254.169.254", "169.254.169.254", false},
		{"http://[::ffff:169.254.169.254]/", "169.254.169.254", true},
		{"169.254.170.2", "", false},
		{"169.254.1.1", "", false},
		{"169.254.169.2540", "", false},
		{"1169.254.169.254", "", false},
		{"169.254.169.254.1", "", false},
		{"169.254.169.0254", "", false},
		{"http://169.254.169.254.nip.io/", "", false},
		{"169.254.169.254:99999", "", false},
		{"169.254.169.254%eth0", "", false},
		{"no address here", "", false},
	} {
		svc, bracket := inString(tc.s)
		got := ""
		if svc != nil {
			got = svc.v4.String()
		}
		if got != tc.want || bracket != tc.bracket {
			t.Errorf("inString(%q) = %q, %v; want %q, %v", tc.s, got, bracket, tc.want, tc.bracket)
		}
	}
}
