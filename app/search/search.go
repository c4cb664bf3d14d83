// Package search is the in-memory full-text index over decrypted care
// reports. It lives only in memory and only while a user is signed in, so
// no searchable text reaches the disk.
package search

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Doc is one searchable text.
type Doc struct {
	ClientID string
	ID       string
	// SortKey orders hits, newest (highest) first.
	SortKey string
	Text    string
}

// Hit is one document that matched.
type Hit struct {
	ID      string
	SortKey string
	Snippet string
}

// Index maps normalised tokens to the documents holding them; a query
// token matches every indexed token it is a prefix of.
type Index struct {
	docs     []Doc
	tokens   []string
	postings map[string][]int32
}

// Build indexes docs.
func Build(docs []Doc) *Index {
	ix := &Index{docs: docs, postings: map[string][]int32{}}
	seen := map[string]bool{}
	for i, d := range docs {
		clear(seen)
		for _, tok := range Tokens(d.Text) {
			if seen[tok] {
				continue
			}
			seen[tok] = true
			ix.postings[tok] = append(ix.postings[tok], int32(i))
		}
	}
	ix.tokens = make([]string, 0, len(ix.postings))
	for tok := range ix.postings {
		ix.tokens = append(ix.tokens, tok)
	}
	sort.Strings(ix.tokens)
	return ix
}

// Len returns the number of documents indexed.
func (ix *Index) Len() int { return len(ix.docs) }

// Search returns the documents of a client that hold every query word (as
// a word or the start of one), newest first, at most limit.
func (ix *Index) Search(clientID, query string, limit int) []Hit {
	words := Tokens(query)
	if len(words) == 0 || ix == nil {
		return nil
	}
	var match []int32
	for i, w := range words {
		set := ix.prefixed(w)
		if i == 0 {
			match = set
		} else {
			match = intersect(match, set)
		}
		if len(match) == 0 {
			return nil
		}
	}
	return ix.hits(clientID, match, words[0], limit)
}

// prefixed unions the postings of every token starting with w, sorted.
func (ix *Index) prefixed(w string) []int32 {
	start := sort.SearchStrings(ix.tokens, w)
	var out []int32
	for _, tok := range ix.tokens[start:] {
		if !strings.HasPrefix(tok, w) {
			break
		}
		out = append(out, ix.postings[tok]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func intersect(a, b []int32) []int32 {
	var out []int32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

func (ix *Index) hits(clientID string, match []int32, first string, limit int) []Hit {
	var found []int32
	for _, i := range match {
		if ix.docs[i].ClientID == clientID {
			found = append(found, i)
		}
	}
	sort.Slice(found, func(i, j int) bool {
		return ix.docs[found[i]].SortKey > ix.docs[found[j]].SortKey
	})
	if limit > 0 && len(found) > limit {
		found = found[:limit]
	}
	hits := make([]Hit, 0, len(found))
	for _, i := range found {
		d := ix.docs[i]
		hits = append(hits, Hit{ID: d.ID, SortKey: d.SortKey, Snippet: snippet(d.Text, first)})
	}
	return hits
}

// snippet cuts about 140 characters around the first word that matches.
func snippet(text, word string) string {
	r := []rune(text)
	at := 0
	pos := 0
	for _, f := range strings.FieldsFunc(text, notWordRune) {
		idx := strings.Index(text[pos:], f)
		if idx >= 0 && strings.HasPrefix(Fold(f), word) {
			at = len([]rune(text[:pos+idx]))
			break
		}
		if idx >= 0 {
			pos += idx + len(f)
		}
	}
	from := max(0, at-40)
	to := min(len(r), from+140)
	out := string(r[from:to])
	if from > 0 {
		out = "…" + out
	}
	if to < len(r) {
		out += "…"
	}
	return out
}

// Tokens splits text into normalised words.
func Tokens(text string) []string {
	return strings.FieldsFunc(Fold(text), notWordRune)
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// Fold lowers case and removes accents: "Cliënten" becomes "clienten".
func Fold(s string) string {
	if ascii(s) {
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// ascii reports whether s needs no accent folding.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
