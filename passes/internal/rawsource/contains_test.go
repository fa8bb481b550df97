package rawsource

import (
	"bytes"
	"testing"
)

func TestContains(t *testing.T) {
	srcs := []string{"", "a", "zonaws", "amazonaw", "amazonaws", "xx.amazonaws.com", "amazonamazonaws",
		"hci.ic.go", "v hci.ic.gov", "169.25", "169.254.", "1169, 254", "sc2s.sgov.go", "c2s.sgov.gov"}
	for _, src := range srcs {
		for _, n := range needles {
			if got, want := contains([]byte(src), n.text, n.anchor), bytes.Contains([]byte(src), []byte(n.text)); got != want {
				t.Errorf("contains(%q, %q, %d) = %v, want %v", src, n.text, n.anchor, got, want)
			}
		}
	}
}

func FuzzContains(f *testing.F) {
	f.Add([]byte("https://sqs.us-east-1.amazonaws.com"), 0)
	f.Add([]byte("net.IPv4(169, 254, 169, 254)"), 6)
	f.Fuzz(func(t *testing.T, src []byte, i int) {
		n := needles[uint(i)%uint(len(needles))]
		if got, want := contains(src, n.text, n.anchor), bytes.Contains(src, []byte(n.text)); got != want {
			t.Errorf("contains(%q, %q) = %v, want %v", src, n.text, got, want)
		}
	})
}
