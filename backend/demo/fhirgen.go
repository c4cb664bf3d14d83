package demo

import (
	"time"

	"kring/backend/portal"
)

// res is a FHIR resource under construction, as JSON.
type res = map[string]any

func ref(typ, id string) res { return res{"reference": typ + "/" + id} }

func text(s string) res { return res{"text": s} }

// nlName is a Dutch name with the nl-core parts of the family name.
func nlName(given, ownPrefix, own, partnerPrefix, partner string) res {
	parts := []any{}
	add := func(url, v string) {
		if v != "" {
			parts = append(parts, res{"url": "http://hl7.org/fhir/StructureDefinition/humanname-" + url, "valueString": v})
		}
	}
	add("own-prefix", ownPrefix)
	add("own-name", own)
	add("partner-prefix", partnerPrefix)
	add("partner-name", partner)
	order := "NL1"
	if partner != "" {
		order = "NL4"
	}
	return res{"use": "official", "given": []string{given}, "_family": res{"extension": parts},
		"extension": []any{res{"url": "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order",
			"valueCode": order}}}
}

// at is a wall-clock time in Amsterdam on the day offset from today.
func (g *generator) at(dayOffset int, clock string) time.Time {
	day := g.today.AddDate(0, 0, dayOffset)
	t, err := time.ParseInLocation("2006-01-02 15:04", day.Format("2006-01-02")+" "+clock, portal.Amsterdam)
	if err != nil {
		panic("demo time " + clock + ": " + err.Error())
	}
	return t
}

func stamp(t time.Time) string { return t.Format(time.RFC3339) }

func xhtml(s string) res {
	return res{"status": "generated", "div": `<div xmlns="http://www.w3.org/1999/xhtml">` + s + `</div>`}
}
