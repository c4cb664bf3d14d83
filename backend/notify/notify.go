// Package notify delivers the portal's mail and SMS: mail over SMTP, SMS
// through an HTTP gateway, or both into a dev outbox in demo mode.
package notify

import (
	"context"
	"errors"
)

// Mail is one e-mail message.
type Mail struct {
	To      string
	Subject string
	Text    string
}

// SMS is one text message to a mobile number in E.164 form.
type SMS struct {
	To   string
	Text string
}

// Mailer sends e-mail.
type Mailer interface {
	SendMail(ctx context.Context, m Mail) error
}

// Texter sends SMS.
type Texter interface {
	SendSMS(ctx context.Context, s SMS) error
}

// Notifier sends both.
type Notifier interface {
	Mailer
	Texter
}

// ErrUndeliverable means the provider refused the recipient for good, such
// as a number that cannot receive SMS.
var ErrUndeliverable = errors.New("recipient cannot be reached")

// Pair joins a Mailer and a Texter into one Notifier.
type Pair struct {
	Mailer
	Texter
}
