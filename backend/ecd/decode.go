package ecd

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Entry is one FHIR resource found in the input, not yet mapped.
type Entry struct {
	Type string
	// Key is the resource's logical id; without one, the bundle's fullUrl
	// or a hash of a non-BSN identifier (see entryKey).
	Key     string
	FullURL string
	Raw     json.RawMessage
	// Source tells where the entry came from, for the report.
	Source string
	// Err is why the entry cannot be imported, if it cannot.
	Err error
}

// Ref is the entry's reference form, "Type/key".
func (e Entry) Ref() string { return e.Type + "/" + e.Key }

// ErrNotFHIR marks input that is JSON but no FHIR resource.
var ErrNotFHIR = errors.New("not a FHIR resource: no resourceType")

// maxBundleDepth bounds bundles inside bundles.
const maxBundleDepth = 8

type envelope struct {
	ResourceType string          `json:"resourceType"`
	ID           string          `json:"id"`
	Entry        json.RawMessage `json:"entry"`
	Identifier   json.RawMessage `json:"identifier"`
}

type bundleEntry struct {
	FullURL  string          `json:"fullUrl"`
	Resource json.RawMessage `json:"resource"`
}

// Decode reads one JSON document, a resource or a Bundle, and returns its
// resources; bundles are flattened. A broken entry comes back with Err set
// so the rest can still be imported; an error means the document as a
// whole is unreadable.
func Decode(data []byte, source string) ([]Entry, error) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] != '{' {
		return nil, errors.New("not a JSON object")
	}
	if !json.Valid(data) {
		return nil, fmt.Errorf("invalid JSON: %w", syntaxError(data))
	}
	return decodeResource(data, "", source, 0)
}

func decodeResource(raw json.RawMessage, fullURL, source string, depth int) ([]Entry, error) {
	var env envelope
	if err := json.Unmarshal(raw, &env); err != nil {
		return []Entry{{Source: source, FullURL: fullURL, Err: fmt.Errorf("read resource: %w", err)}}, nil
	}
	if env.ResourceType == "" {
		return nil, ErrNotFHIR
	}
	if env.ResourceType != "Bundle" {
		e := Entry{Type: env.ResourceType, FullURL: fullURL, Raw: raw, Source: source}
		e.Key, e.Err = entryKey(env, fullURL)
		return []Entry{e}, nil
	}
	if depth >= maxBundleDepth {
		return nil, errors.New("bundles nested too deep")
	}

	var entries []bundleEntry
	if len(env.Entry) > 0 {
		if err := json.Unmarshal(env.Entry, &entries); err != nil {
			return nil, fmt.Errorf("read bundle entries: %w", err)
		}
	}
	var out []Entry
	for i, be := range entries {
		src := fmt.Sprintf("%s entry %d", source, i)
		if len(be.Resource) == 0 || string(be.Resource) == "null" {
			out = append(out, Entry{Source: src, FullURL: be.FullURL, Err: errors.New("bundle entry has no resource")})
			continue
		}
		got, err := decodeResource(be.Resource, be.FullURL, src, depth+1)
		if err != nil {
			out = append(out, Entry{Source: src, FullURL: be.FullURL, Err: err})
			continue
		}
		out = append(out, got...)
	}
	return out, nil
}

// entryKey picks the key under which a resource is kept: its id, else its
// fullUrl, else a hash of its first identifier that is not a BSN. A BSN is
// never used, not even hashed: nine digits are easily guessed back.
func entryKey(env envelope, fullURL string) (string, error) {
	if env.ID != "" {
		if !validID(env.ID) {
			return "", fmt.Errorf("invalid id %q", truncate(env.ID, 80))
		}
		return env.ID, nil
	}
	if fullURL != "" {
		return "url-" + shortHash(fullURL), nil
	}
	var ids []struct{ System, Value string }
	_ = json.Unmarshal(env.Identifier, &ids)
	for _, id := range ids {
		if id.Value != "" && !isBSN(id.System) {
			return "idh-" + shortHash(id.System+"|"+id.Value), nil
		}
	}
	return "", errors.New("no id, fullUrl or usable identifier")
}

// validID checks the FHIR id rule: 1-64 of A-Z a-z 0-9 - .
func validID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, r := range id {
		ok := r == '-' || r == '.' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
		if !ok {
			return false
		}
	}
	return true
}

// isBSN tells whether an identifier system is the Dutch citizen service
// number, by its current URI or its older OID.
func isBSN(system string) bool {
	return system == "http://fhir.nl/fhir/NamingSystem/bsn" ||
		system == "urn:oid:2.16.840.1.113883.2.4.6.3"
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// syntaxError finds where invalid JSON breaks, for the report.
func syntaxError(data []byte) error {
	var v any
	err := json.Unmarshal(data, &v)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("at byte %d: %w", se.Offset, err)
	}
	if err == nil {
		return errors.New("invalid")
	}
	return err
}

// decodeAs reads an entry into its resource type.
func decodeAs(e Entry, v any) error {
	if err := json.Unmarshal(e.Raw, v); err != nil {
		return fmt.Errorf("read %s: %w", e.Type, err)
	}
	return nil
}

// refTarget splits a literal reference "Type/id", an absolute URL ending
// in it, or a versioned one, into type and id. Contained ("#x") and
// logical (identifier-only) references give empty strings.
func refTarget(ref *Reference) (typ, id string) {
	if ref == nil || ref.Reference == "" || strings.HasPrefix(ref.Reference, "#") {
		return "", ""
	}
	s := ref.Reference
	if i := strings.Index(s, "/_history/"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, "/")
	if len(parts) < 2 {
		return "", ""
	}
	return parts[len(parts)-2], parts[len(parts)-1]
}
