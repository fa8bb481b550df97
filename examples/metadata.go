package main

import (
	"io"
	"net/http"
)

// instanceID reads the instance metadata service at its IPv4-only address.
func instanceID() (string, error) {
	resp, err := http.Get("http://169.254.169.254/latest/meta-data/instance-id")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}
