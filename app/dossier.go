package app

import (
	"sort"
	"strings"

	"kring/app/cache"
	"kring/backend/api"
)

// DossierService reads the care dossier from the cache, so it can be read
// offline (DOSSIER-*). Every opening of a report, the care plan or a
// document is reported to the server through the outbox.
type DossierService struct {
	core *core
}

// defaultPage is the number of reports in one page.
const defaultPage = 20

// Reports returns a page of reports, newest first (DOSSIER-1).
func (s *DossierService) Reports(in ReportsInput) (ReportPage, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionDossier)
	if err != nil {
		return ReportPage{}, err
	}
	limit := in.Limit
	if limit <= 0 || limit > 200 {
		limit = defaultPage
	}
	q := cache.Query{ClientID: in.ClientID, Entity: "report", Newest: true, Limit: limit + 1}
	if key, id, ok := strings.Cut(in.Before, "|"); ok {
		q.To, q.ToID = key, id
	} else if in.Before != "" {
		q.To = instantKey(in.Before)
	}
	reports, err := list[Report](c, l, q)
	if err != nil {
		return ReportPage{}, err
	}
	page := ReportPage{Reports: reports}
	if len(reports) > limit {
		page.Reports, page.More = reports[:limit], true
		last := page.Reports[limit-1]
		page.Next = instantKey(last.WrittenAt) + "|" + last.ID
	}
	if page.Total, err = l.cache.Count(c.context(), in.ClientID, "report"); err != nil {
		return ReportPage{}, toUI(err)
	}
	page.LastSync, page.Offline = c.freshness(l, in.ClientID)
	return page, nil
}

// Report opens one report in full with its neighbours for the previous and
// next buttons, and reports the opening.
func (s *DossierService) Report(in RecordRef) (ReportView, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionDossier)
	if err != nil {
		return ReportView{}, err
	}
	rec, err := l.cache.Get(c.context(), in.ClientID, "report", in.ID)
	if err != nil {
		return ReportView{}, &uiError{Code: api.CodeNotFound}
	}
	report, err := one[Report](c, l, in.ClientID, "report", in.ID)
	if err != nil {
		return ReportView{}, err
	}
	view := ReportView{Report: report}
	view.PrevID = s.neighbour(l, in.ClientID, rec.SortKey, rec.ID, true)
	view.NextID = s.neighbour(l, in.ClientID, rec.SortKey, rec.ID, false)
	c.audit(in.ClientID, api.SectionDossier, "report:"+in.ID)
	return view, nil
}

// neighbour finds the report just older (or newer) than the given one,
// ordering by time and then id, as the pages do.
func (s *DossierService) neighbour(l *local, clientID, key, id string, older bool) string {
	q := cache.Query{ClientID: clientID, Entity: "report", Limit: 1}
	if older {
		q.To, q.ToID, q.Newest = key, id, true
	} else {
		q.From, q.FromID = key, id
	}
	recs, err := l.cache.List(s.core.context(), q)
	if err != nil || len(recs) == 0 {
		return ""
	}
	return recs[0].ID
}

// serverGoal is a goal as the server sends it; actions and evaluations
// may come inside it or as records of their own.
type serverGoal struct {
	Goal
	Position int `json:"position"`
}

// CarePlan returns the care plan's goals with their actions and
// evaluations (DOSSIER-2), and reports the opening.
func (s *DossierService) CarePlan(in ClientInput) (CarePlan, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionDossier)
	if err != nil {
		return CarePlan{}, err
	}
	goals, err := list[serverGoal](c, l, cache.Query{ClientID: in.ClientID, Entity: "goal"})
	if err != nil {
		return CarePlan{}, err
	}
	plan := CarePlan{Goals: []Goal{}}
	for _, g := range goals {
		goal := g.Goal
		s.children(l, in.ClientID, &goal)
		plan.Goals = append(plan.Goals, goal)
	}
	plan.LastSync, plan.Offline = c.freshness(l, in.ClientID)
	c.audit(in.ClientID, api.SectionDossier, "careplan")
	return plan, nil
}

// children adds actions and evaluations kept as records of their own.
func (s *DossierService) children(l *local, clientID string, g *Goal) {
	c := s.core
	if g.Actions == nil {
		g.Actions, _ = list[GoalAction](c, l, cache.Query{ClientID: clientID,
			Entity: "goalAction", ParentID: g.ID})
	}
	if g.Evaluations == nil {
		g.Evaluations, _ = list[Evaluation](c, l, cache.Query{ClientID: clientID,
			Entity: "evaluation", ParentID: g.ID})
	}
	sort.SliceStable(g.Evaluations, func(i, j int) bool {
		return g.Evaluations[i].WrittenAt > g.Evaluations[j].WrittenAt
	})
}

// Documents lists the dossier's documents, newest first, without their
// content (DOSSIER-3).
func (s *DossierService) Documents(in ClientInput) ([]Document, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionDossier)
	if err != nil {
		return nil, err
	}
	docs, err := list[Document](c, l, cache.Query{ClientID: in.ClientID, Entity: "document",
		Newest: true})
	for i := range docs {
		docs[i].Content = ""
	}
	return docs, err
}

// Document opens one document and reports the opening.
func (s *DossierService) Document(in RecordRef) (Document, error) {
	c := s.core
	l, err := c.section(in.ClientID, api.SectionDossier)
	if err != nil {
		return Document{}, err
	}
	doc, err := one[Document](c, l, in.ClientID, "document", in.ID)
	if err != nil {
		return Document{}, err
	}
	c.audit(in.ClientID, api.SectionDossier, "document:"+in.ID)
	return doc, nil
}
