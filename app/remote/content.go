package remote

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/textproto"
	"sort"
	"strconv"
	"strings"

	"kring/backend/api"
)

// Write is one write request as the outbox keeps it. The same Write with
// the same key produces byte-identical requests, so a retry after a crash
// is recognised by the server as the same write.
type Write struct {
	Method string          `json:"method"`
	Path   string          `json:"path"`
	Key    string          `json:"key"`
	Body   json.RawMessage `json:"body,omitempty"`
	// Photo, when set, makes the request multipart/form-data: Body's
	// fields as form fields and a "photo" part with these bytes.
	Photo     []byte `json:"photo,omitempty"`
	PhotoType string `json:"photoType,omitempty"`
}

// Send performs a write with its Idempotency-Key and returns the answer's
// body. Writes are retried by resty only because they carry the key.
func (c *Client) Send(ctx context.Context, w Write) (json.RawMessage, error) {
	body, contentType, err := w.encode()
	if err != nil {
		return nil, err
	}
	resp, err := c.request(ctx).
		SetHeader("Idempotency-Key", w.Key).
		SetHeader("Content-Type", contentType).
		SetBody(body).
		Execute(w.Method, w.Path)
	if err := do(resp, err); err != nil {
		return nil, err
	}
	return json.RawMessage(resp.Body()), nil
}

// encode builds the request body. A multipart boundary derived from the
// key keeps a retried upload identical to the first attempt.
func (w Write) encode() ([]byte, string, error) {
	if w.Photo == nil {
		if len(w.Body) == 0 {
			return []byte("{}"), "application/json", nil
		}
		return w.Body, "application/json", nil
	}

	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if err := mw.SetBoundary(boundary(w.Key)); err != nil {
		return nil, "", fmt.Errorf("multipart boundary: %w", err)
	}
	if err := writeFields(mw, w.Body); err != nil {
		return nil, "", err
	}
	kind := w.PhotoType
	if kind == "" {
		kind = "application/octet-stream"
	}
	photo, err := mw.CreatePart(textproto.MIMEHeader{
		"Content-Disposition": {`form-data; name="photo"; filename="photo"`},
		"Content-Type":        {kind},
	})
	if err != nil {
		return nil, "", fmt.Errorf("multipart photo: %w", err)
	}
	// bytes.NewReader: a seekable copy, read whole into the body once.
	if _, err := bytes.NewReader(w.Photo).WriteTo(photo); err != nil {
		return nil, "", fmt.Errorf("multipart photo: %w", err)
	}
	if err := mw.Close(); err != nil {
		return nil, "", fmt.Errorf("close multipart: %w", err)
	}
	return buf.Bytes(), mw.FormDataContentType(), nil
}

// writeFields writes the body's top-level values as form fields, in key
// order, as the server's upload routes expect (text, parentId).
func writeFields(mw *multipart.Writer, body json.RawMessage) error {
	var fields map[string]any
	if len(body) > 0 {
		if err := json.Unmarshal(body, &fields); err != nil {
			return fmt.Errorf("multipart fields: %w", err)
		}
	}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := fields[k]
		if v == nil {
			continue
		}
		text, ok := v.(string)
		if !ok {
			b, _ := json.Marshal(v)
			text = string(b)
		}
		if err := mw.WriteField(k, text); err != nil {
			return fmt.Errorf("multipart field %s: %w", k, err)
		}
	}
	return nil
}

func boundary(key string) string {
	b := "kring-" + strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' {
			return r
		}
		return -1
	}, key)
	if len(b) > 60 {
		b = b[:60]
	}
	return b
}

// Changes fetches what changed for a client after cursor since.
func (c *Client) Changes(ctx context.Context, clientID string, since int64) (api.ChangeSet, error) {
	var out api.ChangeSet
	err := do(c.request(ctx).
		SetPathParam("client", clientID).
		SetQueryParam("since", strconv.FormatInt(since, 10)).
		SetResult(&out).
		Get("/clients/{client}/changes"))
	return out, err
}

// FetchRaw reads a binary resource such as a photo thumbnail.
func (c *Client) FetchRaw(ctx context.Context, path string) ([]byte, string, error) {
	resp, err := c.request(ctx).Get(path)
	if err := do(resp, err); err != nil {
		return nil, "", err
	}
	return resp.Body(), resp.Header().Get("Content-Type"), nil
}

// Fetch reads any JSON resource into out.
func (c *Client) Fetch(ctx context.Context, path string, out any) error {
	return do(c.request(ctx).SetResult(out).Get(path))
}

// Stream listens to the live stream and calls changed with the client id of
// every "changed" event until the stream ends or ctx is done.
func (c *Client) Stream(ctx context.Context, changed func(clientID string)) error {
	r := c.stream.R().SetContext(ctx).SetDoNotParseResponse(true).
		SetHeader("Accept", "text/event-stream")
	if s := c.Session(); s != "" {
		r.SetAuthToken(s)
	}
	resp, err := r.Get("/stream")
	if err != nil {
		return fmt.Errorf("%w: %w", ErrOffline, err)
	}
	body := resp.RawBody()
	defer body.Close()
	if resp.StatusCode() >= 300 {
		return &api.Error{Code: statusCode(resp.StatusCode()), Message: "stream refused"}
	}
	return readEvents(bufio.NewScanner(body), changed)
}

// readEvents parses Server-Sent Events, passing on "changed" ones.
func readEvents(sc *bufio.Scanner, changed func(string)) error {
	event, data := "", ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if event == "changed" {
				var sig struct {
					ClientID string `json:"clientId"`
				}
				if json.Unmarshal([]byte(data), &sig) == nil {
					changed(sig.ClientID)
				}
			}
			event, data = "", ""
		case strings.HasPrefix(line, "event:"):
			event = strings.TrimSpace(strings.TrimPrefix(line, "event:"))
		case strings.HasPrefix(line, "data:"):
			data += strings.TrimSpace(strings.TrimPrefix(line, "data:"))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: %w", ErrOffline, err)
	}
	return fmt.Errorf("%w: stream ended", ErrOffline)
}

func statusCode(status int) api.Code {
	switch status {
	case 401:
		return api.CodeUnauthorized
	case 403:
		return api.CodeForbidden
	case 404:
		return api.CodeNotFound
	}
	return api.CodeInternal
}

// EnrolKiosk trades an enrolment code for a kiosk token (DESKTOP-6).
func (c *Client) EnrolKiosk(ctx context.Context, code string) (string, error) {
	var out api.KioskEnrolResponse
	err := do(c.request(ctx).SetBody(api.KioskEnrolRequest{Code: code}).SetResult(&out).
		Post("/kiosk/enrol"))
	return out.KioskToken, err
}
