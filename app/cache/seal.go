package cache

import (
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"

	"golang.org/x/crypto/chacha20poly1305"
)

// KeySize is the length of an installation key in bytes.
const KeySize = chacha20poly1305.KeySize

// ErrBadKey means a stored installation key cannot be used.
var ErrBadKey = errors.New("cache key is not 32 bytes of base64")

// ErrUnreadable means a sealed payload did not open: a wrong key, or bytes
// moved from another row.
var ErrUnreadable = errors.New("cache payload does not open")

// sealer encrypts payloads with XChaCha20-Poly1305. The row's table and
// identity are the additional data, so a ciphertext copied into another row
// does not open.
type sealer struct {
	aead cipher.AEAD
}

// NewKey returns a fresh installation key, base64-encoded for the keyring.
func NewKey() string {
	k := make([]byte, KeySize)
	if _, err := rand.Read(k); err != nil {
		panic(fmt.Errorf("read random key: %w", err))
	}
	return base64.StdEncoding.EncodeToString(k)
}

// ParseKey decodes a key made by NewKey.
func ParseKey(s string) ([]byte, error) {
	k, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(k) != KeySize {
		return nil, ErrBadKey
	}
	return k, nil
}

func newSealer(key []byte) (*sealer, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, fmt.Errorf("cache cipher: %w", err)
	}
	return &sealer{aead: aead}, nil
}

// seal encrypts plain for the row named by ad.
func (s *sealer) seal(plain []byte, ad ...string) []byte {
	nonce := make([]byte, s.aead.NonceSize(), s.aead.NonceSize()+len(plain)+s.aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		panic(fmt.Errorf("read random nonce: %w", err))
	}
	return s.aead.Seal(nonce, nonce, plain, additional(ad))
}

// open decrypts a payload sealed for the row named by ad.
func (s *sealer) open(sealed []byte, ad ...string) ([]byte, error) {
	n := s.aead.NonceSize()
	if len(sealed) < n {
		return nil, ErrUnreadable
	}
	plain, err := s.aead.Open(nil, sealed[:n], sealed[n:], additional(ad))
	if err != nil {
		return nil, ErrUnreadable
	}
	return plain, nil
}

// additional joins the row's names with a separator no id contains.
func additional(parts []string) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
		b = append(b, 0)
	}
	return b
}
