package auth

import (
	"context"
	"fmt"
	"strings"

	"kring/backend/notify"
)

// The mails Kring sends, in the app's Dutch voice: formal "u", short
// sentences, and what to do next.

func resetMail(u user, link string) notify.Mail {
	return notify.Mail{
		To:      u.Email,
		Subject: "Nieuw wachtwoord voor Kring",
		Text: fmt.Sprintf(`Beste %s,

U heeft gevraagd om een nieuw wachtwoord voor Kring.
Klik op de link hieronder. Daar kiest u een nieuw wachtwoord.

%s

De link werkt 10 minuten en maar één keer.
Daarna vraagt u een nieuwe link aan via "Wachtwoord vergeten".

Heeft u dit niet zelf gevraagd? Dan hoeft u niets te doen.
Uw wachtwoord blijft dan hetzelfde.

Met vriendelijke groet,
Kring
`, u.DisplayName, link),
	}
}

// Credentials are the sign-in details of a new account.
type Credentials struct {
	Email       string
	DisplayName string
	UserName    string
	Password    string
	ClientName  string
}

// MailCredentials sends a new account its user name and one-time
// password (USERS-4, AUTH-9).
func (s *Service) MailCredentials(ctx context.Context, c Credentials) error {
	m := notify.Mail{
		To:      c.Email,
		Subject: "Uw inloggegevens voor Kring",
		Text: fmt.Sprintf(`Beste %s,

U krijgt toegang tot het cliëntportaal Kring van %s.
Hiermee logt u de eerste keer in:

Gebruikersnaam: %s
Wachtwoord: %s

Dit wachtwoord werkt 14 dagen en maar één keer.
Bij de eerste keer inloggen kiest u zelf een nieuw wachtwoord.
U krijgt dan ook een sms-code op uw mobiele telefoon.

Adres van Kring: %s

Met vriendelijke groet,
Kring
`, c.DisplayName, c.ClientName, c.UserName, c.Password, s.cfg.BaseURL),
	}
	if err := s.notify.SendMail(ctx, m); err != nil {
		return fmt.Errorf("send credentials mail: %w", err)
	}
	return nil
}

// Invite is an invitation of an existing user to another portal.
type Invite struct {
	Email       string
	DisplayName string
	ClientName  string
	InvitedBy   string
}

// MailInvitation tells an existing user they were invited to another
// portal; they accept it after signing in (AUTH-7, AUTH-9).
func (s *Service) MailInvitation(ctx context.Context, inv Invite) error {
	m := notify.Mail{
		To:      inv.Email,
		Subject: "Uitnodiging voor Kring",
		Text: fmt.Sprintf(`Beste %s,

%s nodigt u uit voor het cliëntportaal Kring van %s.

Log in met uw eigen gebruikersnaam en wachtwoord.
Na het inloggen ziet u de uitnodiging. Kies "Accepteren" om het portaal te openen.

Kent u deze uitnodiging niet? Kies dan "Melden". De helpdesk van de
zorgorganisatie kijkt er dan naar.

Met vriendelijke groet,
Kring
`, inv.DisplayName, inv.InvitedBy, inv.ClientName),
	}
	if err := s.notify.SendMail(ctx, m); err != nil {
		return fmt.Errorf("send invitation mail: %w", err)
	}
	return nil
}

// HelpdeskReport is an invitation a user did not recognise.
type HelpdeskReport struct {
	ReportID   string
	UserName   string
	UserEmail  string
	ClientName string
	InvitedBy  string
}

// MailHelpdesk tells the organisation's helpdesk about a reported
// invitation (AUTH-7) and returns the address it went to.
func (s *Service) MailHelpdesk(ctx context.Context, r HelpdeskReport) (string, error) {
	to := strings.TrimSpace(s.cfg.Helpdesk)
	m := notify.Mail{
		To:      to,
		Subject: "Kring: uitnodiging gemeld als onbekend",
		Text: fmt.Sprintf(`Een gebruiker van Kring kent een uitnodiging niet.

Melding: %s
Gebruiker: %s (%s)
Portaal van: %s
Uitgenodigd door: %s

De uitnodiging is niet geaccepteerd. Neem contact op met de gebruiker of
met de portaalbeheerder van dit portaal.
`, r.ReportID, r.UserName, r.UserEmail, r.ClientName, r.InvitedBy),
	}
	if err := s.notify.SendMail(ctx, m); err != nil {
		return "", fmt.Errorf("send helpdesk mail: %w", err)
	}
	return to, nil
}

// Helpdesk returns the organisation's helpdesk address.
func (s *Service) Helpdesk() string { return s.cfg.Helpdesk }
