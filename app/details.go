package app

import (
	"encoding/base64"
	"sort"
	"strings"

	"kring/app/cache"
	"kring/app/remote"
	syncer "kring/app/sync"
	"kring/backend/api"
)

// DetailsService shows the client's details, care team and bulletin board
// from the cache, and sends posts and replies through the outbox
// (DETAILS-*).
type DetailsService struct {
	core *core
}

// maxPhotoBytes bounds a photo sent from the app; the server checks too.
const maxPhotoBytes = api.MaxPhotoBytes

// Details returns the client's general details (DETAILS-1).
func (s *DetailsService) Details(in ClientInput) (ClientDetails, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionDetails)
	if err != nil {
		return ClientDetails{}, err
	}
	all, err := list[ClientDetails](c, l, cache.Query{ClientID: in.ClientID,
		Entity: "clientDetails", Limit: 1})
	if err != nil {
		return ClientDetails{}, err
	}
	var d ClientDetails
	if len(all) > 0 {
		d = all[0]
	}
	d.LastSync, d.Offline = c.freshness(l, in.ClientID)
	return d, nil
}

// CareTeam lists the staff in the client's care (DETAILS-2).
func (s *DetailsService) CareTeam(in ClientInput) ([]CareTeamMember, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionDetails)
	if err != nil {
		return nil, err
	}
	team, err := list[CareTeamMember](c, l, cache.Query{ClientID: in.ClientID, Entity: "careTeam"})
	sort.SliceStable(team, func(i, j int) bool { return team[i].Name < team[j].Name })
	return team, err
}

// serverPost is a post as the server sends it; its photo's thumbnail is
// cached as a record of its own.
type serverPost struct {
	BoardPost
	Photo *api.Photo `json:"photo"`
}

// Board returns the bulletin board, newest post first, each with its
// replies oldest first and photo thumbnails as data: URLs (DETAILS-3).
func (s *DetailsService) Board(in ClientInput) (BoardView, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionDetails)
	if err != nil {
		return BoardView{}, err
	}
	all, err := list[serverPost](c, l, cache.Query{ClientID: in.ClientID, Entity: "post"})
	if err != nil {
		return BoardView{}, err
	}
	view := BoardView{Posts: s.thread(l, all, in.ClientID)}
	view.Posts = append(pendingPosts(c, l, in.ClientID), view.Posts...)
	view.LastSync, view.Offline = c.freshness(l, in.ClientID)
	return view, nil
}

// thread groups replies under their posts.
func (s *DetailsService) thread(l *local, all []serverPost, clientID string) []BoardPost {
	me, admin := s.core.userID(), s.core.isAdmin(clientID)
	replies := map[string][]BoardPost{}
	var posts []BoardPost
	for _, sp := range all {
		p := sp.BoardPost
		p.Thumbnail = s.thumbnail(l, clientID, sp.Photo)
		p.Mine = p.AuthorID == me
		p.CanDelete = p.Mine || admin
		p.Replies = []BoardPost{}
		if p.ParentID != "" {
			replies[p.ParentID] = append(replies[p.ParentID], p)
		} else {
			posts = append(posts, p)
		}
	}
	sort.SliceStable(posts, func(i, j int) bool { return posts[i].CreatedAt > posts[j].CreatedAt })
	for i := range posts {
		if r := replies[posts[i].ID]; r != nil {
			posts[i].Replies = r
		}
	}
	if posts == nil {
		posts = []BoardPost{}
	}
	return posts
}

// thumbnail returns a photo's cached thumbnail as a data: URL, "" when it
// has not been loaded yet.
func (s *DetailsService) thumbnail(l *local, clientID string, photo *api.Photo) string {
	if photo == nil {
		return ""
	}
	th, err := one[syncer.Thumbnail](s.core, l, clientID, syncer.EntityThumbnail, photo.ID)
	if err != nil || len(th.Data) == 0 {
		return ""
	}
	kind := th.Type
	if !strings.HasPrefix(kind, "image/") {
		kind = "image/jpeg"
	}
	return "data:" + kind + ";base64," + base64.StdEncoding.EncodeToString(th.Data)
}

// Post places a post or, with ParentID, a reply; a photo needs some text
// (DETAILS-4).
func (s *DetailsService) Post(in NewPostInput) (OutboxResult, error) {
	c := s.core
	if _, err := c.section(in.ClientID, api.SectionDetails); err != nil {
		return OutboxResult{}, err
	}
	if strings.TrimSpace(in.Text) == "" {
		if in.Photo != "" {
			return OutboxResult{}, &uiError{Code: api.CodePhotoNeedsText}
		}
		return OutboxResult{}, &uiError{Code: api.CodeTextRequired}
	}
	w, err := jsonWrite("POST", "/clients/"+in.ClientID+"/posts",
		api.PostInput{Text: in.Text, ParentID: in.ParentID})
	if err != nil {
		return OutboxResult{}, toUI(err)
	}
	if err := attachPhoto(&w, in.Photo, in.PhotoType); err != nil {
		return OutboxResult{}, err
	}
	return c.enqueue(in.ClientID, kindPost, "", w)
}

// attachPhoto decodes a base64 photo from the UI into the write.
func attachPhoto(w *remote.Write, photo, kind string) error {
	if photo == "" {
		return nil
	}
	if i := strings.Index(photo, ";base64,"); strings.HasPrefix(photo, "data:") && i > 0 {
		kind, photo = photo[5:i], photo[i+8:]
	}
	b, err := base64.StdEncoding.DecodeString(photo)
	if err != nil {
		return &uiError{Code: api.CodeImageUnsupported}
	}
	if len(b) > maxPhotoBytes {
		return &uiError{Code: api.CodePayloadTooLarge}
	}
	w.Photo, w.PhotoType = b, kind
	return nil
}

// DeletePost removes one's own post or reply; the portal administrator may
// remove any (DETAILS-5).
func (s *DetailsService) DeletePost(in RecordRef) (OutboxResult, error) {
	c := s.core
	if _, err := c.section(in.ClientID, api.SectionDetails); err != nil {
		return OutboxResult{}, err
	}
	return c.enqueue(in.ClientID, kindPostDelete, "", remote.Write{Method: "DELETE",
		Path: "/clients/" + in.ClientID + "/posts/" + in.ID})
}

// pendingPosts shows posts and replies still in the outbox.
func pendingPosts(c *core, l *local, clientID string) []BoardPost {
	out := []BoardPost{}
	for _, it := range outboxOf(c, l, clientID, kindPost) {
		var b api.PostInput
		_ = jsonUnmarshal(it.body, &b)
		out = append(out, BoardPost{ID: it.ID, ParentID: b.ParentID, AuthorID: c.userID(),
			Text: b.Text, CreatedAt: it.CreatedAt, Mine: true, CanDelete: false, Pending: true,
			Replies: []BoardPost{}})
	}
	return out
}
