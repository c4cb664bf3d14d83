package notify

import (
	"context"
	"log/slog"
	"strconv"
	"sync"
	"time"
)

// OutboxMessage is one message kept by the dev outbox.
type OutboxMessage struct {
	ID      string `json:"id"`
	Channel string `json:"channel"` // "sms" or "mail"
	To      string `json:"to"`
	Subject string `json:"subject"`
	Body    string `json:"body"`
	SentAt  string `json:"sentAt"`
}

// Outbox keeps every message in memory and prints it to the log, so that a
// person can sign in to a demo without a phone. Demo and development only:
// it logs message bodies, which hold codes and links.
type Outbox struct {
	log *slog.Logger

	mu       sync.Mutex
	messages []OutboxMessage
}

// NewOutbox returns an empty dev outbox.
func NewOutbox(log *slog.Logger) *Outbox {
	return &Outbox{log: log.With("component", "dev_outbox")}
}

// SendMail keeps the mail.
func (o *Outbox) SendMail(_ context.Context, m Mail) error {
	o.add(OutboxMessage{Channel: "mail", To: m.To, Subject: m.Subject, Body: m.Text})
	return nil
}

// SendSMS keeps the SMS.
func (o *Outbox) SendSMS(_ context.Context, s SMS) error {
	o.add(OutboxMessage{Channel: "sms", To: s.To, Body: s.Text})
	return nil
}

// Messages returns every kept message, oldest first.
func (o *Outbox) Messages() []OutboxMessage {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]OutboxMessage(nil), o.messages...)
}

func (o *Outbox) add(m OutboxMessage) {
	o.mu.Lock()
	m.ID = strconv.Itoa(len(o.messages) + 1)
	m.SentAt = time.Now().UTC().Format(time.RFC3339)
	o.messages = append(o.messages, m)
	o.mu.Unlock()

	// The dev outbox exists to show these texts; it is never used in production.
	o.log.Info("dev outbox", "channel", m.Channel, "to", m.To, "subject", m.Subject, "body", m.Body)
}
