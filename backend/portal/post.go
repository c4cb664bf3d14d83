package portal

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"kring/backend/api"
	"kring/backend/store"
)

// maxPostText bounds a post or reply.
const maxPostText = 2000

const postColumns = `p.id, p.client_id, COALESCE(p.parent_id, ''), p.author_id,
	COALESCE(u.display_name, ''), p.text, p.created_at, COALESCE(ph.id, ''),
	COALESCE(ph.width, 0), COALESCE(ph.height, 0)`

// postFrom joins a post's author and photo; live leaves out deleted posts
// and replies to deleted posts.
const postFrom = ` FROM posts p LEFT JOIN users u ON u.id = p.author_id
	LEFT JOIN photos ph ON ph.id = p.photo_id
	LEFT JOIN posts parent ON parent.id = p.parent_id `

const postLive = ` p.deleted_at IS NULL AND parent.deleted_at IS NULL `

func scanPost(row scanner) (api.Post, error) {
	var p api.Post
	var at string
	var photo api.Photo
	err := row.Scan(&p.ID, &p.ClientID, &p.ParentID, &p.AuthorID, &p.AuthorName, &p.Text, &at,
		&photo.ID, &photo.Width, &photo.Height)
	if err != nil {
		return api.Post{}, fmt.Errorf("scan post: %w", err)
	}
	p.CreatedAt = localRFC3339(at)
	if photo.ID != "" {
		p.Photo = &photo
	}
	return p, nil
}

// Posts returns the bulletin board, newest post first, each with its
// replies oldest first (DETAILS-3).
func (p *Portal) Posts(ctx context.Context, userID, clientID string) (api.PostList, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionDetails); err != nil {
		return api.PostList{}, err
	}
	rows, err := p.db.Query(ctx, `SELECT `+postColumns+postFrom+`WHERE p.client_id = ? AND`+
		postLive+`ORDER BY p.created_at DESC, p.id DESC`, clientID)
	if err != nil {
		return api.PostList{}, fmt.Errorf("list posts: %w", err)
	}
	defer rows.Close()

	list := api.PostList{Posts: []api.Post{}}
	replies := map[string][]api.Post{}
	for rows.Next() {
		post, err := scanPost(rows)
		if err != nil {
			return api.PostList{}, err
		}
		if post.ParentID == "" {
			list.Posts = append(list.Posts, post)
		} else {
			replies[post.ParentID] = append([]api.Post{post}, replies[post.ParentID]...)
		}
	}
	for i := range list.Posts {
		list.Posts[i].Replies = replies[list.Posts[i].ID]
	}
	return list, rows.Err()
}

// Post returns one post or reply, without replies.
func (p *Portal) Post(ctx context.Context, userID, clientID, id string) (api.Post, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionDetails); err != nil {
		return api.Post{}, err
	}
	return loadPostWithThumbnail(ctx, p.db, clientID, id)
}

var errPostNotFound = api.Errorf(api.CodeNotFound, "no such post")

func loadPost(ctx context.Context, q Querier, clientID, id string) (api.Post, error) {
	post, err := scanPost(q.QueryRow(ctx, `SELECT `+postColumns+postFrom+
		`WHERE p.id = ? AND p.client_id = ? AND`+postLive, id, clientID))
	if errors.Is(err, sql.ErrNoRows) {
		return api.Post{}, errPostNotFound
	}
	return post, err
}

// loadPostWithThumbnail is loadPost with the photo's thumbnail inline, as
// GET of one post and the sync feed send it.
func loadPostWithThumbnail(ctx context.Context, q Querier, clientID, id string) (api.Post, error) {
	post, err := loadPost(ctx, q, clientID, id)
	if err != nil || post.Photo == nil {
		return post, err
	}
	err = q.QueryRow(ctx, `SELECT thumbnail FROM photos WHERE id = ?`, post.Photo.ID).
		Scan(&post.Photo.Thumbnail)
	if err != nil {
		return api.Post{}, fmt.Errorf("load thumbnail: %w", err)
	}
	return post, nil
}

// CreatePost adds a post or, with ParentID, a reply (DETAILS-3). A photo,
// a JPEG or PNG, is only saved together with some text (DETAILS-4).
func (p *Portal) CreatePost(ctx context.Context, userID, clientID string, in api.PostInput, photo []byte) (api.Post, error) {
	if _, err := p.RequireWrite(ctx, userID, clientID, api.SectionDetails); err != nil {
		return api.Post{}, err
	}
	text := strings.TrimSpace(in.Text)
	if text == "" && len(photo) > 0 {
		return api.Post{}, api.Errorf(api.CodePhotoNeedsText, "a photo needs some text with it")
	}
	if err := checkText(text, maxPostText); err != nil {
		return api.Post{}, err
	}
	if in.ParentID != "" {
		if err := p.checkParent(ctx, clientID, in.ParentID); err != nil {
			return api.Post{}, err
		}
	}
	var processed *processedPhoto
	if len(photo) > 0 {
		pp, err := processPhoto(photo, fullSide, thumbSide)
		if err != nil {
			return api.Post{}, err
		}
		processed = &pp
	}

	id := store.NewID()
	err := p.db.InTx(ctx, func(tx *store.Tx) error {
		return p.insertPost(ctx, tx, id, clientID, userID, text, in.ParentID, processed)
	})
	if err != nil {
		return api.Post{}, err
	}
	return loadPostWithThumbnail(ctx, p.db, clientID, id)
}

// checkParent accepts a live top-level post of the same client.
func (p *Portal) checkParent(ctx context.Context, clientID, parentID string) error {
	parent, err := loadPost(ctx, p.db, clientID, parentID)
	if err != nil {
		return err
	}
	if parent.ParentID != "" {
		return api.Errorf(api.CodeValidation, "a reply answers a post, not another reply")
	}
	return nil
}

func (p *Portal) insertPost(ctx context.Context, tx *store.Tx, id, clientID, userID, text, parentID string, photo *processedPhoto) error {
	now := store.Time(p.clock.Now())
	var photoID, parent any
	if photo != nil {
		pid := store.NewID()
		_, err := tx.Exec(ctx, `INSERT INTO photos (id, client_id, width, height, image, thumbnail,
			created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, pid, clientID, photo.width, photo.height,
			photo.full, photo.thumb, now)
		if err != nil {
			return fmt.Errorf("insert photo: %w", err)
		}
		photoID = pid
	}
	if parentID != "" {
		parent = parentID
	}
	_, err := tx.Exec(ctx, `INSERT INTO posts (id, client_id, parent_id, author_id, text, photo_id,
		created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, id, clientID, parent, userID, text, photoID, now)
	if err != nil {
		return fmt.Errorf("insert post: %w", err)
	}
	_, err = RecordChange(ctx, tx, clientID, api.SectionDetails, EntityPost, id, false, now)
	return err
}

func init() {
	registerBuiltin(EntityPost, func(ctx context.Context, q Querier, clientID, id, _ string) (json.RawMessage, bool, error) {
		return loadOrGone(loadPostWithThumbnail(ctx, q, clientID, id))
	})
}
