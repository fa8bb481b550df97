// Stub mirroring the real API of github.com/aws/aws-sdk-go/aws/session at v1.55.8.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package session

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/client"
)

// A Session provides a central location to create service clients from and
// store configurations and request handlers for those services.
type Session struct {
	Config *aws.Config
}

// New creates a new instance of the handlers merging in the provided configs
// on top of the SDK's default configurations.
//
// Deprecated: Use NewSession functions to create sessions instead.
func New(cfgs ...*aws.Config) *Session {
	return &Session{Config: aws.NewConfig()}
}

// NewSession returns a new Session created from SDK defaults, config files,
// environment, and user provided config files.
func NewSession(cfgs ...*aws.Config) (*Session, error) {
	return &Session{Config: aws.NewConfig()}, nil
}

// SharedConfigState provides the ability to optionally override the state
// of the session's creation based on the shared config being enabled or
// disabled.
type SharedConfigState int

const (
	// SharedConfigStateFromEnv does not override any state of the
	// AWS_SDK_LOAD_CONFIG env var.
	SharedConfigStateFromEnv SharedConfigState = iota

	// SharedConfigDisable overrides the AWS_SDK_LOAD_CONFIG env var value
	// and disables the shared config functionality.
	SharedConfigDisable

	// SharedConfigEnable overrides the AWS_SDK_LOAD_CONFIG env var value
	// and enables the shared config functionality.
	SharedConfigEnable
)

// Options provides the means to control how a Session is created and what
// configuration values will be loaded.
type Options struct {
	Config            aws.Config
	Profile           string
	SharedConfigState SharedConfigState
	SharedConfigFiles []string
}

// NewSessionWithOptions returns a new Session created from SDK defaults, config files,
// environment, and user provided config files.
func NewSessionWithOptions(opts Options) (*Session, error) {
	cfg := opts.Config
	return &Session{Config: &cfg}, nil
}

// Must is a helper function to ensure the Session is valid and there was no
// error when calling a NewSession function.
func Must(sess *Session, err error) *Session {
	if err != nil {
		panic(err)
	}
	return sess
}

// Copy creates and returns a copy of the current Session, copying the config
// and handlers.
func (s *Session) Copy(cfgs ...*aws.Config) *Session {
	return &Session{Config: s.Config.Copy(cfgs...)}
}

// ClientConfig satisfies the client.ConfigProvider interface and is used to
// configure the service client instances.
func (s *Session) ClientConfig(service string, cfgs ...*aws.Config) client.Config {
	return client.Config{Config: s.Config.Copy(cfgs...)}
}
