package portal

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"kring/backend/api"
)

// namePrefixes are the Dutch (and a few neighbouring) family-name prefixes
// (tussenvoegsels) that people write or leave out at will: "van der Berg"
// and "Berg" are the same person for matching.
var namePrefixes = map[string]bool{
	"van": true, "der": true, "den": true, "de": true, "het": true, "t": true,
	"ter": true, "ten": true, "te": true, "in": true, "op": true, "aan": true,
	"v": true, "vd": true, "von": true, "la": true, "le": true, "du": true, "d": true,
}

// foldName lowercases a name, drops accents ("Aäldering" → "aaldering")
// and turns everything but letters and digits into single spaces.
func foldName(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, out)
	return strings.Join(strings.Fields(out), " ")
}

// familyCore is a family name without prefixes and spaces.
func familyCore(s string) string {
	var core []string
	for _, w := range strings.Fields(foldName(s)) {
		if !namePrefixes[w] {
			core = append(core, w)
		}
	}
	return strings.Join(core, "")
}

// givenScore tells how well a typed first name fits a known one: 2 for
// the same name, 1 for a fitting initial ("A." for "Aagje") or no first
// name at all, 0 for another name.
func givenScore(typed, known string) int {
	t, k := foldName(typed), foldName(known)
	switch {
	case t == "":
		return 1
	case t == k:
		return 2
	case len([]rune(t)) == 1 && strings.HasPrefix(k, t):
		return 1
	default:
		return 0
	}
}

// matchScore rates a known contact against a typed person; 0 is no match.
func matchScore(req api.MatchRequest, c ContactRecord) int {
	score := 0
	email := strings.TrimSpace(req.Email)
	if email != "" && strings.EqualFold(email, c.Email) {
		score += 3
	}
	given, family := req.FirstName, req.LastName
	if strings.TrimSpace(family) == "" {
		// The whole name typed in one field: the first word is the first name.
		parts := strings.Fields(given)
		if len(parts) > 1 {
			given, family = parts[0], strings.Join(parts[1:], " ")
		}
	}
	if core := familyCore(family); core != "" && core == familyCore(c.FamilyName) {
		if g := givenScore(given, c.GivenName); g > 0 {
			score += 1 + g
		}
	}
	return score
}

// MatchContacts finds the contacts the organisation knows for this client
// that fit a typed name or e-mail address, best first, for "Bedoelt u"
// (USERS-2). Case, accents and name prefixes do not matter.
func (p *Portal) MatchContacts(ctx context.Context, userID, clientID string, req api.MatchRequest) (api.MatchResponse, error) {
	if _, err := p.RequireAdmin(ctx, userID, clientID); err != nil {
		return api.MatchResponse{}, err
	}
	if strings.TrimSpace(req.FirstName+req.LastName+req.Email) == "" {
		return api.MatchResponse{}, api.Errorf(api.CodeValidation, "type a name or an e-mail address")
	}
	all, err := p.contacts(ctx, clientID)
	if err != nil {
		return api.MatchResponse{}, err
	}

	type scored struct {
		c     api.Contact
		score int
	}
	var hits []scored
	for _, c := range all {
		if s := matchScore(req, c); s > 0 {
			hits = append(hits, scored{c.Contact, s})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })

	resp := api.MatchResponse{Candidates: []api.Contact{}}
	for _, h := range hits {
		resp.Candidates = append(resp.Candidates, h.c)
	}
	return resp, nil
}
