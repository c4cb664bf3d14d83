package notify

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestGatewayAnswers checks how the provider's statuses are read: 2xx
// accepted, 4xx undeliverable for good, 5xx a passing failure.
func TestGatewayAnswers(t *testing.T) {
	for _, tc := range []struct {
		status        int
		ok            bool
		undeliverable bool
	}{
		{http.StatusOK, true, false},
		{http.StatusAccepted, true, false},
		{http.StatusBadRequest, false, true},
		{http.StatusUnprocessableEntity, false, true},
		{http.StatusBadGateway, false, false},
	} {
		t.Run(http.StatusText(tc.status), func(t *testing.T) {
			var got gatewayMessage
			var auth string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				auth = r.Header.Get("Authorization")
				_ = json.NewDecoder(r.Body).Decode(&got)
				w.WriteHeader(tc.status)
			}))
			defer srv.Close()

			g := NewGateway(GatewayConfig{URL: srv.URL, APIKey: "sleutel", Sender: "Kring"})
			err := g.SendSMS(context.Background(), SMS{To: "+31612345678", Text: "Uw code is 123456"})
			if tc.ok != (err == nil) || tc.undeliverable != errors.Is(err, ErrUndeliverable) {
				t.Fatalf("status %d: err %v", tc.status, err)
			}
			if got.To != "+31612345678" || got.From != "Kring" || got.Text != "Uw code is 123456" || auth != "Bearer sleutel" {
				t.Fatalf("request: %+v, auth %q", got, auth)
			}
		})
	}
}
