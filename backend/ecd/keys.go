package ecd

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"kring/backend/store"
)

// keyPrefix marks an ECD key, so a leaked one is easy to recognise.
const keyPrefix = "kring-ecd-"

// ErrBadKey is returned for a key that is unknown or revoked.
var ErrBadKey = errors.New("unknown or revoked ECD key")

// NewKey makes a key for one ECD system and stores only its hash. The key
// itself is returned once, to be given to that system.
func NewKey(ctx context.Context, db *store.DB, name string, now time.Time) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", errors.New("an ECD key needs a name")
	}
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("read random: %w", err)
	}
	key := keyPrefix + base64.RawURLEncoding.EncodeToString(b[:])
	_, err := db.Exec(ctx, `INSERT INTO ecd_keys (id, name, key_hash, created_at) VALUES (?, ?, ?, ?)`,
		store.NewID(), name, hashKey(key), store.Time(now))
	if err != nil {
		return "", fmt.Errorf("store ECD key: %w", err)
	}
	return key, nil
}

// hashKey is how a key is stored: a fast hash suffices for 256 random bits.
func hashKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// CheckKey returns the name of the ECD system a key belongs to.
func CheckKey(ctx context.Context, db *store.DB, key string, now time.Time) (string, error) {
	if !strings.HasPrefix(key, keyPrefix) {
		return "", ErrBadKey
	}
	var id, name string
	err := db.QueryRow(ctx, `SELECT id, name FROM ecd_keys WHERE key_hash = ? AND revoked_at IS NULL`,
		hashKey(key)).Scan(&id, &name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrBadKey
	}
	if err != nil {
		return "", fmt.Errorf("check ECD key: %w", err)
	}
	if _, err := db.Exec(ctx, `UPDATE ecd_keys SET last_used_at = ? WHERE id = ?`, store.Time(now), id); err != nil {
		return "", fmt.Errorf("note key use: %w", err)
	}
	return name, nil
}

// RevokeKey stops every key with the name from working.
func RevokeKey(ctx context.Context, db *store.DB, name string, now time.Time) (int64, error) {
	res, err := db.Exec(ctx, `UPDATE ecd_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL`,
		store.Time(now), name)
	if err != nil {
		return 0, fmt.Errorf("revoke ECD key: %w", err)
	}
	return res.RowsAffected()
}
