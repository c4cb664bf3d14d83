package portal

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// maxOpenings bounds one batch of reported openings.
const maxOpenings = 500

// RecordOpenings records the openings of dossier items the app reports
// (DESIGN: audit). Each opening carries a key made by the app, so a batch
// sent twice is recorded once.
func (p *Portal) RecordOpenings(ctx context.Context, by Actor, clientID string, report api.OpeningsReport) error {
	if _, err := p.Access(ctx, by.UserID, clientID); err != nil {
		return err
	}
	if len(report.Openings) > maxOpenings {
		return api.Errorf(api.CodeValidation, "at most 500 openings per batch")
	}
	entries := make([]AuditEntry, 0, len(report.Openings))
	for _, o := range report.Openings {
		at, err := time.Parse(time.RFC3339, o.OpenedAt)
		if err != nil || o.Key == "" || len(o.Key) > 100 || !o.Section.Valid() || len(o.Subject) > 100 {
			return api.Errorf(api.CodeValidation, "each opening needs a key, a section, a subject and openedAt in RFC 3339")
		}
		entries = append(entries, AuditEntry{At: at, UserID: by.UserID, DeviceID: by.DeviceID,
			ClientID: clientID, Section: o.Section, Action: AuditOpen, Subject: o.Subject,
			Key: by.UserID + ":" + o.Key})
	}
	for _, e := range entries {
		if err := p.Audit(ctx, e); err != nil {
			return err
		}
	}
	return nil
}

// AuditLog returns a page of the portal's audit log, newest first, to its
// administrator. before is the cursor of the previous page.
func (p *Portal) AuditLog(ctx context.Context, userID, clientID, before string, limit int) (api.AuditList, error) {
	if _, err := p.RequireAdmin(ctx, userID, clientID); err != nil {
		return api.AuditList{}, err
	}
	if err := p.FlushAudit(ctx); err != nil {
		return api.AuditList{}, err
	}
	cursor := int64(1) << 62
	if before != "" {
		n, err := strconv.ParseInt(before, 10, 64)
		if err != nil {
			return api.AuditList{}, api.Errorf(api.CodeValidation, "before is not a cursor")
		}
		cursor = n
	}

	rows, err := p.db.Query(ctx, `SELECT a.id, a.at, a.user_id, COALESCE(u.display_name, ''),
		a.section, a.action, a.device_id, a.subject FROM audit_log a
		LEFT JOIN users u ON u.id = a.user_id
		WHERE a.client_id = ? AND a.id < ? ORDER BY a.id DESC LIMIT ?`, clientID, cursor, limit+1)
	if err != nil {
		return api.AuditList{}, fmt.Errorf("read audit log: %w", err)
	}
	defer rows.Close()

	list := api.AuditList{Entries: []api.AuditEntry{}}
	var lastID int64
	for rows.Next() {
		var e api.AuditEntry
		var at string
		if err := rows.Scan(&lastID, &at, &e.UserID, &e.UserName, &e.Section, &e.Action,
			&e.DeviceID, &e.Subject); err != nil {
			return api.AuditList{}, fmt.Errorf("scan audit entry: %w", err)
		}
		if len(list.Entries) == limit {
			list.Next = strconv.FormatInt(lastID+1, 10)
			break
		}
		t, _ := store.ParseTime(at)
		e.At = t.Format(time.RFC3339)
		list.Entries = append(list.Entries, e)
	}
	return list, rows.Err()
}
