// Package templates builds endpoint URLs from constants of another package,
// url.URL literals and {Region} templates.
package templates

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"example.com/realsdk/endpointconsts"
)

// Constants of another package: reported at the use, fixed where declared.
func Constants(ctx context.Context, region string) {
	_, _ = http.NewRequestWithContext(ctx, http.MethodGet, endpointconsts.QueueURL, nil)
	_, _ = http.Get(fmt.Sprintf(endpointconsts.QueueFormat, region))
	_, _ = http.Get(endpointconsts.DualStackQueueURL)
}

// url.URL literals: the Host literal is rewritten.
func URLs() {
	u := url.URL{Scheme: "https", Host: "sqs.eu-west-1.amazonaws.com", Path: "/123456789012/jobs"}
	_, _ = http.Get(u.String())
	p := &url.URL{Scheme: "https"}
	p.Host = "sns.us-west-2.amazonaws.com"
	_, _ = http.Post(p.String(), "application/x-www-form-urlencoded", nil)
}

// {Region} templates: the template literal is rewritten.
func Templates(region, queue string) {
	_, _ = http.Get(strings.ReplaceAll("https://sqs.{Region}.amazonaws.com/123456789012/jobs", "{Region}", region))
	r := strings.NewReplacer("{Region}", region, "{Queue}", queue)
	_, _ = http.Get(r.Replace("https://s3.{Region}.amazonaws.com/{Queue}"))
	_, _ = http.Get(strings.NewReplacer("{Host}", queue).Replace("https://{Host}/sqs.us-west-2.amazonaws.com"))
}
