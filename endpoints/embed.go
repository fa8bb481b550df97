package endpoints

import _ "embed"

//go:generate go run ./internal/gen

// rawData is the harvested endpoint data; see data.txt's header for its format
// and versions.txt for the SDK modules it was read from.
//
//go:embed data.txt
var rawData string
