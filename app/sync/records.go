package syncer

import (
	"encoding/json"
	"fmt"
	"time"

	"kring/app/cache"
)

// sortFields are the JSON fields that order records, per entity, first
// present wins. Instants are normalised to UTC so they sort as text.
var sortFields = map[string][]string{
	"appointment":  {"start"},
	"report":       {"writtenAt", "createdAt"},
	"document":     {"writtenAt", "createdAt"},
	"goal":         {"position", "startDate"},
	"conversation": {"lastMessageAt", "updatedAt", "createdAt"},
	"message":      {"createdAt"},
	"post":         {"createdAt"},
	"careTeam":     {"name"},
}

// parentFields group children under their record.
var parentFields = []string{"conversationId", "parentId", "goalId"}

// clearFields are the only values taken out of a record into clear columns.
type clearFields map[string]json.RawMessage

// RecordOf makes a cache record of a record's JSON from the server. Only
// its id, parent id, timestamps and sort key are kept in clear.
func RecordOf(clientID, section, entity, id string, data []byte) cache.Record {
	var f clearFields
	_ = json.Unmarshal(data, &f)
	r := cache.Record{
		ClientID: clientID, Entity: entity, ID: id, Section: section,
		UpdatedAt: instant(f.text("updatedAt")), Data: data,
	}
	for _, name := range parentFields {
		if v := f.text(name); v != "" {
			r.ParentID = v
			break
		}
	}
	for _, name := range sortFields[entity] {
		if v, ok := f[name]; ok {
			r.SortKey = sortKey(name, v, f)
			break
		}
	}
	if entity == "careTeam" {
		// A name is content: keep care team order by id rather than name.
		r.SortKey = id
	}
	return r
}

func (f clearFields) text(name string) string {
	var s string
	if v, ok := f[name]; ok {
		_ = json.Unmarshal(v, &s)
	}
	return s
}

func sortKey(name string, v json.RawMessage, f clearFields) string {
	var n float64
	if json.Unmarshal(v, &n) == nil {
		return fmt.Sprintf("%012.0f", n)
	}
	return instant(f.text(name))
}

// instant normalises an RFC 3339 time to fixed-width UTC; anything else is
// kept as it is (dates sort as text already).
func instant(s string) string {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return s
	}
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z")
}
