package portal

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"kring/backend/api"
)

// CarePlan returns the care plan: goals with their care question,
// evaluations and actions, and the actions tied to no goal (DOSSIER-2).
func (p *Portal) CarePlan(ctx context.Context, by Actor, clientID string) (api.CarePlan, error) {
	if err := p.readDossier(ctx, by, clientID); err != nil {
		return api.CarePlan{}, err
	}
	plan, err := loadCarePlan(ctx, p.db, clientID)
	if err != nil {
		return api.CarePlan{}, err
	}
	return plan, p.delivered(ctx, by, clientID, "careplan")
}

// Goal returns one goal of the care plan.
func (p *Portal) Goal(ctx context.Context, by Actor, clientID, id string) (api.Goal, error) {
	if err := p.readDossier(ctx, by, clientID); err != nil {
		return api.Goal{}, err
	}
	g, err := loadGoal(ctx, p.db, clientID, id)
	if err != nil {
		return api.Goal{}, err
	}
	return g, p.delivered(ctx, by, clientID, "goal:"+id)
}

const goalColumns = `id, client_id, title, care_question, status, start_date`

func scanGoal(row scanner) (api.Goal, error) {
	g := api.Goal{Evaluations: []api.Evaluation{}, Actions: []api.Action{}}
	err := row.Scan(&g.ID, &g.ClientID, &g.Title, &g.CareQuestion, &g.Status, &g.StartDate)
	if err != nil {
		return api.Goal{}, fmt.Errorf("scan goal: %w", err)
	}
	return g, nil
}

func loadCarePlan(ctx context.Context, q Querier, clientID string) (api.CarePlan, error) {
	plan := api.CarePlan{ClientID: clientID, Goals: []api.Goal{}}
	rows, err := q.Query(ctx, `SELECT `+goalColumns+` FROM goals WHERE client_id = ?
		ORDER BY position, title, id`, clientID)
	if err != nil {
		return api.CarePlan{}, fmt.Errorf("list goals: %w", err)
	}
	for rows.Next() {
		g, err := scanGoal(rows)
		if err != nil {
			rows.Close()
			return api.CarePlan{}, err
		}
		plan.Goals = append(plan.Goals, g)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return api.CarePlan{}, err
	}

	for i := range plan.Goals {
		if err := loadGoalParts(ctx, q, &plan.Goals[i]); err != nil {
			return api.CarePlan{}, err
		}
	}
	plan.Actions, err = loadActions(ctx, q, `client_id = ? AND goal_id IS NULL`, clientID)
	return plan, err
}

var errGoalNotFound = api.Errorf(api.CodeNotFound, "no such goal")

func loadGoal(ctx context.Context, q Querier, clientID, id string) (api.Goal, error) {
	g, err := scanGoal(q.QueryRow(ctx, `SELECT `+goalColumns+` FROM goals
		WHERE id = ? AND client_id = ?`, id, clientID))
	if errors.Is(err, sql.ErrNoRows) {
		return api.Goal{}, errGoalNotFound
	}
	if err != nil {
		return api.Goal{}, err
	}
	return g, loadGoalParts(ctx, q, &g)
}

// loadGoalParts adds a goal's evaluations, newest first, and actions.
func loadGoalParts(ctx context.Context, q Querier, g *api.Goal) error {
	rows, err := q.Query(ctx, `SELECT id, written_at, text FROM goal_evaluations
		WHERE goal_id = ? ORDER BY written_at DESC, id`, g.ID)
	if err != nil {
		return fmt.Errorf("list evaluations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e api.Evaluation
		var at string
		if err := rows.Scan(&e.ID, &at, &e.Text); err != nil {
			return fmt.Errorf("scan evaluation: %w", err)
		}
		e.WrittenAt = localRFC3339(at)
		g.Evaluations = append(g.Evaluations, e)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	g.Actions, err = loadActions(ctx, q, `goal_id = ?`, g.ID)
	return err
}

func loadActions(ctx context.Context, q Querier, where string, arg string) ([]api.Action, error) {
	rows, err := q.Query(ctx, `SELECT id, text FROM goal_actions WHERE `+where+`
		ORDER BY position, id`, arg)
	if err != nil {
		return nil, fmt.Errorf("list actions: %w", err)
	}
	defer rows.Close()
	actions := []api.Action{}
	for rows.Next() {
		var a api.Action
		if err := rows.Scan(&a.ID, &a.Text); err != nil {
			return nil, fmt.Errorf("scan action: %w", err)
		}
		actions = append(actions, a)
	}
	return actions, rows.Err()
}

func init() {
	registerBuiltin(EntityGoal, func(ctx context.Context, q Querier, clientID, id, _ string) (json.RawMessage, bool, error) {
		return loadOrGone(loadGoal(ctx, q, clientID, id))
	})
}
