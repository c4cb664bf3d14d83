package notify_test

import (
	"context"
	"strings"
	"testing"

	"kring/backend/notify"
	"kring/backend/notify/notifytest"
)

// TestSMTPDelivers sends through go-mail to a real SMTP server: subject,
// a recipient with a "+" and a link survive the trip.
func TestSMTPDelivers(t *testing.T) {
	srv := notifytest.StartSMTP(t)
	mailer := notify.NewSMTP(notify.SMTPConfig{Host: "127.0.0.1", Port: srv.Port, TLS: "none",
		From: "Kring <noreply@zorgorganisatie.example>"})

	link := "https://kring.example/reset?token=Ab-_09xyz"
	err := mailer.SendMail(context.Background(), notify.Mail{To: "anna.devries+kring@example.nl",
		Subject: "Nieuw wachtwoord voor Kring – één keer", Text: "Klik hier:\n\n" + link + "\n"})
	if err != nil {
		t.Fatalf("send: %v", err)
	}

	got := srv.WaitMail(t, 1)
	if !strings.Contains(got.To, "anna.devries+kring@example.nl") {
		t.Fatalf("recipient %q", got.To)
	}
	if got.Subject != "Nieuw wachtwoord voor Kring – één keer" {
		t.Fatalf("subject %q", got.Subject)
	}
	if !strings.Contains(got.Body, link) {
		t.Fatalf("link not in body:\n%s", got.Body)
	}
}

// TestSMTPRefusesBadRecipient checks that a malformed address is an error
// before anything is sent.
func TestSMTPRefusesBadRecipient(t *testing.T) {
	mailer := notify.NewSMTP(notify.SMTPConfig{Host: "127.0.0.1", Port: 1, TLS: "none", From: "noreply@example.nl"})
	if err := mailer.SendMail(context.Background(), notify.Mail{To: "geen adres", Subject: "x", Text: "x"}); err == nil {
		t.Fatal("want an error for a malformed address")
	}
}
