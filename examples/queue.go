package main

import (
	"context"
	"net/http"
)

// jobsQueue is a hard-coded SQS queue URL: its host is IPv4-only.
const jobsQueue = "https://sqs.us-west-2.amazonaws.com/123456789012/jobs"

// peek asks the queue's HTTP endpoint directly, as scripts ported from curl
// often do.
func peek(ctx context.Context) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, jobsQueue+"?Action=GetQueueAttributes", nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}
