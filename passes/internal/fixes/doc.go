// Package fixes builds the text edits of suggested fixes so that the result
// compiles, is gofmt-clean and keeps the file's own names: it adds imports at
// their sorted place (reusing an existing import and its name, choosing
// another name on a clash), appends call arguments and slice elements in the
// call's own layout, and adds statements to function literals. A fix
// rewrites only the statements it edits (see Formatted): trailing comments
// of neighbouring statements are realigned by the driver's formatting.
package fixes
