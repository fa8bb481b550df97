package rawsource

import (
	"bytes"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Analyzer's result is a Mentions.
var Analyzer = &analysis.Analyzer{
	Name:       "rawsource",
	Doc:        "report which needles (AWS hostnames, link-local addresses) the package's raw source contains",
	Run:        run,
	ResultType: reflect.TypeFor[Mentions](),
}

// A Needle is text a check looks for in raw source.
type Needle uint8

const (
	// AWSHost: the suffixes every IPv4-only AWS hostname ends in.
	AWSHost Needle = 1 << iota
	// LinkLocal: "169.254." in a string.
	LinkLocal
	// Octets: 169 and 254 as separate constants (net.IPv4(169, 254, ...),
	// net.IP{169, 254, ...}).
	Octets
)

// needles, each with the index of a byte that is rare in Go source: the
// search looks for that byte first (see contains).
var needles = []struct {
	text   string
	anchor int
	n      Needle
}{
	{"amazonaws", 3, AWSHost}, // z
	{"c2s.ic.gov", 1, AWSHost},
	{"sc2s.sgov.gov", 2, AWSHost},
	{"adc-e.uk", 3, AWSHost},
	{"hci.ic.gov", 9, AWSHost}, // v
	{"169.254.", 0, LinkLocal},
	{"169, 254", 0, Octets},
	{"169,254", 0, Octets},
}

// Mentions is the set of needles found in any file of the package.
type Mentions Needle

// Has reports whether any of the needles in mask was found.
func (m Mentions) Has(mask Needle) bool { return Needle(m)&mask != 0 }

const all = AWSHost | LinkLocal | Octets

func run(pass *analysis.Pass) (any, error) {
	bufp := bufs.Get().(*[]byte)
	defer bufs.Put(bufp)
	var found Needle
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.Pos())
		if tf == nil {
			return Mentions(all), nil
		}
		src, err := readFile(*bufp, tf.Name(), tf.Size())
		*bufp = src
		if err != nil {
			// A file that cannot be read may mention anything: let
			// the checks walk it.
			return Mentions(all), nil
		}
		for _, n := range needles {
			if found&n.n == 0 && contains(src, n.text, n.anchor) {
				found |= n.n
			}
		}
		if found == all {
			break
		}
	}
	return Mentions(found), nil
}

// contains reports whether src contains needle. It scans for the byte at
// needle[anchor] and compares around each hit: bytes.Contains scans for the
// first byte, which in "amazonaws" is among the most frequent in source,
// and runs 10–20× slower over a large package.
func contains(src []byte, needle string, anchor int) bool {
	c := needle[anchor]
	for i := anchor; i < len(src); i++ {
		j := bytes.IndexByte(src[i:], c)
		if j < 0 {
			return false
		}
		i += j
		if start := i - anchor; start+len(needle) <= len(src) && string(src[start:start+len(needle)]) == needle {
			return true
		}
	}
	return false
}

var bufs = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// grow returns buf with room for n bytes.
func grow(buf []byte, n int) []byte {
	if cap(buf) < n {
		return make([]byte, n, n+n/4)
	}
	return buf[:n]
}
