// Stub mirroring the real API of github.com/aws/aws-sdk-go-v2/aws at v1.48.0.
// It declares a subset of that API; every declaration is identical to the
// real one (checked by internal/sdkstubs). Bodies are placeholders.

package aws

// Bool returns a pointer value for the bool value passed in.
func Bool(v bool) *bool { return &v }

// String returns a pointer value for the string value passed in.
func String(v string) *string { return &v }

// Int returns a pointer value for the int value passed in.
func Int(v int) *int { return &v }

// Int32 returns a pointer value for the int32 value passed in.
func Int32(v int32) *int32 { return &v }

// Int64 returns a pointer value for the int64 value passed in.
func Int64(v int64) *int64 { return &v }

// ToBool returns bool value dereferenced if the passed in pointer was not nil.
func ToBool(p *bool) (v bool) {
	if p == nil {
		return v
	}
	return *p
}

// ToString returns string value dereferenced if the passed in pointer was not nil.
func ToString(p *string) (v string) {
	if p == nil {
		return v
	}
	return *p
}

// ToInt returns int value dereferenced if the passed in pointer was not nil.
func ToInt(p *int) (v int) {
	if p == nil {
		return v
	}
	return *p
}

// ToInt32 returns int32 value dereferenced if the passed in pointer was not nil.
func ToInt32(p *int32) (v int32) {
	if p == nil {
		return v
	}
	return *p
}

// ToInt64 returns int64 value dereferenced if the passed in pointer was not nil.
func ToInt64(p *int64) (v int64) {
	if p == nil {
		return v
	}
	return *p
}
