package demo

import (
	"fmt"
	"strings"
)

// reportDays is how far back the daily reports go.
const reportDays = 14

// theme is a kind of daily report with sentences to choose from. {n} is
// the resident as staff write about them, {v} the visitor.
type theme struct {
	name  string
	lines []string
}

var morning = []theme{
	{"ADL", []string{
		"{N} is geholpen met wassen aan de wastafel; deed zelf gezicht en handen. Huid intact, geen roodheid op de hielen.",
		"{N} heeft gedoucht met hulp van één verzorgende. Ging goed, wel moe daarna. Steunkousen aangetrokken.",
		"{N} wilde vanochtend liever in bed blijven. Om 9.30 uur opnieuw gevraagd, toen wel meegewerkt met wassen en aankleden.",
		"Ochtendzorg volgens zorgleefplan. {N} koos zelf de kleding uit en was opgewekt.",
	}},
	{"Eten en drinken", []string{
		"{N} heeft het ontbijt goed gegeten: twee sneetjes brood met kaas en een beker thee. Drinklijst bijgewerkt: 450 ml tot 10.00 uur.",
		"Ontbijt half op. {N} gaf aan geen trek te hebben; verrijkte yoghurt als tussendoortje aangeboden en opgegeten.",
		"{N} at zelfstandig met aangepast bestek. Vocht tot de middag 700 ml, voldoende.",
	}},
	{"Medicatie", []string{
		"Medicatie om 8.00 uur volgens de toedienlijst gegeven en afgetekend. Geen bijzonderheden.",
		"{N} weigerde eerst de ochtendmedicatie. Na uitleg en een kwartier later alsnog ingenomen. Afgetekend.",
		"Medicatie gegeven met appelmoes, slikken ging goed. Paracetamol zo nodig niet nodig geweest.",
	}},
}

var afternoon = []theme{
	{"Mobiliteit", []string{
		"{N} heeft met de rollator naar de huiskamer gelopen, met begeleiding op de gang. Stabiel, geen valneiging.",
		"Looptraining na de lunch: twee keer de gang op en neer. {N} was trots op zichzelf.",
		"{N} zat vanmiddag ruim vier uur in de rolstoel; zitpositie om 14.00 uur gecontroleerd en bijgesteld.",
	}},
	{"Stemming", []string{
		"{N} was vanmiddag wat somber en vroeg naar huis. Samen foto's bekeken, daarna rustiger.",
		"Goede middag. {N} heeft gezongen bij de muziek en zat gezellig aan tafel met medebewoners.",
		"Rond 16.00 uur onrustig, liep zoekend over de gang. Rustig benaderd volgens plan; na een kop thee tot rust gekomen.",
	}},
	{"Familiebezoek", []string{
		"{V} kwam op bezoek. Samen koffie gedronken in het restaurant en een rondje door de tuin gemaakt. {N} genoot zichtbaar.",
		"Bezoek van {v} in de middag. Nieuwe vesten meegebracht; deze zijn gemerkt voor de wasserij.",
		"{V} belde om te vragen hoe het gaat. Teruggebeld en de week doorgesproken.",
	}},
	{"Activiteiten", []string{
		"{N} deed mee aan de muziekmiddag en kende de liedjes van vroeger nog.",
		"Meegedaan met bewegen op muziek. {N} hield het goed vol, 30 minuten.",
		"{N} heeft geholpen met het vouwen van de servetten voor het avondeten; vond het fijn om iets te doen.",
	}},
}

var night = theme{"Nachtrust", []string{
	"{N} heeft goed geslapen. Om 3.00 uur verschoond, daarna weer ingeslapen.",
	"Onrustige nacht: {n} was om 2.30 uur op de gang, zocht de wc. Begeleid en teruggebracht naar bed; sliep daarna door.",
	"Rustige nacht. Bij de rondes steeds slapend aangetroffen. Niet gedraaid nodig, huid intact.",
	"{N} kon moeilijk in slaap komen en had pijn in de rug. Paracetamol 500 mg gegeven om 23.15 uur, met effect.",
}}

// reports are the daily care reports of the past fortnight: morning,
// afternoon and night, each by a member of staff, and a weekly SOEP
// report by the EVV'er or the specialist ouderengeneeskunde.
func (g *generator) reports(r resident) []res {
	var out []res
	for d := -reportDays; d < 0; d++ {
		am := pick(g, morning)
		out = append(out, g.observation(r, d, "morning", "10:15", am, pick(g, []string{"lh-sanne", "lh-wim", r.evv})))
		pm := pick(g, afternoon)
		out = append(out, g.observation(r, d, "afternoon", "16:30", pm, pick(g, []string{"lh-sanne", r.evv, "lh-ilse"})))
		out = append(out, g.observation(r, d, "night", "06:45", night, "lh-noor"))
		if g.at(d, "12:00").Weekday() == 3 {
			out = append(out, g.soep(r, d))
		}
	}
	return out
}

func (g *generator) observation(r resident, day int, slot, clock string, t theme, author string) res {
	when := g.at(day, clock)
	if slot == "night" {
		when = g.at(day+1, clock)
		if day+1 >= 0 && when.After(g.now) {
			when = g.at(day, "23:50")
		}
	}
	visitor := r.visitor
	line := pick(g, t.lines)
	line = strings.NewReplacer("{N}", capital(r.title), "{n}", r.title, "{V}", capital(visitor), "{v}", visitor).Replace(line)
	return res{"resourceType": "Observation", "id": fmt.Sprintf("%s-%s-d%02d", r.id, slot, day+reportDays),
		"status": "final", "code": text(t.name), "subject": ref("Patient", r.id),
		"effectiveDateTime": stamp(when), "performer": []any{ref("PractitionerRole", author+"-role")},
		"valueString": line}
}

// soep is a weekly report in the SOEP form Dutch care homes use.
func (g *generator) soep(r resident, day int) res {
	author := pick(g, []string{r.evv, "lh-hofstra"})
	title := "Weekevaluatie EVV"
	s := pick(g, []string{"{N} zegt zich goed te voelen, mist soms haar/zijn eigen huis.", "{N} geeft aan weinig trek te hebben en moe te zijn.", "{N} vertelt dat de nachten beter gaan."})
	o := pick(g, []string{"Gewicht stabiel. Eet- en drinklijst voldoende ingevuld. Huid intact.", "Bloeddruk 135/80, pols regelmatig. Loopt met rollator, stabiel.", "Twee keer onrustig in de late middag, beide keren snel te begeleiden."})
	e := pick(g, []string{"Doelen uit het zorgleefplan lopen volgens plan.", "Eetlust blijft aandachtspunt.", "Onrust in de middag neemt af sinds het vaste rustmoment."})
	p := pick(g, []string{"Zorgleefplan ongewijzigd voortzetten; evaluatie over vier weken.", "Diëtist vragen mee te kijken; familie informeren bij het volgende bezoek.", "Rustmoment na de lunch handhaven; in MDO bespreken."})
	if author == "lh-hofstra" {
		title = "Visite specialist ouderengeneeskunde"
	}
	rep := strings.NewReplacer("{N}", capital(r.title), "haar/zijn", pronoun(r))
	sections := []any{}
	for _, part := range [][2]string{{"Subjective", s}, {"Objective", o}, {"Evaluatie", e}, {"Beleid", p}} {
		sections = append(sections, res{"code": text(part[0]), "text": xhtml(rep.Replace(part[1]))})
	}
	return res{"resourceType": "Composition", "id": fmt.Sprintf("%s-soep-d%02d", r.id, day+reportDays),
		"status": "final", "type": text("Rapportage"), "subject": ref("Patient", r.id),
		"date": stamp(g.at(day, "14:00")), "author": []any{ref("PractitionerRole", author+"-role")},
		"title": title, "section": sections}
}

func pronoun(r resident) string {
	if r.gender == "male" {
		return "zijn"
	}
	return "haar"
}
