package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"testing"

	"kring/backend/api"
	"kring/backend/server/servertest"
)

// answer is a raw HTTP answer.
type answer struct {
	status int
	header http.Header
	body   []byte
}

// raw sends a request with extra headers and returns the answer as it
// came over the wire (no transparent gzip).
func raw(t *testing.T, e *servertest.Env, method, path, session string, body any, headers ...string) answer {
	t.Helper()
	req := e.NewRequest(t, method, path, session, body)
	req.Header.Set("Accept-Encoding", "identity")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s %s: %v", method, path, err)
	}
	return answer{status: resp.StatusCode, header: resp.Header, body: data}
}

// apiCode decodes the error code of an answer.
func (a answer) apiCode() api.Code {
	var e api.Error
	_ = json.Unmarshal(a.body, &e)
	return e.Code
}

// changes fetches one page of the sync feed.
func changes(t *testing.T, e *servertest.Env, session, clientID string, since int64) api.ChangeSet {
	t.Helper()
	var set api.ChangeSet
	path := "/clients/" + clientID + "/changes?since=" + itoa64(since)
	if status, err := e.Do(t, "GET", path, session, nil, &set); err != nil {
		t.Fatalf("changes since %d: %d %v", since, status, err)
	}
	return set
}

func itoa64(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// visit is an appointment input a day after the test clock starts.
func visit(title string) api.AppointmentInput {
	return api.AppointmentInput{Title: title, Start: "2026-12-04T10:00", End: "2026-12-04T11:00"}
}
