package main

import (
	"reflect"
	"testing"
)

func TestChangelogServices(t *testing.T) {
	log := []byte("# Release (2026-11-10)\n" +
		"* `github.com/aws/aws-sdk-go-v2/service/textract`: [v1.44.0](service/textract/CHANGELOG.md#v1440)\n" +
		"* `github.com/aws/aws-sdk-go-v2/service/appconfigdata`: [v1.32.0](service/appconfigdata/CHANGELOG.md)\n" +
		"  * **Feature**: mentions `github.com/aws/aws-sdk-go-v2/service/s3` without a version\n" +
		"# Release (2026-07-06)\n" +
		"* `github.com/aws/aws-sdk-go-v2/service/textract`: [v1.42.0](service/textract/CHANGELOG.md)\n" +
		"* `github.com/aws/aws-sdk-go-v2/service/s3`: [v1.90.0](service/s3/CHANGELOG.md)\n" +
		"* `github.com/aws/aws-sdk-go-v2/service/internal/checksum`: [v1.1.0](x)\n")
	got := changelogServices(log)
	want := []changelogService{{Name: "appconfigdata", Version: "v1.32.0"}, {Name: "s3", Version: "v1.90.0"}, {Name: "textract", Version: "v1.44.0"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("changelogServices = %+v, want %+v", got, want)
	}
}
