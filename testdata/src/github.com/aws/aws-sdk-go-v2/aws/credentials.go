// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/aws at v1.48.0.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package aws

import (
	"context"
	"time"
)

// AnonymousCredentials provides a sentinel CredentialsProvider that should be
// used to instruct the SDK's signing middleware to not sign the request.
type AnonymousCredentials struct{}

// Retrieve implements the CredentialsProvider interface.
func (AnonymousCredentials) Retrieve(context.Context) (Credentials, error) {
	return Credentials{}, nil
}

// A Credentials is the AWS credentials value for individual credential fields.
type Credentials struct {
	AccessKeyID     string
	SecretAccessKey string
	SessionToken    string
	Source          string
	CanExpire       bool
	Expires         time.Time
	AccountID       string
}

// A CredentialsProvider is the interface for any component which will provide
// credentials Credentials.
type CredentialsProvider interface {
	Retrieve(ctx context.Context) (Credentials, error)
}

// CredentialsProviderFunc provides a helper wrapping a function value to
// satisfy the CredentialsProvider interface.
type CredentialsProviderFunc func(context.Context) (Credentials, error)

// Retrieve delegates to the function value the CredentialsProviderFunc wraps.
func (fn CredentialsProviderFunc) Retrieve(ctx context.Context) (Credentials, error) {
	return fn(ctx)
}

// CredentialsCacheOptions are the options for the CredentialsCache.
type CredentialsCacheOptions struct {
	ExpiryWindow           time.Duration
	ExpiryWindowJitterFrac float64
}

// CredentialsCache provides caching and concurrency safe credentials retrieval
// via the provider's retrieve method.
type CredentialsCache struct {
	provider CredentialsProvider
}

// NewCredentialsCache returns a CredentialsCache that wraps provider.
func NewCredentialsCache(provider CredentialsProvider, optFns ...func(options *CredentialsCacheOptions)) *CredentialsCache {
	return &CredentialsCache{provider: provider}
}

// Retrieve returns the credentials.
func (p *CredentialsCache) Retrieve(ctx context.Context) (Credentials, error) {
	return Credentials{}, nil
}
