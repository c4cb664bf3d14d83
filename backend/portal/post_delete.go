package portal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"kring/backend/api"
	"kring/backend/store"
)

// DeletePost removes a post or reply: its author may, and so may the
// portal administrator (DETAILS-5). Replies go with their post, and the
// photos of both are deleted, not just hidden.
func (p *Portal) DeletePost(ctx context.Context, userID, clientID, id string) error {
	a, err := p.RequireWrite(ctx, userID, clientID, api.SectionDetails)
	if err != nil {
		return err
	}
	post, err := loadPost(ctx, p.db, clientID, id)
	if err != nil {
		return err
	}
	if post.AuthorID != userID && !a.Admin {
		return api.Errorf(api.CodeNotAuthor, "only the author or the portal administrator may delete this")
	}

	now := store.Time(p.clock.Now())
	return p.db.InTx(ctx, func(tx *store.Tx) error {
		ids, err := postAndReplies(ctx, tx, id)
		if err != nil {
			return err
		}
		for _, pid := range ids {
			if err := p.deleteOnePost(ctx, tx, clientID, pid, userID, now); err != nil {
				return err
			}
		}
		return nil
	})
}

// postAndReplies lists a post and its live replies.
func postAndReplies(ctx context.Context, tx *store.Tx, id string) ([]string, error) {
	rows, err := tx.Query(ctx, `SELECT id FROM posts WHERE (id = ? OR parent_id = ?)
		AND deleted_at IS NULL`, id, id)
	if err != nil {
		return nil, fmt.Errorf("list replies: %w", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var pid string
		if err := rows.Scan(&pid); err != nil {
			return nil, fmt.Errorf("scan reply: %w", err)
		}
		ids = append(ids, pid)
	}
	return ids, rows.Err()
}

func (p *Portal) deleteOnePost(ctx context.Context, tx *store.Tx, clientID, id, by, now string) error {
	if _, err := tx.Exec(ctx, `DELETE FROM photos WHERE id = (SELECT photo_id FROM posts
		WHERE id = ?)`, id); err != nil {
		return fmt.Errorf("delete photo: %w", err)
	}
	_, err := tx.Exec(ctx, `UPDATE posts SET deleted_at = ?, deleted_by = ?, photo_id = NULL,
		text = '' WHERE id = ?`, now, by, id)
	if err != nil {
		return fmt.Errorf("delete post: %w", err)
	}
	_, err = RecordChange(ctx, tx, clientID, api.SectionDetails, EntityPost, id, true, now)
	return err
}

// PostPhoto returns the image of a live post's photo, or its thumbnail.
func (p *Portal) PostPhoto(ctx context.Context, userID, clientID, photoID string, thumbnail bool) ([]byte, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionDetails); err != nil {
		return nil, err
	}
	column := "ph.image"
	if thumbnail {
		column = "ph.thumbnail"
	}
	var data []byte
	err := p.db.QueryRow(ctx, `SELECT `+column+` FROM photos ph
		JOIN posts p ON p.photo_id = ph.id LEFT JOIN posts parent ON parent.id = p.parent_id
		WHERE ph.id = ? AND ph.client_id = ? AND`+postLive, photoID, clientID).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, api.Errorf(api.CodeNotFound, "no such photo")
	}
	if err != nil {
		return nil, fmt.Errorf("load photo: %w", err)
	}
	return data, nil
}
