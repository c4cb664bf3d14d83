package portal

import (
	"context"
	"fmt"

	"kring/backend/api"
)

// SetMyPhoto sets the user's own profile photo (PROFILE-1), turned
// upright, at most 512 pixels and without metadata. It needs the settings
// right in at least one portal, as that right covers one's profile.
func (p *Portal) SetMyPhoto(ctx context.Context, userID string, data []byte) error {
	var n int
	err := p.db.QueryRow(ctx, `SELECT COUNT(*) FROM contacts c
		JOIN rights r ON r.contact_id = c.id AND r.section = ? AND r.granted = TRUE
		WHERE c.user_id = ? AND c.removed_at IS NULL AND c.invitation = 'accepted'`,
		string(api.SectionSettings), userID).Scan(&n)
	if err != nil {
		return fmt.Errorf("check settings right: %w", err)
	}
	if n == 0 {
		return api.Errorf(api.CodeForbidden, "no right to change settings")
	}

	photo, err := processPhoto(data, profileSide, 0)
	if err != nil {
		return err
	}
	if _, err := p.db.Exec(ctx, `UPDATE users SET photo = ? WHERE id = ?`, photo.full, userID); err != nil {
		return fmt.Errorf("save profile photo: %w", err)
	}
	return nil
}

// MyPhoto returns the user's own profile photo.
func (p *Portal) MyPhoto(ctx context.Context, userID string) ([]byte, error) {
	var photo []byte
	if err := p.db.QueryRow(ctx, `SELECT photo FROM users WHERE id = ?`, userID).Scan(&photo); err != nil {
		return nil, fmt.Errorf("load profile photo: %w", err)
	}
	if len(photo) == 0 {
		return nil, api.Errorf(api.CodeNotFound, "no profile photo")
	}
	return photo, nil
}
