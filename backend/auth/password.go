package auth

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	_ "embed"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"

	"kring/backend/api"
)

// Argon2id parameters, after the OWASP recommendation for interactive
// sign-in (19 MiB, 2 passes, 1 lane).
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
)

// MinPasswordLength is the shortest password a user may choose (AUTH-2).
const MinPasswordLength = 8

//go:embed common-passwords.txt
var commonList []byte

var (
	commonOnce sync.Once
	common     map[string]struct{}
)

// HashPassword hashes a password with argon2id in the PHC string format.
func HashPassword(password string) string {
	var salt [16]byte
	if _, err := rand.Read(salt[:]); err != nil {
		panic(fmt.Sprintf("read random: %v", err))
	}
	key := argon2.IDKey([]byte(password), salt[:], argonTime, argonMemory, argonThreads, argonKeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, argonMemory, argonTime, argonThreads,
		base64.RawStdEncoding.EncodeToString(salt[:]),
		base64.RawStdEncoding.EncodeToString(key))
}

// CheckPassword reports whether password matches the stored hash.
func CheckPassword(hash, password string) bool {
	var version, memory, time, threads int
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &time, &threads); err != nil {
		return false
	}
	salt, err1 := base64.RawStdEncoding.DecodeString(parts[4])
	want, err2 := base64.RawStdEncoding.DecodeString(parts[5])
	if err1 != nil || err2 != nil {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, uint32(time), uint32(memory), uint8(threads), uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is checked against when a user name is unknown, so that the
// answer takes as long as for a known one.
var dummyHash = HashPassword("kring-dummy-password-for-timing")

// ErrPassword wraps the reason a new password is refused.
var ErrPassword = errors.New("password refused")

// CheckNewPassword applies the password rules: long enough, not common,
// not the old one.
func CheckNewPassword(newPassword, oldHash string) error {
	if utf8.RuneCountInString(newPassword) < MinPasswordLength {
		return api.Errorf(api.CodePasswordTooShort, "password shorter than 8 characters")
	}
	if IsCommonPassword(newPassword) {
		return api.Errorf(api.CodePasswordTooCommon, "password is among the most common")
	}
	if oldHash != "" && CheckPassword(oldHash, newPassword) {
		return api.Errorf(api.CodePasswordReused, "password equals the old one")
	}
	return nil
}

// IsCommonPassword reports whether p is on the list of the 10,000 most
// common passwords (see common-passwords.md for its source).
func IsCommonPassword(p string) bool {
	commonOnce.Do(loadCommon)
	_, ok := common[strings.ToLower(p)]
	return ok
}

func loadCommon() {
	common = make(map[string]struct{}, 10000)
	sc := bufio.NewScanner(bytes.NewReader(commonList))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			common[strings.ToLower(w)] = struct{}{}
		}
	}
}
