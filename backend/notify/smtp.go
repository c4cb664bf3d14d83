package notify

import (
	"context"
	"fmt"

	"github.com/wneessen/go-mail"
)

// SMTPConfig says how to reach the organisation's mail server.
type SMTPConfig struct {
	Host     string
	Port     int
	User     string
	Password string
	From     string
	// TLS is "starttls" (default), "tls" or "none" (local test servers only).
	TLS string
}

// SMTP sends mail through go-mail.
type SMTP struct {
	cfg SMTPConfig
}

// NewSMTP returns a mailer for cfg.
func NewSMTP(cfg SMTPConfig) *SMTP {
	return &SMTP{cfg: cfg}
}

// SendMail delivers one message.
func (s *SMTP) SendMail(ctx context.Context, m Mail) error {
	msg := mail.NewMsg()
	if err := msg.From(s.cfg.From); err != nil {
		return fmt.Errorf("mail from: %w", err)
	}
	if err := msg.To(m.To); err != nil {
		return fmt.Errorf("mail to: %w", err)
	}
	msg.Subject(m.Subject)
	msg.SetBodyString(mail.TypeTextPlain, m.Text)

	client, err := mail.NewClient(s.cfg.Host, s.options()...)
	if err != nil {
		return fmt.Errorf("mail client: %w", err)
	}
	if err := client.DialAndSendWithContext(ctx, msg); err != nil {
		return fmt.Errorf("send mail: %w", err)
	}
	return nil
}

func (s *SMTP) options() []mail.Option {
	opts := []mail.Option{mail.WithPort(s.cfg.Port)}
	switch s.cfg.TLS {
	case "none":
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	case "tls":
		opts = append(opts, mail.WithSSL())
	default:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	}
	if s.cfg.User != "" {
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthPlain),
			mail.WithUsername(s.cfg.User), mail.WithPassword(s.cfg.Password))
	}
	return opts
}
