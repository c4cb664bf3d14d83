package demo

import (
	"encoding/base64"
	"strings"
)

func base64Text(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func joinName(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// capital puts a capital at the start of a sentence.
func capital(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
