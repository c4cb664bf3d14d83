package ecd

import (
	"fmt"
	"io"
	"sort"
)

// Outcome is what happened to one resource.
type Outcome string

// The outcomes an import reports per resource.
const (
	Created    Outcome = "created"
	Updated    Outcome = "updated"
	Skipped    Outcome = "skipped"
	Unresolved Outcome = "unresolved"
	Failed     Outcome = "failed"
)

var outcomes = []Outcome{Created, Updated, Skipped, Unresolved, Failed}

// Issue is a resource that was not imported, or a file that was left out.
type Issue struct {
	Type    string
	ID      string
	Source  string
	Outcome Outcome
	Reason  string
}

// Report counts the outcomes per resource type and lists the issues.
type Report struct {
	Counts map[string]map[Outcome]int
	Issues []Issue
	// Warnings are references a written resource holds that could not be
	// followed, such as a practitioner not imported.
	Warnings []Issue
	// Notes are files that were left out, such as XML.
	Notes []string
}

// warn keeps a warning about a resource that was written.
func (r *Report) warn(e Entry, reason string) {
	r.Warnings = append(r.Warnings, Issue{Type: e.Type, ID: e.Key, Source: e.Source, Outcome: "warning", Reason: reason})
}

// NewReport returns an empty report.
func NewReport() *Report {
	return &Report{Counts: map[string]map[Outcome]int{}}
}

// add counts one outcome and keeps the reason of an unhappy one.
func (r *Report) add(e Entry, o Outcome, reason string) {
	typ := e.Type
	if typ == "" {
		typ = "(unreadable)"
	}
	if r.Counts[typ] == nil {
		r.Counts[typ] = map[Outcome]int{}
	}
	r.Counts[typ][o]++
	if o == Unresolved || o == Failed {
		r.Issues = append(r.Issues, Issue{Type: typ, ID: e.Key, Source: e.Source, Outcome: o, Reason: reason})
	}
}

// Count is the number of resources of a type with an outcome.
func (r *Report) Count(typ string, o Outcome) int { return r.Counts[typ][o] }

// Total is the number of resources with an outcome, over all types.
func (r *Report) Total(o Outcome) int {
	n := 0
	for _, c := range r.Counts {
		n += c[o]
	}
	return n
}

// Print writes the report as a table and a list of issues.
func (r *Report) Print(w io.Writer) {
	types := make([]string, 0, len(r.Counts))
	for t := range r.Counts {
		types = append(types, t)
	}
	sort.Strings(types)

	fmt.Fprintf(w, "%-20s %8s %8s %8s %10s %7s\n", "resource", "created", "updated", "skipped", "unresolved", "failed")
	for _, t := range types {
		c := r.Counts[t]
		fmt.Fprintf(w, "%-20s %8d %8d %8d %10d %7d\n", t, c[Created], c[Updated], c[Skipped], c[Unresolved], c[Failed])
	}
	for _, is := range r.Issues {
		fmt.Fprintf(w, "%s %s/%s (%s): %s\n", is.Outcome, is.Type, is.ID, is.Source, is.Reason)
	}
	for _, is := range r.Warnings {
		fmt.Fprintf(w, "warning %s/%s: %s\n", is.Type, is.ID, is.Reason)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "note: %s\n", n)
	}
}
