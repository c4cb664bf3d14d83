package auth

import (
	"strings"

	"kring/backend/api"
)

// NormalizeMobile turns a Dutch mobile number in any common notation into
// E.164 (+316xxxxxxxx). Landlines and malformed numbers are refused, because
// they cannot receive an SMS code.
func NormalizeMobile(in string) (string, error) {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r == '+' {
			return r
		}
		return -1
	}, in)
	// "+31 (0)6 …" writes a trunk zero that does not belong in E.164.
	digits = strings.Replace(digits, "+310", "+31", 1)

	var national string
	switch {
	case strings.HasPrefix(digits, "+31"):
		national = digits[3:]
	case strings.HasPrefix(digits, "0031"):
		national = digits[4:]
	case strings.HasPrefix(digits, "0"):
		national = digits[1:]
	default:
		return "", api.Errorf(api.CodePhoneNotMobile, "not a Dutch mobile number")
	}

	if len(national) != 9 || national[0] != '6' || strings.ContainsRune(national, '+') {
		return "", api.Errorf(api.CodePhoneNotMobile, "not a Dutch mobile number")
	}
	// 066 numbers are pagers and cannot receive SMS.
	if national[1] == '6' {
		return "", api.Errorf(api.CodePhoneNotMobile, "pager numbers cannot receive sms")
	}
	return "+31" + national, nil
}
