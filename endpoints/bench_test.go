package endpoints

import "testing"

// BenchmarkFirstUse measures what the first lookup in a process costs: the
// index of the embedded data plus decoding one service.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d := parseDB(rawData)
		d.byPackage["s3"].decode()
	}
}

// BenchmarkIndex is the index alone (what every process that looks anything
// up pays once).
func BenchmarkIndex(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		parseDB(rawData)
	}
}

func BenchmarkDualStack(b *testing.B) {
	if _, err := DualStack("sqs", "eu-west-1", false); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		DualStack("sqs", "eu-west-1", false)
	}
}

func BenchmarkParseHost(b *testing.B) {
	if _, err := ParseHost("https://sqs.us-east-1.amazonaws.com/123456789012/q"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		ParseHost("https://sqs.us-east-1.amazonaws.com/123456789012/q")
	}
}

func BenchmarkParseHostS3(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ParseHost("my-bucket.s3.us-west-2.amazonaws.com")
	}
}
