//go:build !unix

package rawsource

import (
	"io"
	"os"
)

// readFile reads the first size bytes of the named file (the size the
// parser saw) into buf.
func readFile(buf []byte, name string, size int) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return buf, err
	}
	defer f.Close()
	buf = grow(buf, size)
	n, err := io.ReadFull(f, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		return buf[:n], nil // shorter than when parsed
	}
	return buf, err
}
