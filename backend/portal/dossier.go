package portal

import (
	"context"

	"kring/backend/api"
)

// readDossier checks the dossier right of a reader. Dossier data is
// read-only for portal users, so a closed portal still shows it.
func (p *Portal) readDossier(ctx context.Context, by Actor, clientID string) error {
	_, err := p.Require(ctx, by.UserID, clientID, api.SectionDossier)
	return err
}

// delivered records in the audit log that dossier data left the server
// for this reader and device (NEN 7513); subject names what was sent.
func (p *Portal) delivered(ctx context.Context, by Actor, clientID, subject string) error {
	return p.Audit(ctx, AuditEntry{UserID: by.UserID, DeviceID: by.DeviceID, ClientID: clientID,
		Section: api.SectionDossier, Action: AuditDeliver, Subject: subject})
}
