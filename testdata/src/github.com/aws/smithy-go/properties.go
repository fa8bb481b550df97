// Stub mirroring the real API of github.com/aws/smithy-go at v1.28.9.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package smithy

// Properties provides storing and reading metadata values.
type Properties struct {
	values map[any]any
}

// Get attempts to retrieve the value the key points to.
func (m *Properties) Get(key any) any {
	return m.values[key]
}

// Set stores the value pointed to by the key.
func (m *Properties) Set(key, value any) {}
