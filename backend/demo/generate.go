package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"kring/backend/portal"
)

// generator makes the demo's FHIR resources. Its output depends only on
// the seed and the day it runs, so a demo is the same on every machine.
type generator struct {
	rnd   *rand.Rand
	now   time.Time
	today time.Time
}

func newGenerator(seed uint64, now time.Time) *generator {
	local := now.In(portal.Amsterdam)
	today := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, portal.Amsterdam)
	return &generator{rnd: rand.New(rand.NewPCG(seed, seed^0x4b72696e67)), now: now, today: today}
}

// pick returns one of the options.
func pick[T any](g *generator, options []T) T { return options[g.rnd.IntN(len(options))] }

// resources is everything the ECD of De Lindehof sends.
func (g *generator) resources() []res {
	out := staffResources()
	for _, r := range lindehof {
		out = append(out, g.patient(r))
		out = append(out, relatives(r)...)
		out = append(out, careTeam(r.id, r.team))
		out = append(out, g.carePlan(r)...)
		out = append(out, g.appointments(r)...)
		out = append(out, g.reports(r)...)
		out = append(out, agreementSheet(r))
	}
	out = append(out, careTeam(joID, []string{"lh-mark", "lh-sanne", "lh-hofstra", "lh-joost"}))
	out = append(out, g.appointments(jo)...)
	out = append(out, g.reports(jo)...)
	return out
}

// joID is the Nictiz example patient; her dossier comes from the bundle.
const joID = "nl-core-Patient-01"

// jo is how the generator writes about her.
var jo = resident{id: joID, title: "mevrouw Van Putten", evv: "lh-mark", visitor: "haar nicht Anna"}

func (g *generator) patient(r resident) res {
	return res{"resourceType": "Patient", "id": r.id,
		"name":   []any{nlName(r.given, r.prefix, r.own, r.partnerPrefix, r.partner)},
		"gender": r.gender, "birthDate": r.birth,
		"telecom": []any{res{"system": "phone", "value": r.phone, "use": "home"}},
		"address": []any{res{"use": "home", "line": []string{"De Lindehof", r.room}, "postalCode": "3581 AB",
			"city": "Utrecht"}}}
}

func relatives(r resident) []res {
	var out []res
	for _, rel := range r.relatives {
		codes := []any{res{"coding": []any{res{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
			"code": rel.code, "display": rel.display}}}}
		if rel.first {
			codes = append(codes, res{"coding": []any{res{"system": "urn:oid:2.16.840.1.113883.2.4.3.11.22.472",
				"code": "01", "display": "Eerste relatie/contactpersoon"}}})
		}
		out = append(out, res{"resourceType": "RelatedPerson", "id": rel.id, "patient": ref("Patient", r.id),
			"relationship": codes, "name": []any{nlName(rel.given, rel.prefix, rel.family, "", "")}})
	}
	return out
}

// carePlan is the zorgleefplan: per problem a condition (the care
// question), a goal with dated evaluations, and a plan with its actions.
func (g *generator) carePlan(r resident) []res {
	var out []res
	for i, p := range r.plan {
		cond := fmt.Sprintf("%s-problem-%d", r.id, i+1)
		goal := fmt.Sprintf("%s-goal-%d", r.id, i+1)
		start := g.today.AddDate(0, -4+i, -g.rnd.IntN(20))
		out = append(out, res{"resourceType": "Condition", "id": cond, "subject": ref("Patient", r.id),
			"category": []any{text(p.domain)}, "code": text(p.question)})

		var notes []any
		for j, ev := range p.evaluations {
			when := g.today.AddDate(0, 0, -7-28*(len(p.evaluations)-1-j)-g.rnd.IntN(5))
			notes = append(notes, res{"time": when.Format("2006-01-02"), "text": ev})
		}
		goalRes := res{"resourceType": "Goal", "id": goal, "lifecycleStatus": "active",
			"description": text(p.goal), "subject": ref("Patient", r.id), "startDate": start.Format("2006-01-02"),
			"addresses": []any{ref("Condition", cond)}}
		if notes != nil {
			goalRes["note"] = notes
		}

		var acts []any
		for _, a := range p.actions {
			acts = append(acts, res{"detail": res{"status": "in-progress", "description": a,
				"goal": []any{ref("Goal", goal)}}})
		}
		out = append(out, goalRes, res{"resourceType": "CarePlan", "id": fmt.Sprintf("%s-plan-%d", r.id, i+1),
			"status": "active", "intent": "plan", "title": p.domain, "subject": ref("Patient", r.id),
			"addresses": []any{ref("Condition", cond)}, "goal": []any{ref("Goal", goal)}, "activity": acts})
	}
	return out
}

// agreementSheet is the afsprakenblad (DOSSIER-3) as a text document.
func agreementSheet(r resident) res {
	evv := staffByID(r.evv)
	body := fmt.Sprintf("Afsprakenblad %s\n\nEerst verantwoordelijk verzorgende: %s %s\n"+
		"Bereikbaar via de afdeling Linde: 030 234 56 70 (dag en nacht)\n\n"+
		"Wassen en aankleden: in de ochtend tussen 8.00 en 9.30 uur, met hulp.\n"+
		"Maaltijden: ontbijt op de kamer, warme maaltijd om 12.30 uur in de huiskamer.\n"+
		"Bezoek: welkom tussen 10.00 en 20.00 uur; meld u bij de huiskamer.\n"+
		"Was: persoonlijke was gaat mee met de wasserij, graag alles merken.\n"+
		"Zorgleefplanbespreking: twee keer per jaar, de contactpersoon wordt uitgenodigd.",
		r.title, evv.given, joinName(evv.prefix, evv.family))
	return res{"resourceType": "DocumentReference", "id": r.id + "-afsprakenblad", "status": "current",
		"type": text("Afsprakenblad"), "subject": ref("Patient", r.id), "description": "Afsprakenblad",
		"date": stamp(time.Date(2026, 9, 1, 10, 0, 0, 0, portal.Amsterdam)),
		"content": []any{res{"attachment": res{"contentType": "text/plain; charset=utf-8",
			"data": base64Text(body)}}}}
}
