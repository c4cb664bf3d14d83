package ecd

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store"
)

// importCondition keeps a problem as a care question (zorgvraag) and
// fills it into the goals that address it (DOSSIER-2).
func importCondition(c *call) error {
	var cond Condition
	if err := decodeAs(c.e, &cond); err != nil {
		return err
	}
	if err := c.useSubject(cond.Subject); err != nil {
		return err
	}
	text := conditionText(cond)
	if text == "" {
		return errors.New("condition has no code or note")
	}
	c.data = text

	rows, err := c.tx.Query(c.ctx, `SELECT id FROM goals WHERE client_id = ? AND care_question_ref = ?`,
		c.clientID, c.fhirID())
	if err != nil {
		return fmt.Errorf("find goals of condition: %w", err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("scan goal: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		if _, err := c.tx.Exec(c.ctx, `UPDATE goals SET care_question = ?, updated_at = ? WHERE id = ?`,
			text, c.at, id); err != nil {
			return fmt.Errorf("set care question: %w", err)
		}
		if err := c.change(api.SectionDossier, portal.EntityGoal, id, false); err != nil {
			return err
		}
	}
	return rows.Err()
}

// conditionText is the problem and its notes as sentences.
func conditionText(cond Condition) string {
	var parts []string
	for _, p := range append([]string{cond.Code.String()}, notesOf(cond.Note)...) {
		if p = capitalize(p); p != "" {
			parts = append(parts, p)
		}
	}
	for i := 0; i < len(parts)-1; i++ {
		if !strings.HasSuffix(parts[i], ".") && !strings.HasSuffix(parts[i], "?") && !strings.HasSuffix(parts[i], "!") {
			parts[i] += "."
		}
	}
	return strings.Join(parts, " ")
}

func notesOf(notes []Annotation) []string {
	out := make([]string, len(notes))
	for i, n := range notes {
		out[i] = n.Text
	}
	return out
}

// careQuestion is the text of the first known condition a goal addresses,
// and the reference it came from.
func (c *call) careQuestion(addresses []Reference) (text, ref string) {
	for i := range addresses {
		typ, id := c.resolve(&addresses[i])
		if typ != "Condition" {
			continue
		}
		if ref == "" {
			ref = typ + "/" + id
		}
		if data, ok := c.lookup(typ, id); ok {
			return data, typ + "/" + id
		}
	}
	if ref != "" {
		c.warn("%s is not imported (yet); the care question stays empty until it is", truncate(ref, 80))
	}
	return "", ref
}

// importGoal writes a goal of the care plan with its evaluations.
func importGoal(c *call) error {
	var g Goal
	if err := decodeAs(c.e, &g); err != nil {
		return err
	}
	if err := c.useSubject(g.Subject); err != nil {
		return err
	}
	_, err := c.writeGoal(c.fhirID(), g, 0)
	return err
}

// writeGoal writes one goal and its evaluations (from notes and status).
func (c *call) writeGoal(fid string, g Goal, position int) (string, error) {
	title := capitalize(g.Description.String())
	if title == "" && len(g.Target) > 0 {
		title = capitalize(g.Target[0].Measure.String())
	}
	if title == "" {
		return "", errors.New("goal has no description")
	}
	question, ref := c.careQuestion(g.Addresses)
	id, err := c.upsert("goals", fid, []string{"title", "care_question", "care_question_ref",
		"status", "start_date", "position"},
		[]any{title, question, ref, g.LifecycleStatus, g.StartDate, position})
	if err != nil {
		return "", err
	}

	var evals []evaluation
	for _, n := range g.Note {
		evals = append(evals, evaluation{when: orElse(n.Time, g.StatusDate), text: n.Text})
	}
	if g.StatusReason != "" {
		evals = append(evals, evaluation{when: g.StatusDate, text: g.StatusReason})
	}
	if s := g.AchievementStatus.String(); s != "" && len(evals) == 0 {
		evals = append(evals, evaluation{when: g.StatusDate, text: "Resultaat: " + s})
	}
	if err := c.writeEvaluations(id, fid+"#eval-", evals); err != nil {
		return "", err
	}
	return id, c.change(api.SectionDossier, portal.EntityGoal, id, false)
}

// evaluation is a dated look back at a goal.
type evaluation struct{ when, text string }

func (c *call) writeEvaluations(goalID, prefix string, evals []evaluation) error {
	var keep []string
	for i, ev := range evals {
		if strings.TrimSpace(ev.text) == "" {
			continue
		}
		fid := fmt.Sprintf("%s%d", prefix, i)
		written := store.Time(parseWhen(ev.when, c.now))
		if _, err := c.upsert("goal_evaluations", fid, []string{"goal_id", "written_at", "text"},
			[]any{goalID, written, strings.TrimSpace(ev.text)}); err != nil {
			return err
		}
		keep = append(keep, fid)
	}
	_, err := c.prune("goal_evaluations", prefix, keep)
	return err
}

// importCarePlan writes a plan's goals and actions. Actions go under the
// goal they name, else the plan's first goal; a plan without goals (such
// as help from others) becomes a goal of its own, named after the plan.
func importCarePlan(c *call) error {
	var cp CarePlan
	if err := decodeAs(c.e, &cp); err != nil {
		return err
	}
	if err := c.useSubject(cp.Subject); err != nil {
		return err
	}
	goals, err := c.planGoals(cp)
	if err != nil {
		return err
	}
	prefix := c.fhirID() + "#"
	if len(goals) == 0 {
		id, err := c.writeGoal(prefix+"plan", planAsGoal(cp), 0)
		if err != nil {
			return err
		}
		goals = map[string]string{"": id}
		goals["#first"] = id
	}
	if err := c.writeActions(cp, goals); err != nil {
		return err
	}
	return c.prunePlanGoals(prefix, goals)
}

// planGoals writes the contained goals and finds the referenced ones; it
// maps each reference to a goal row id, "#first" to the first.
func (c *call) planGoals(cp CarePlan) (map[string]string, error) {
	goals := map[string]string{}
	for i, ref := range cp.Goal {
		var id string
		var err error
		if strings.HasPrefix(ref.Reference, "#") {
			g, ok := containedGoal(cp.Contained, ref.Reference[1:])
			if !ok {
				continue
			}
			id, err = c.writeGoal(c.fhirID()+"#goal-"+ref.Reference[1:], g, i)
		} else {
			typ, gid := c.resolve(&ref)
			id, err = c.rowID("goals", typ+"/"+gid)
		}
		if err != nil {
			return nil, err
		}
		if id == "" {
			c.warn("goal %s is not imported; its actions go under the plan", truncate(ref.Reference, 80))
			continue
		}
		goals[ref.Reference] = id
		if goals["#first"] == "" {
			goals["#first"] = id
		}
	}
	return goals, nil
}

func containedGoal(contained []json.RawMessage, id string) (Goal, bool) {
	for _, raw := range contained {
		var g struct {
			Goal
			ResourceType string `json:"resourceType"`
			ID           string `json:"id"`
		}
		if json.Unmarshal(raw, &g) == nil && g.ResourceType == "Goal" && g.ID == id {
			return g.Goal, true
		}
	}
	return Goal{}, false
}

// planAsGoal makes a goal of a plan that lists none.
func planAsGoal(cp CarePlan) Goal {
	title := orElse(cp.Title, orElse(cp.Description, firstConcept(cp.Category)))
	g := Goal{Description: &CodeableConcept{Text: title}, LifecycleStatus: cp.Status,
		Addresses: cp.Addresses}
	if cp.Period != nil {
		g.StartDate = cp.Period.Start
	}
	return g
}

func (c *call) writeActions(cp CarePlan, goals map[string]string) error {
	prefix := c.fhirID() + "#action-"
	var keep []string
	for i, a := range cp.Activity {
		if a.Detail == nil {
			continue
		}
		goalID := goals["#first"]
		for _, ref := range a.Detail.Goal {
			if id := goals[ref.Reference]; id != "" {
				goalID = id
				break
			}
		}
		fid := fmt.Sprintf("%s%d", prefix, i)
		if _, err := c.upsert("goal_actions", fid, []string{"goal_id", "text", "position"},
			[]any{goalID, actionText(*a.Detail), i}); err != nil {
			return err
		}
		keep = append(keep, fid)
		if err := c.activityProgress(goalID, fmt.Sprintf("%s#progress-%d-", c.fhirID(), i), a.Progress); err != nil {
			return err
		}
	}
	_, err := c.prune("goal_actions", prefix, keep)
	return err
}

func (c *call) activityProgress(goalID, prefix string, notes []Annotation) error {
	var evals []evaluation
	for _, n := range notes {
		evals = append(evals, evaluation{when: n.Time, text: n.Text})
	}
	return c.writeEvaluations(goalID, prefix, evals)
}

// actionText is what staff do, with how often and who.
func actionText(d ActivityDetail) string {
	text := capitalize(orElse(d.Description, d.Code.String()))
	var extra []string
	if d.ScheduledString != "" {
		extra = append(extra, d.ScheduledString)
	}
	for _, p := range d.Performer {
		if name, _ := nictizDisplay(p.Display); name != "" {
			extra = append(extra, "door "+name)
			break
		}
	}
	if len(extra) > 0 {
		text += " (" + strings.Join(extra, ", ") + ")"
	}
	return text
}

// prunePlanGoals removes goals the plan held before but no longer does.
func (c *call) prunePlanGoals(prefix string, goals map[string]string) error {
	var keep []string
	for ref, id := range goals {
		if ref == "#first" {
			continue
		}
		fid, err := c.fhirOf("goals", id)
		if err != nil {
			return err
		}
		keep = append(keep, fid)
	}
	gone, err := c.prune("goals", prefix, keep)
	if err != nil {
		return err
	}
	for _, id := range gone {
		if err := c.change(api.SectionDossier, portal.EntityGoal, id, true); err != nil {
			return err
		}
	}
	return nil
}

func (c *call) rowID(table, fid string) (string, error) {
	var id string
	err := c.tx.QueryRow(c.ctx, `SELECT id FROM `+table+` WHERE client_id = ? AND fhir_id = ?`,
		c.clientID, fid).Scan(&id)
	if err != nil && !isNoRows(err) {
		return "", fmt.Errorf("find %s row: %w", table, err)
	}
	return id, nil
}

func (c *call) fhirOf(table, id string) (string, error) {
	var fid string
	if err := c.tx.QueryRow(c.ctx, `SELECT fhir_id FROM `+table+` WHERE id = ?`, id).Scan(&fid); err != nil {
		return "", fmt.Errorf("read %s row: %w", table, err)
	}
	return fid, nil
}

// capitalize puts a capital at the start, as Dutch sentences have.
func capitalize(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
