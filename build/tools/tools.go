//go:build tools

// Package tools pins the command-line tools the build uses, so every machine
// builds the same Wails CLI instead of whatever `go install @latest` finds.
package tools

import (
	_ "github.com/wailsapp/wails/v2/cmd/wails"
)
