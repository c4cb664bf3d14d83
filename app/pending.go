package app

import (
	"encoding/json"
	"time"

	"kring/app/cache"
)

// queued is an outbox item with its write decoded.
type queued struct {
	cache.Item
	path string
	body json.RawMessage
}

// outboxOf lists a client's waiting or refused items of one kind.
func outboxOf(c *core, l *local, clientID, kind string) []queued {
	items, err := l.cache.Items(c.context(), cache.StatePending, cache.StateFailed)
	if err != nil {
		return nil
	}
	var out []queued
	for _, it := range items {
		if it.ClientID != clientID || it.Kind != kind {
			continue
		}
		var w struct {
			Path string          `json:"path"`
			Body json.RawMessage `json:"body"`
		}
		_ = json.Unmarshal(it.Payload, &w)
		out = append(out, queued{Item: it, path: w.Path, body: w.Body})
	}
	return out
}

// instantKey formats an RFC 3339 time as the cache's sort keys are.
func instantKey(s string) string {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return s
	}
	return t.UTC().Format("2006-01-02T15:04:05.000000000Z")
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }
