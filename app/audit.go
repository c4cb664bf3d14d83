package app

import "kring/backend/api"

// AuditEntry is one line of a portal's audit log as the administrator
// reads it: who saw, opened or changed what, and when.
type AuditEntry struct {
	At       string `json:"at"`
	UserName string `json:"userName"`
	Section  string `json:"section"`
	Action   string `json:"action"`
	Subject  string `json:"subject"`
}

// AuditLog is the newest page of a portal's audit log.
type AuditLog struct {
	Entries []AuditEntry `json:"entries"`
}

// Audit reads the newest entries of the portal's audit log; the server
// answers only a portal administrator.
func (s *UsersService) Audit(in ClientInput) (AuditLog, error) {
	var list api.AuditList
	if err := s.core.client.Fetch(s.core.context(), "/clients/"+in.ClientID+"/audit", &list); err != nil {
		return AuditLog{}, toUI(err)
	}
	out := AuditLog{Entries: make([]AuditEntry, 0, len(list.Entries))}
	for _, e := range list.Entries {
		out.Entries = append(out.Entries, AuditEntry{At: e.At, UserName: e.UserName,
			Section: string(e.Section), Action: e.Action, Subject: e.Subject})
	}
	return out, nil
}
