package awsconfig

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

// sdkAgrees loads every profile of src with aws-sdk-go-v2's config package
// and checks that the parser read the values the checks use as the SDK
// does: region, use_dualstack_endpoint, endpoint_url,
// ec2_metadata_service_endpoint and the services section's endpoint URLs.
// When the SDK panics, the parser must have rejected src.
func sdkAgrees(t *testing.T, src []byte) {
	t.Helper()
	f, perr := Parse("config", src)
	path := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	load := func(profile string) (c config.SharedConfig, err error, panicked bool) {
		defer func() {
			if recover() != nil {
				panicked = true
			}
		}()
		c, err = config.LoadSharedConfigProfile(context.Background(), profile, func(o *config.LoadSharedConfigOptions) {
			o.ConfigFiles = []string{path}
			o.CredentialsFiles = []string{}
		})
		return c, err, false
	}
	if _, _, panicked := load("default"); panicked {
		if perr == nil {
			t.Errorf("the SDK panics on %q, but Parse accepts it", src)
		}
		return
	}
	if perr != nil {
		return // lines the SDK drops silently: rejected on purpose
	}
	for _, s := range f.Sections {
		if s.Kind != Profile || strings.ContainsAny(s.Name, "\r\n") {
			continue
		}
		name := s.ProfileName()
		if strings.EqualFold(name, "default") {
			name = s.Name
		}
		c, err, _ := load(name)
		if err != nil {
			continue // other validation (credentials, modes): not the parser's
		}
		if c.Profile != name {
			continue
		}
		// [default] and [profile default] merge in the SDK: compare only
		// files with one of them.
		if strings.TrimPrefix(s.Name, "profile ") == "default" && countDefault(f) > 1 {
			continue
		}
		want := func(key string) string {
			if p, ok := s.Values[key]; ok {
				return p.Value
			}
			return ""
		}
		if c.Region != want(keyRegion) {
			t.Errorf("profile %q: region %q, the SDK reads %q", name, want(keyRegion), c.Region)
		}
		if c.BaseEndpoint != want(keyEndpoint) {
			t.Errorf("profile %q: endpoint_url %q, the SDK reads %q", name, want(keyEndpoint), c.BaseEndpoint)
		}
		if c.EC2IMDSEndpoint != want(keyIMDS) {
			t.Errorf("profile %q: ec2_metadata_service_endpoint %q, the SDK reads %q", name, want(keyIMDS), c.EC2IMDSEndpoint)
		}
		ds := aws.DualStackEndpointStateUnset
		if p, ok := s.Values[keyDualStack]; ok {
			ds = aws.DualStackEndpointStateDisabled
			if v, _ := boolValue(p.Value); v {
				ds = aws.DualStackEndpointStateEnabled
			}
		}
		if c.UseDualStackEndpoint != ds {
			t.Errorf("profile %q: use_dualstack_endpoint state %v, the SDK reads %v", name, ds, c.UseDualStackEndpoint)
		}
		for _, svcs := range f.Sections {
			if svcs.Name != "services "+c.ServicesSectionName || c.ServicesSectionName == "" {
				continue
			}
			for svc, p := range svcs.Values {
				got := ""
				if l, ok := p.Sub[keyEndpoint]; ok {
					got = l.Value
				}
				if sdk := c.Services.ServiceValues[svc][keyEndpoint]; sdk != got {
					t.Errorf("[%s] %s: endpoint_url %q, the SDK reads %q", svcs.Name, svc, got, sdk)
				}
			}
		}
	}
}

func countDefault(f *File) int {
	n := 0
	for _, s := range f.Sections {
		if s.Name == "default" || s.Name == "profile default" {
			n++
		}
	}
	return n
}

// TestSDKAgrees compares the parser with the SDK on every testdata file.
func TestSDKAgrees(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.config")
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(path), func(t *testing.T) { sdkAgrees(t, src) })
	}
}

// FuzzParse: no panic; Print reproduces the input; every span lies in the
// file and holds what the parser says; rewriting a value changes only its
// bytes; and the SDK reads the same values.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.config")
	for _, path := range files {
		src, _ := os.ReadFile(path)
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := Parse("config", src)
		if err != nil {
			return
		}
		if p := file.Print(); !bytes.Equal(p, src) {
			t.Fatalf("Print does not reproduce the file")
		}
		for _, l := range file.Lines {
			if l.Kind != Property && l.Kind != SubProperty {
				continue
			}
			if !(l.Start <= l.KeyStart && l.KeyStart <= l.KeyEnd && l.KeyEnd <= l.ValueStart && l.ValueStart <= l.ValueEnd && l.ValueEnd <= l.End) {
				t.Fatalf("line %d: spans out of order", l.Num)
			}
			if strings.ToLower(string(src[l.KeyStart:l.KeyEnd])) != l.Key || string(src[l.ValueStart:l.ValueEnd]) != l.Value {
				t.Fatalf("line %d: the spans do not hold the key and value", l.Num)
			}
		}
		for _, fd := range Check(file) {
			if fd.Fix == nil {
				continue
			}
			out := Apply(src, []Finding{fd})
			e := fd.Fix.Edits[0]
			if !bytes.Equal(out[:e.Start], src[:e.Start]) || !bytes.Equal(out[e.Start+len(e.New):], src[e.End:]) {
				t.Fatalf("a fix changed bytes outside its edit")
			}
		}
		sdkAgrees(t, src)
	})
}
