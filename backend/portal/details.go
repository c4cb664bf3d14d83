package portal

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kring/backend/api"
)

// ClientDetails returns the client's contact details as held in the care
// dossier (DETAILS-1).
func (p *Portal) ClientDetails(ctx context.Context, userID, clientID string) (api.ClientDetails, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionDetails); err != nil {
		return api.ClientDetails{}, err
	}
	return loadClientDetails(ctx, p.db, clientID)
}

var errClientNotFound = api.Errorf(api.CodeNotFound, "no such portal")

func loadClientDetails(ctx context.Context, q Querier, clientID string) (api.ClientDetails, error) {
	var d api.ClientDetails
	err := q.QueryRow(ctx, `SELECT id, name, given_name, family_name, birth_date, address, phone,
		email, photo IS NOT NULL FROM clients WHERE id = ?`, clientID).Scan(&d.ClientID, &d.Name,
		&d.GivenName, &d.FamilyName, &d.BirthDate, &d.Address, &d.Phone, &d.Email, &d.HasPhoto)
	if errors.Is(err, sql.ErrNoRows) {
		return api.ClientDetails{}, errClientNotFound
	}
	if err != nil {
		return api.ClientDetails{}, fmt.Errorf("load client details: %w", err)
	}
	return d, nil
}

// CareTeam lists the staff involved in the client's care (DETAILS-2).
func (p *Portal) CareTeam(ctx context.Context, userID, clientID string) (api.CareTeam, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionDetails); err != nil {
		return api.CareTeam{}, err
	}
	rows, err := p.db.Query(ctx, `SELECT `+careTeamColumns+` FROM care_team
		WHERE client_id = ? ORDER BY name, id`, clientID)
	if err != nil {
		return api.CareTeam{}, fmt.Errorf("list care team: %w", err)
	}
	defer rows.Close()

	team := api.CareTeam{Members: []api.CareTeamMember{}}
	for rows.Next() {
		m, err := scanCareTeamMember(rows)
		if err != nil {
			return api.CareTeam{}, err
		}
		team.Members = append(team.Members, m)
	}
	return team, rows.Err()
}

// CareTeamMember returns one member of the care team.
func (p *Portal) CareTeamMember(ctx context.Context, userID, clientID, id string) (api.CareTeamMember, error) {
	if _, err := p.Require(ctx, userID, clientID, api.SectionDetails); err != nil {
		return api.CareTeamMember{}, err
	}
	return loadCareTeamMember(ctx, p.db, clientID, id)
}

const careTeamColumns = `id, client_id, name, role, phone, email`

func scanCareTeamMember(row scanner) (api.CareTeamMember, error) {
	var m api.CareTeamMember
	if err := row.Scan(&m.ID, &m.ClientID, &m.Name, &m.Role, &m.Phone, &m.Email); err != nil {
		return api.CareTeamMember{}, fmt.Errorf("scan care team member: %w", err)
	}
	return m, nil
}

var errCareTeamMemberNotFound = api.Errorf(api.CodeNotFound, "no such care team member")

func loadCareTeamMember(ctx context.Context, q Querier, clientID, id string) (api.CareTeamMember, error) {
	m, err := scanCareTeamMember(q.QueryRow(ctx, `SELECT `+careTeamColumns+` FROM care_team
		WHERE id = ? AND client_id = ?`, id, clientID))
	if errors.Is(err, sql.ErrNoRows) {
		return api.CareTeamMember{}, errCareTeamMemberNotFound
	}
	return m, err
}

func init() {
	registerBuiltin(EntityClientDetails, func(ctx context.Context, q Querier, clientID, _, _ string) (json.RawMessage, bool, error) {
		return loadOrGone(loadClientDetails(ctx, q, clientID))
	})
	registerBuiltin(EntityCareTeam, func(ctx context.Context, q Querier, clientID, id, _ string) (json.RawMessage, bool, error) {
		return loadOrGone(loadCareTeamMember(ctx, q, clientID, id))
	})
}
