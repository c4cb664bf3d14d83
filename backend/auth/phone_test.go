package auth

import (
	"errors"
	"testing"

	"kring/backend/api"
)

// TestNormalizeMobile checks the notations people write Dutch mobile
// numbers in, and that landlines and malformed numbers are refused.
func TestNormalizeMobile(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"06-12345678", "+31612345678"},
		{"+31 (0)6 1234 5678", "+31612345678"},
		{"0031612345678", "+31612345678"},
		{"06 1234 5678", "+31612345678"},
		{"+31612345678", "+31612345678"},
		{"030-1234567", ""},
		{"020 123 4567", ""},
		{"0612345", ""},
		{"061234567890", ""},
		{"+32470123456", ""},
		{"0661234567", ""},
		{"", ""},
		{"bel mij", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := NormalizeMobile(tc.in)
			if tc.want == "" {
				var apiErr *api.Error
				if !errors.As(err, &apiErr) || apiErr.Code != api.CodePhoneNotMobile {
					t.Fatalf("want phone_not_mobile, got %q, %v", got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

// TestIssuedPasswordShape checks that issued passwords pass the rules they
// must later be replaced under, and differ each time.
func TestIssuedPasswordShape(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 50; i++ {
		p := NewIssuedPassword()
		if len(p) != 12 || seen[p] {
			t.Fatalf("issued password %q: wrong length or repeated", p)
		}
		seen[p] = true
	}
}

// TestPlainName checks user names made from names with accents and
// prefixes.
func TestPlainName(t *testing.T) {
	for in, want := range map[string]string{
		"Aäldering":      "aaldering",
		"van der Berg":   "vanderberg",
		"Zoë":            "zoe",
		"O'Neill-Jansen": "oneilljansen",
		"  José  ":       "jose",
	} {
		if got := plainName(in); got != want {
			t.Errorf("plainName(%q) = %q, want %q", in, got, want)
		}
	}
}
