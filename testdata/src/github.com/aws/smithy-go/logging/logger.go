// Stub mirroring the real API of github.com/aws/smithy-go/logging at v1.28.9.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package logging

// Classification is the type of the log entry's classification name.
type Classification string

// Set of standard classifications that can be used by clients and middleware.
const (
	Warn  Classification = "WARN"
	Debug Classification = "DEBUG"
)

// Logger is an interface for logging entries at certain classifications.
type Logger interface {
	Logf(classification Classification, format string, v ...interface{})
}

// LoggerFunc is a wrapper around a function to satisfy the Logger interface.
type LoggerFunc func(classification Classification, format string, v ...interface{})

// Logf delegates the logging request to the wrapped function.
func (f LoggerFunc) Logf(classification Classification, format string, v ...interface{}) {
	f(classification, format, v...)
}

// Nop is a Logger implementation that simply does not perform any logging.
type Nop struct{}

// Logf simply returns without performing any action.
func (n Nop) Logf(Classification, string, ...interface{}) {}
