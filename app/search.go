package app

import (
	"kring/app/cache"
	"kring/app/search"
	"kring/backend/api"
)

// SearchService searches a portal's care reports, ignoring case and
// accents, over an index held in memory only while signed in.
type SearchService struct {
	core *core
}

// Reports returns the reports holding every word of the query, newest
// first.
func (s *SearchService) Reports(in SearchInput) ([]SearchHit, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionDossier)
	if err != nil {
		return nil, err
	}
	ix, err := c.searchIndex(l, in.ClientID)
	if err != nil {
		return nil, err
	}
	limit := in.Limit
	if limit <= 0 {
		limit = 50
	}
	hits := ix.Search(in.ClientID, in.Query, limit)
	out := make([]SearchHit, 0, len(hits))
	for _, h := range hits {
		out = append(out, SearchHit{ID: h.ID, WrittenAt: h.SortKey, Snippet: h.Snippet})
	}
	return out, nil
}

// searchIndex returns the client's index, building it from the decrypted
// cache on first use after sign-in or after new data arrived.
func (c *core) searchIndex(l *local, clientID string) (*search.Index, error) {
	c.mu.Lock()
	ix := c.index[clientID]
	c.mu.Unlock()
	if ix != nil {
		return ix, nil
	}
	return c.rebuildIndex(l, clientID)
}

// rebuildIndex builds a client's index from the decrypted cache and puts it
// in place, unless the user signed out meanwhile.
func (c *core) rebuildIndex(l *local, clientID string) (*search.Index, error) {
	reports, err := list[Report](c, l, cache.Query{ClientID: clientID, Entity: "report"})
	if err != nil {
		return nil, err
	}
	docs := make([]search.Doc, 0, len(reports))
	for _, r := range reports {
		docs = append(docs, search.Doc{ClientID: clientID, ID: r.ID, SortKey: instantKey(r.WrittenAt),
			Text: r.Title + "\n" + r.Text})
	}
	ix := search.Build(docs)
	c.mu.Lock()
	if c.me != nil {
		c.index[clientID] = ix
	}
	c.mu.Unlock()
	return ix, nil
}
