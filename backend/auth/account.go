package auth

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"kring/backend/api"
	"kring/backend/store"
)

// NewAccount is what is known of a person who gets an account.
type NewAccount struct {
	GivenName   string
	FamilyName  string
	DisplayName string
	Email       string
	Phone       string
}

// CreateAccount makes an account with a generated user name and a
// one-time password that must be changed at the first sign-in and works
// for 14 days (AUTH-2, AUTH-9). It runs in the caller's transaction, so
// the account and the contact it belongs to are made together.
func (s *Service) CreateAccount(ctx context.Context, tx *store.Tx, a NewAccount) (id, userName, password string, err error) {
	phone, err := NormalizeMobile(a.Phone)
	if err != nil {
		return "", "", "", err
	}
	userName, err = freeUserName(ctx, tx, a.GivenName, a.FamilyName)
	if err != nil {
		return "", "", "", err
	}

	id = store.NewID()
	password = NewIssuedPassword()
	now := store.Time(s.clock.Now())
	_, err = tx.Exec(ctx, `INSERT INTO users (id, user_name, user_name_key, display_name, email,
		phone, password_hash, password_issued, password_issued_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)`, id, userName, UserNameKey(userName),
		a.DisplayName, strings.TrimSpace(a.Email), phone, HashPassword(password), now, now)
	if err != nil {
		return "", "", "", fmt.Errorf("create account: %w", err)
	}
	s.log.Info("account created", "user_id", id)
	return id, userName, password, nil
}

// ReissuePassword gives an account that never chose its own password a
// new one-time password, for when the first one expired or got lost.
func (s *Service) ReissuePassword(ctx context.Context, tx *store.Tx, userID string) (string, error) {
	password := NewIssuedPassword()
	_, err := tx.Exec(ctx, `UPDATE users SET password_hash = ?, password_issued = TRUE,
		password_issued_at = ? WHERE id = ?`, HashPassword(password), store.Time(s.clock.Now()), userID)
	if err != nil {
		return "", fmt.Errorf("reissue password: %w", err)
	}
	return password, nil
}

// AccountByEmail finds the one account with this e-mail address, so that a
// person keeps one account whatever the number of portals (AUTH-9).
func AccountByEmail(ctx context.Context, tx *store.Tx, email string) (id string, issued bool, err error) {
	err = tx.QueryRow(ctx, `SELECT id, password_issued FROM users WHERE LOWER(email) = ?
		ORDER BY created_at LIMIT 1`, strings.ToLower(strings.TrimSpace(email))).Scan(&id, &issued)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, store.ErrNotFound
	}
	if err != nil {
		return "", false, fmt.Errorf("find account by e-mail: %w", err)
	}
	return id, issued, nil
}

// freeUserName makes "voornaam.achternaam" in plain lowercase letters,
// with a number added when that name is taken.
func freeUserName(ctx context.Context, tx *store.Tx, given, family string) (string, error) {
	base := plainName(given) + "." + plainName(family)
	base = strings.Trim(base, ".")
	if base == "" {
		base = "gebruiker"
	}
	for n := 1; n < 1000; n++ {
		name := base
		if n > 1 {
			name = fmt.Sprintf("%s%d", base, n)
		}
		var taken int
		if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM users WHERE user_name_key = ?`,
			UserNameKey(name)).Scan(&taken); err != nil {
			return "", fmt.Errorf("check user name: %w", err)
		}
		if taken == 0 {
			return name, nil
		}
	}
	return "", errors.New("no free user name")
}

// plainName lowercases a name and drops accents, spaces and punctuation:
// "Aäldering-van Dam" becomes "aalderingvandam".
func plainName(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, _ := transform.String(t, s)
	return strings.Map(func(r rune) rune {
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, out)
}

// issuedAlphabet leaves out letters and digits that look alike (0/O, 1/l/I).
const issuedAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"

// NewIssuedPassword returns a random one-time password of 12 characters
// (about 70 bits), easy to type from a mail.
func NewIssuedPassword() string {
	var b strings.Builder
	max := big.NewInt(int64(len(issuedAlphabet)))
	for i := 0; i < 12; i++ {
		n, err := rand.Int(rand.Reader, max)
		if err != nil {
			panic(fmt.Sprintf("read random: %v", err))
		}
		b.WriteByte(issuedAlphabet[n.Int64()])
	}
	return b.String()
}

// ChangePassword changes one's own password with the old one (PROFILE-2).
// Wrong old passwords count towards the lockout like wrong sign-ins.
func (s *Service) ChangePassword(ctx context.Context, userID, addr string, req api.ChangePasswordRequest) error {
	u, err := s.userByID(ctx, userID)
	if err != nil {
		return err
	}
	subject := "user:" + UserNameKey(u.UserName)
	if err := s.checkThrottle(ctx, subject, s.cfg.LockoutFailures, api.CodeAccountLocked); err != nil {
		return err
	}
	if !CheckPassword(u.PasswordHash, req.OldPassword) {
		_ = s.fail(ctx, subject, addr)
		return api.Errorf(api.CodeOldPasswordWrong, "old password is wrong")
	}
	if err := CheckNewPassword(req.NewPassword, u.PasswordHash); err != nil {
		return err
	}

	_, err = s.db.Exec(ctx, `UPDATE users SET password_hash = ?, password_issued = FALSE,
		password_issued_at = NULL WHERE id = ?`, HashPassword(req.NewPassword), u.ID)
	if err != nil {
		return fmt.Errorf("store new password: %w", err)
	}
	s.log.Info("password changed", "user_id", u.ID)
	return s.clearFailures(ctx, subject)
}

// SetPhoneByUserName sets an account's mobile number, and that of its
// contacts, for the organisation's operator (AUTH-8).
func (s *Service) SetPhoneByUserName(ctx context.Context, userName, phone string) error {
	normal, err := NormalizeMobile(phone)
	if err != nil {
		return err
	}
	if err := s.updateByUserName(ctx, userName,
		`UPDATE users SET phone = ? WHERE user_name_key = ?`, normal); err != nil {
		return err
	}
	_, err = s.db.Exec(ctx, `UPDATE contacts SET phone = ? WHERE user_id IN
		(SELECT id FROM users WHERE user_name_key = ?)`, normal, UserNameKey(userName))
	if err != nil {
		return fmt.Errorf("set contact phones: %w", err)
	}
	return nil
}

// SetLocked locks or unlocks an account, for the operator. Unlocking also
// forgets recent failed sign-ins, so the lockout ends at once.
func (s *Service) SetLocked(ctx context.Context, userName string, locked bool) error {
	if err := s.updateByUserName(ctx, userName,
		`UPDATE users SET locked = ? WHERE user_name_key = ?`, locked); err != nil {
		return err
	}
	if !locked {
		return s.clearFailures(ctx, "user:"+UserNameKey(userName))
	}
	_, err := s.db.Exec(ctx, `DELETE FROM sessions WHERE user_id IN
		(SELECT id FROM users WHERE user_name_key = ?)`, UserNameKey(userName))
	if err != nil {
		return fmt.Errorf("end sessions: %w", err)
	}
	return nil
}

func (s *Service) updateByUserName(ctx context.Context, userName, query string, value any) error {
	res, err := s.db.Exec(ctx, query, value, UserNameKey(userName))
	if err != nil {
		return fmt.Errorf("update account: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("account %q: %w", userName, store.ErrNotFound)
	}
	return nil
}
