package awsconfig

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what the SDK's tokenizer makes of a line.
type Kind int

const (
	Blank        Kind = iota // only white space: skipped
	Comment                  // first non-blank byte # or ;: skipped
	Section                  // [name] or [type name]
	Property                 // key = value at column 0
	SubProperty              // indented key = value
	Continuation             // indented text without a separator
	Unknown                  // the SDK drops it without a word
)

// A Line is one line of the file ("\n"-separated; a "\r" before it stays
// part of the line, as in the SDK).
type Line struct {
	Num        int // 1-based
	Start, End int // byte offsets of the line, without its "\n"
	Kind       Kind

	// Section: the header's type ("profile", "services", "") and name.
	Type, Name string

	// Property and SubProperty: the lower-cased key, and the value as the
	// SDK stores it (unquoted; a sub-property keeps a trailing comment).
	// KeyStart/KeyEnd and ValueStart/ValueEnd are byte offsets in the
	// file: the value's bytes are src[ValueStart:ValueEnd] == Value.
	Key                  string
	KeyStart, KeyEnd     int
	Value                string
	ValueStart, ValueEnd int

	// Continuation: the text the SDK appends (indentation removed).
	Text string

	loneQuote bool // the value is one quote character
}

// A File is a parsed AWS shared config file.
type File struct {
	Name     string
	Src      []byte
	Lines    []*Line
	Sections []*Sect // in order of first appearance
}

// SectionKind is how config.LoadSharedConfigProfile treats a section.
type SectionKind int

const (
	Dropped    SectionKind = iota // neither "default" nor a known prefix: ignored
	Profile                       // [default], [profile name]
	Services                      // [services name]
	SSOSession                    // [sso-session name]
)

// A Sect is one section as the SDK sees it: headers with the same name
// merge, and a later assignment of a key replaces an earlier one.
type Sect struct {
	Name    string // the SDK's key: "default", "profile x", "services y"
	Kind    SectionKind
	Headers []*Line
	Values  map[string]*Prop // the effective assignment of each key
}

// A Prop is the effective assignment of a key: the line that set it, the
// value the SDK stores (continuations appended), and the sub-properties of a
// nested block ("s3 =" followed by indented lines).
type Prop struct {
	Key      string
	Line     *Line
	Value    string
	Promoted bool             // an indented key = value the SDK read as a property
	Sub      map[string]*Line // nested sub-properties, the last of each key
	Cont     []*Line          // continuation lines appended to Value
}

// A SyntaxError is a line the SDK cannot use: it drops it silently (or, for
// a lone quote character as a value, panics).
type SyntaxError struct {
	File string
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Parse reads src as aws-sdk-go-v2's config/internal/ini does (tokenize.go,
// parse.go, strings.go), recording where each key and value sits. It
// returns the first line the SDK would drop or fail on as a *SyntaxError.
func Parse(name string, src []byte) (*File, error) {
	f := &File{Name: name, Src: src}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return nil, &SyntaxError{name, bytes.Count(src[:i], []byte("\n")) + 1, "a NUL byte: this is not a text file"}
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		return nil, &SyntaxError{name, bytes.Count(src[:i], []byte("\n")) + 1, "invalid UTF-8"}
	}
	off := 0
	for i, text := range strings.Split(string(src), "\n") {
		l := &Line{Num: i + 1, Start: off, End: off + len(text)}
		off += len(text) + 1
		if err := tokenize(l, text); err != "" {
			return nil, &SyntaxError{name, l.Num, err}
		}
		f.Lines = append(f.Lines, l)
	}
	if err := f.build(); err != nil {
		return nil, err
	}
	return f, nil
}

// tokenize classifies one line as the SDK's tokenize does, in its order:
// blank or comment, section, property, sub-property, continuation.
func tokenize(l *Line, line string) string {
	switch {
	case strings.TrimSpace(line) == "":
		l.Kind = Blank
	case isLineComment(line):
		l.Kind = Comment
	case asSection(l, line):
	case asProperty(l, line):
	case asSubProperty(l, line):
	case isLineSpace(line[0]):
		l.Kind = Continuation
		l.Text = strings.TrimLeft(line, " \t")
	default:
		l.Kind = Unknown
		if strings.HasPrefix(strings.TrimSpace(line), "[") {
			return "a section header without its closing ]: the AWS SDK for Go v2 ignores the line"
		}
		return "neither a [section] header nor key = value: the AWS SDK for Go v2 ignores the line"
	}
	if l.loneQuote {
		return "a value that is a lone quote character: the AWS SDK for Go v2 panics on it"
	}
	if (l.Kind == Property || l.Kind == SubProperty) && l.Key == "" {
		return "a property without a key: nothing reads it"
	}
	if l.Kind == Section && l.Name == "" {
		return "a section header without a name"
	}
	return ""
}

func isLineComment(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return strings.HasPrefix(t, "#") || strings.HasPrefix(t, ";")
}

func isLineSpace(b byte) bool { return b == ' ' || b == '\t' }

// A span is a piece of the line with its offset in the file.
type span struct {
	s   string
	off int
}

func (p span) trimSpace() span {
	t := strings.TrimLeftFunc(p.s, unicode.IsSpace)
	return span{strings.TrimRightFunc(t, unicode.IsSpace), p.off + len(p.s) - len(t)}
}

func (p span) trimLeft(cut string) span {
	t := strings.TrimLeft(p.s, cut)
	return span{t, p.off + len(p.s) - len(t)}
}

func (p span) trimRight(cut string) span { return span{strings.TrimRight(p.s, cut), p.off} }

// unquote strips one pair of surrounding quotes. The SDK's hasAffixes test
// also matches a lone quote character, and then slices out of range: setKV
// marks that line, and Parse reports it as malformed.
func (p span) unquote() span {
	if len(p.s) >= 2 && (p.s[0] == '"' && p.s[len(p.s)-1] == '"' || p.s[0] == '\'' && p.s[len(p.s)-1] == '\'') {
		return span{p.s[1 : len(p.s)-1], p.off + 1}
	}
	return p
}

// trimPropertyComment cuts at the first " #", " ;", "\t#" or "\t;", in the
// SDK's order.
func (p span) trimPropertyComment() span {
	r := p.s
	for _, sep := range []string{" #", " ;", "\t#", "\t;"} {
		r, _, _ = strings.Cut(r, sep)
	}
	return span{r, p.off}
}

// splitProperty splits at the first "=", or at the first ":" when it comes
// earlier (LEGACY in the SDK), and trims both sides.
func (p span) splitProperty() (k, v span, ok bool) {
	eq, colon := strings.Index(p.s, "="), strings.Index(p.s, ":")
	i := eq
	if eq == -1 || colon != -1 && colon < eq {
		i = colon
	}
	if i < 0 {
		return span{}, span{}, false
	}
	return span{p.s[:i], p.off}.trimSpace(), span{p.s[i+1:], p.off + i + 1}.trimSpace(), true
}

func asSection(l *Line, line string) bool {
	t := line
	t, _, _ = strings.Cut(t, "#")
	t, _, _ = strings.Cut(t, ";")
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") {
		return false
	}
	l.Kind = Section
	l.Type, l.Name = splitProfile(strings.TrimSpace(t[1 : len(t)-1]))
	return true
}

// splitProfile is the SDK's: "type name" (split at the first run of blanks
// after the first word) or "name"; a blank at index 0 cannot happen (the
// input is trimmed), so as in the SDK the first blank's index is never 0.
func splitProfile(s string) (typ, name string) {
	first := 0
	for i, r := range s {
		if r == ' ' || r == '\t' {
			if first == 0 {
				first = i
			}
		} else if first != 0 {
			return s[:first], s[i:]
		}
	}
	if first == 0 {
		return "", s
	}
	return "", ""
}

func asProperty(l *Line, line string) bool {
	if isLineSpace(line[0]) {
		return false
	}
	t := span{line, l.Start}.trimPropertyComment().trimRight(" \t")
	k, v, ok := t.splitProperty()
	if !ok {
		return false
	}
	l.Kind = Property
	l.setKV(k, v)
	return true
}

func asSubProperty(l *Line, line string) bool {
	if !isLineSpace(line[0]) {
		return false
	}
	// As in the SDK, a comment after a sub-property is part of its value.
	k, v, ok := span{line, l.Start}.trimLeft(" \t").splitProperty()
	if !ok {
		return false
	}
	l.Kind = SubProperty
	l.setKV(k, v)
	return true
}

func (l *Line) setKV(k, v span) {
	l.loneQuote = v.s == `"` || v.s == "'"
	v = v.unquote()
	l.Key, l.KeyStart, l.KeyEnd = strings.ToLower(k.s), k.off, k.off+len(k.s)
	l.Value, l.ValueStart, l.ValueEnd = v.s, v.off, v.off+len(v.s)
}

// build runs the SDK's parser over the tokens: sections merge by name,
// properties outside a section are dropped, a sub-property after a key with
// a value is promoted to a property, continuations extend a non-empty value.
func (f *File) build() error {
	byName := map[string]*Sect{}
	var cur *Sect
	var ckey string
	for _, l := range f.Lines {
		switch l.Kind {
		case Section:
			name := l.Name
			if l.Type != "" {
				name = l.Type + " " + l.Name
			}
			ckey = ""
			cur = byName[name]
			if cur == nil {
				cur = &Sect{Name: name, Kind: sectionKind(name), Values: map[string]*Prop{}}
				byName[name] = cur
				f.Sections = append(f.Sections, cur)
			}
			cur.Headers = append(cur.Headers, l)
		case Property, SubProperty:
			if cur == nil {
				return &SyntaxError{f.Name, l.Num, "a property before the first [section]: the AWS SDK for Go v2 ignores it"}
			}
			parent := cur.Values[ckey]
			if l.Kind == Property || ckey == "" || parent.Value != "" {
				p := &Prop{Key: l.Key, Line: l, Value: l.Value}
				if l.Kind == SubProperty {
					// The SDK promotes an orphaned sub-property and cuts
					// its comment after unquoting.
					p.Promoted = true
					v := span{l.Value, l.ValueStart}.trimPropertyComment().trimSpace()
					p.Value = v.s
					l.Value, l.ValueStart, l.ValueEnd = v.s, v.off, v.off+len(v.s)
				}
				ckey = l.Key
				cur.Values[l.Key] = p
				continue
			}
			if parent.Sub == nil {
				parent.Sub = map[string]*Line{}
			}
			parent.Sub[l.Key] = l
		case Continuation:
			if ckey == "" {
				continue
			}
			if p := cur.Values[ckey]; p.Value != "" && p.Sub == nil {
				p.Value += "\n" + l.Text
				p.Cont = append(p.Cont, l)
			}
		}
	}
	return nil
}

func sectionKind(name string) SectionKind {
	switch {
	case strings.HasPrefix(name, "profile "):
		return Profile
	case strings.HasPrefix(name, "sso-session "):
		return SSOSession
	case strings.HasPrefix(name, "services "):
		return Services
	case strings.EqualFold(name, "default"):
		return Profile
	}
	return Dropped
}

// ProfileName is the name a program selects the section by (AWS_PROFILE).
func (s *Sect) ProfileName() string { return strings.TrimPrefix(s.Name, "profile ") }

// Print reassembles the file from its lines' pieces; it equals Src.
func (f *File) Print() []byte {
	var b bytes.Buffer
	for i, l := range f.Lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if l.Kind == Property || l.Kind == SubProperty {
			b.Write(f.Src[l.Start:l.KeyStart])
			b.Write(f.Src[l.KeyStart:l.KeyEnd])
			b.Write(f.Src[l.KeyEnd:l.ValueStart])
			b.WriteString(l.Value)
			b.Write(f.Src[l.ValueEnd:l.End])
			continue
		}
		b.Write(f.Src[l.Start:l.End])
	}
	return b.Bytes()
}
