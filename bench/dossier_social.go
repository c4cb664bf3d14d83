package bench

import (
	"time"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store"
)

// messages writes conversations between the viewer and the family.
func (g *gen) messages(conversations, messages int, viewer string) {
	family := []string{viewer, store.NewID(), store.NewID()}
	for c := range conversations {
		id, at := store.NewID(), g.at(c, conversations)
		g.exec(`INSERT INTO conversations (id, client_id, title, author_id, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)`, id, g.client, g.text.pick(appointmentTitles),
			family[c%len(family)], store.Time(at), store.Time(at))
		for _, u := range family {
			g.exec(`INSERT INTO conversation_members (conversation_id, user_id) VALUES (?, ?)`, id, u)
		}
		g.change(api.SectionMessages, portal.EntityConversation, id, at)

		per := messages / conversations
		if c < messages%conversations {
			per++
		}
		for m := range per {
			mid := store.NewID()
			mat := at.Add(time.Duration(m) * 3 * time.Hour)
			g.exec(`INSERT INTO messages (id, conversation_id, client_id, author_id, text, created_at)
				VALUES (?, ?, ?, ?, ?, ?)`, mid, id, g.client, family[(c+m)%len(family)],
				g.text.pick(messageTexts), store.Time(mat))
			g.change(api.SectionMessages, portal.EntityMessage, mid, mat)
		}
	}
}

// board writes bulletin posts, the first ones with a photo.
func (g *gen) board(posts, photos int, viewer string) {
	for i := range posts {
		id, at := store.NewID(), g.at(i, posts)
		var photoID any
		if i < photos {
			photoID = g.photo(at)
		}
		g.exec(`INSERT INTO posts (id, client_id, author_id, text, photo_id, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, id, g.client, viewer, g.text.pick(postTexts), photoID,
			store.Time(at))
		g.change(api.SectionDetails, portal.EntityPost, id, at)
	}
}

// photo stores a generated 800×600 image with a 160×120 thumbnail.
func (g *gen) photo(at time.Time) string {
	if g.err != nil {
		return ""
	}
	image, err := photo(g.rnd, 800, 600)
	if err != nil {
		g.err = err
		return ""
	}
	thumb, err := photo(g.rnd, 160, 120)
	if err != nil {
		g.err = err
		return ""
	}
	id := store.NewID()
	g.exec(`INSERT INTO photos (id, client_id, width, height, image, thumbnail, created_at)
		VALUES (?, ?, 800, 600, ?, ?, ?)`, id, g.client, image, thumb, store.Time(at))
	return id
}
