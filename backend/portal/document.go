package portal

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kring/backend/api"
)

// Documents lists the other dossier documents, newest first, without
// their content (DOSSIER-3).
func (p *Portal) Documents(ctx context.Context, by Actor, clientID string) (api.DocumentList, error) {
	if err := p.readDossier(ctx, by, clientID); err != nil {
		return api.DocumentList{}, err
	}
	rows, err := p.db.Query(ctx, `SELECT id, client_id, title, kind, written_at, content_type
		FROM documents WHERE client_id = ? ORDER BY written_at DESC, id`, clientID)
	if err != nil {
		return api.DocumentList{}, fmt.Errorf("list documents: %w", err)
	}
	defer rows.Close()

	list := api.DocumentList{Documents: []api.DocumentSummary{}}
	for rows.Next() {
		var d api.DocumentSummary
		var at string
		if err := rows.Scan(&d.ID, &d.ClientID, &d.Title, &d.Kind, &at, &d.ContentType); err != nil {
			return api.DocumentList{}, fmt.Errorf("scan document: %w", err)
		}
		d.WrittenAt = localRFC3339(at)
		list.Documents = append(list.Documents, d)
	}
	if err := rows.Err(); err != nil {
		return api.DocumentList{}, err
	}
	return list, p.delivered(ctx, by, clientID, "documents")
}

// Document returns one dossier document with its content.
func (p *Portal) Document(ctx context.Context, by Actor, clientID, id string) (api.Document, error) {
	if err := p.readDossier(ctx, by, clientID); err != nil {
		return api.Document{}, err
	}
	d, err := loadDocument(ctx, p.db, clientID, id)
	if err != nil {
		return api.Document{}, err
	}
	return d, p.delivered(ctx, by, clientID, "document:"+id)
}

var errDocumentNotFound = api.Errorf(api.CodeNotFound, "no such document")

func loadDocument(ctx context.Context, q Querier, clientID, id string) (api.Document, error) {
	var d api.Document
	var at string
	err := q.QueryRow(ctx, `SELECT id, client_id, title, kind, written_at, content_type, content
		FROM documents WHERE id = ? AND client_id = ?`, id, clientID).Scan(&d.ID, &d.ClientID,
		&d.Title, &d.Kind, &at, &d.ContentType, &d.Content)
	if errors.Is(err, sql.ErrNoRows) {
		return api.Document{}, errDocumentNotFound
	}
	if err != nil {
		return api.Document{}, fmt.Errorf("load document: %w", err)
	}
	d.WrittenAt = localRFC3339(at)
	return d, nil
}

func init() {
	registerBuiltin(EntityDocument, func(ctx context.Context, q Querier, clientID, id, _ string) (json.RawMessage, bool, error) {
		return loadOrGone(loadDocument(ctx, q, clientID, id))
	})
}
