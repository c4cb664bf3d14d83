package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// GatewayConfig holds an HTTP SMS provider's settings.
type GatewayConfig struct {
	// URL receives a POST with JSON {"to": …, "from": …, "text": …}.
	URL    string
	APIKey string
	Sender string
}

// Gateway sends SMS through an HTTP provider. The provider answers 2xx on
// acceptance and 4xx when it refuses the number for good.
type Gateway struct {
	cfg  GatewayConfig
	http *http.Client
}

// NewGateway returns an SMS adapter for cfg.
func NewGateway(cfg GatewayConfig) *Gateway {
	return &Gateway{cfg: cfg, http: &http.Client{Timeout: 15 * time.Second}}
}

type gatewayMessage struct {
	To   string `json:"to"`
	From string `json:"from"`
	Text string `json:"text"`
}

// SendSMS posts one message to the provider.
func (g *Gateway) SendSMS(ctx context.Context, s SMS) error {
	body, err := json.Marshal(gatewayMessage{To: s.To, From: g.cfg.Sender, Text: s.Text})
	if err != nil {
		return fmt.Errorf("encode sms: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.cfg.URL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("sms request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+g.cfg.APIKey)

	resp, err := g.http.Do(req)
	if err != nil {
		return fmt.Errorf("send sms: %w", err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)

	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return nil
	case resp.StatusCode >= 400 && resp.StatusCode < 500:
		return fmt.Errorf("sms gateway status %d: %w", resp.StatusCode, ErrUndeliverable)
	default:
		return fmt.Errorf("sms gateway status %d", resp.StatusCode)
	}
}
