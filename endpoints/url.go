package endpoints

import (
	"fmt"
	"strings"
)

// DualStackURL rewrites the host of an AWS endpoint URL (or host, or
// host:port) to its dual-stack replacement, keeping everything else byte for
// byte: scheme, user info, port, path, query and fragment. It returns the
// parsed Host so the caller can check the replacement's confidence; the
// rewritten string is "" when there is no replacement or the host already
// is dual-stack.
func DualStackURL(raw string) (string, Host, error) {
	h, err := ParseHost(raw)
	if err != nil {
		return "", h, err
	}
	if h.DualStack == "" || h.IsDualStack {
		return "", h, nil
	}
	start, end := hostSpan(raw)
	if start < 0 || !strings.EqualFold(strings.TrimSuffix(raw[start:end], "."), h.Host) {
		return "", h, fmt.Errorf("%w: cannot locate the host in %q", ErrNotAWSHost, raw)
	}
	return raw[:start] + h.DualStack + raw[end:], h, nil
}

// hostSpan returns the byte range of the host in a URL or host[:port] string,
// or -1, -1. IP literals never get here: ParseHost rejects them.
func hostSpan(raw string) (int, int) {
	start := 0
	if i := strings.Index(raw, "://"); i >= 0 {
		start = i + 3
	} else if strings.HasPrefix(raw, "//") {
		start = 2
	}
	for start < len(raw) && (raw[start] == ' ' || raw[start] == '\t') {
		start++
	}
	end := len(raw)
	if i := strings.IndexAny(raw[start:], "/?#"); i >= 0 {
		end = start + i
	}
	if i := strings.LastIndexByte(raw[start:end], '@'); i >= 0 {
		start += i + 1
	}
	if i := strings.IndexByte(raw[start:end], ':'); i >= 0 {
		end = start + i
	}
	if start >= end {
		return -1, -1
	}
	return start, end
}
