package auth

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"kring/backend/api"
	"kring/backend/store"
)

// kioskAlphabet is easy to read aloud and type on a tablet.
const kioskAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// CreateKiosk registers a kiosk and returns its one-time enrolment code,
// shown to the operator as XXXXX-XXXXX (DESKTOP-6). The code works once,
// within KioskCodeTTL.
func (s *Service) CreateKiosk(ctx context.Context, name string) (string, error) {
	if strings.TrimSpace(name) == "" {
		return "", errors.New("a kiosk needs a name")
	}
	code := newKioskCode()
	now := s.clock.Now()
	_, err := s.db.Exec(ctx, `INSERT INTO kiosks (id, name, code_hash, code_expires, created_at)
		VALUES (?, ?, ?, ?, ?)`, store.NewID(), name, hashToken(kioskCodeKey(code)),
		store.Time(now.Add(s.cfg.KioskCodeTTL)), store.Time(now))
	if err != nil {
		return "", fmt.Errorf("create kiosk: %w", err)
	}
	return code, nil
}

// EnrolKiosk trades an enrolment code for the kiosk's token. Wrong codes
// count as failures of the address, which is slowed down like sign-ins.
func (s *Service) EnrolKiosk(ctx context.Context, code, addr string) (api.KioskEnrolResponse, error) {
	subject := "addr:" + addr
	if err := s.checkThrottle(ctx, subject, s.cfg.LockoutFailures, api.CodeRateLimited); err != nil {
		return api.KioskEnrolResponse{}, err
	}

	token, tokenHash := newToken()
	var resp api.KioskEnrolResponse
	err := s.db.InTx(ctx, func(tx *store.Tx) error {
		var id string
		var expires sql.NullString
		err := tx.QueryRow(ctx, `SELECT id, name, code_expires FROM kiosks
			WHERE code_hash = ? AND enrolled_at IS NULL`, hashToken(kioskCodeKey(code))).
			Scan(&id, &resp.Name, &expires)
		if errors.Is(err, sql.ErrNoRows) || !s.clock.Now().Before(store.ParseNullTime(expires)) {
			return api.Errorf(api.CodeEnrolmentCodeInvalid, "unknown, used or expired enrolment code")
		}
		if err != nil {
			return fmt.Errorf("load kiosk: %w", err)
		}
		_, err = tx.Exec(ctx, `UPDATE kiosks SET token_hash = ?, code_hash = NULL,
			enrolled_at = ? WHERE id = ?`, tokenHash, store.Time(s.clock.Now()), id)
		if err != nil {
			return fmt.Errorf("enrol kiosk: %w", err)
		}
		return nil
	})
	var apiErr *api.Error
	if errors.As(err, &apiErr) {
		_, _ = s.db.Exec(ctx, `INSERT INTO sign_in_failures (subject, at) VALUES (?, ?)`,
			subject, store.Time(s.clock.Now()))
		return api.KioskEnrolResponse{}, err
	}
	if err != nil {
		return api.KioskEnrolResponse{}, err
	}
	s.log.Info("kiosk enrolled", "kiosk", resp.Name)
	resp.KioskToken = token
	return resp, nil
}

func newKioskCode() string {
	var b strings.Builder
	max := big.NewInt(int64(len(kioskAlphabet)))
	for i := 0; i < 10; i++ {
		if i == 5 {
			b.WriteByte('-')
		}
		n, err := rand.Int(rand.Reader, max)
		if err != nil {
			panic(fmt.Sprintf("read random: %v", err))
		}
		b.WriteByte(kioskAlphabet[n.Int64()])
	}
	return b.String()
}

// kioskCodeKey is the form in which codes are compared: upper case,
// without dashes or spaces.
func kioskCodeKey(code string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return -1
		}
		return r
	}, strings.ToUpper(strings.TrimSpace(code)))
}
