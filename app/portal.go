package app

import (
	"time"

	"kring/backend/api"
)

// PortalService gives the UI the user's portals and each start screen.
type PortalService struct {
	core *core
}

// Clients lists the portals the signed-in user may open (HOME-1).
func (p *PortalService) Clients() ([]ClientCard, error) {
	c := p.core
	c.refreshMe()

	me := c.currentMe()
	if me == nil {
		return nil, &uiError{Code: codeNoSession}
	}
	cards := make([]ClientCard, 0, len(me.Clients))
	for _, cl := range me.Clients {
		card := cardFromAPI(cl)
		card.PhotoURL = c.photoURL(cl.ID)
		cards = append(cards, card)
	}
	return cards, nil
}

// Home returns the start screen of one portal from the cache: the client,
// the coming appointments and the latest unread messages (HOME-2), with the
// time of the last sync.
func (p *PortalService) Home(in ClientInput) (HomeView, error) {
	c := p.core
	card, ok := p.card(in.ClientID)
	if !ok {
		return HomeView{}, &uiError{Code: api.CodeNotFound}
	}
	card.PhotoURL = c.photoURL(in.ClientID)
	view := HomeView{Client: card, NextAppointments: []Appointment{}, LatestUnread: []Message{}}
	l := c.store()
	if l == nil {
		return HomeView{}, &uiError{Code: codeNoSession}
	}
	view.LastSync, view.Offline = c.freshness(l, in.ClientID)

	if hasRight(card, api.SectionAppointments) {
		now := time.Now()
		list, err := appointmentsBetween(c, l, in.ClientID, now, now.AddDate(0, 0, 14))
		if err != nil {
			return HomeView{}, err
		}
		view.NextAppointments = list
	}
	if hasRight(card, api.SectionMessages) {
		unread, err := unreadMessages(c, l, in.ClientID)
		if err != nil {
			return HomeView{}, err
		}
		view.UnreadMessages = len(unread)
		view.LatestUnread = unread[:min(len(unread), 5)]
	}
	return view, nil
}

func (p *PortalService) card(id string) (ClientCard, bool) {
	c := p.core
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.me == nil {
		return ClientCard{}, false
	}
	for _, cl := range c.me.Clients {
		if cl.ID == id {
			return cardFromAPI(cl), true
		}
	}
	return ClientCard{}, false
}

func hasRight(card ClientCard, s api.Section) bool {
	for _, r := range card.Rights {
		if r == string(s) {
			return true
		}
	}
	return false
}

func cardFromAPI(cl api.ClientCard) ClientCard {
	rights := make([]string, 0, len(cl.Rights))
	for _, r := range cl.Rights {
		rights = append(rights, string(r))
	}
	return ClientCard{ID: cl.ID, Name: cl.Name, Rights: rights, Admin: cl.Admin}
}

func appointmentFromAPI(a api.Appointment) Appointment {
	out := Appointment{
		ID: a.ID, Title: a.Title, Description: a.Description,
		Start: a.Start, End: a.End, Private: a.Private, Source: a.Source,
		Repeating: a.Repeat != nil, Version: a.Version, Occurrence: a.Occurrence,
		AuthorName: a.AuthorName,
	}
	if a.Repeat != nil {
		out.Repeat, out.Until = a.Repeat.Frequency, a.Repeat.Until
	}
	return out
}
