package demo

import (
	"fmt"
	"time"
)

// slot is a recurring activity or treatment in the home's week.
type slot struct {
	weekday        time.Weekday
	clock          string
	minutes        int
	title, comment string
	// chance is how likely a resident takes part, out of 10.
	chance int
}

// activities are the home's weekly programme, open to every resident.
var activities = []slot{
	{time.Monday, "10:00", 45, "Bewegen op muziek", "In de huiskamer van de Linde, met Ilse.", 7},
	{time.Wednesday, "15:00", 90, "Muziekmiddag in de recreatiezaal", "Het koor van De Lindehof zingt liedjes van vroeger.", 8},
	{time.Friday, "14:00", 60, "Koersbal", "In de recreatiezaal. Familie is welkom.", 5},
	{time.Saturday, "14:30", 90, "Bingo in de huiskamer", "", 6},
}

// treatments are each resident's own appointments by weekday.
var treatments = map[string][]slot{
	"demo-maria": {
		{time.Tuesday, "10:30", 30, "Fysiotherapie", "Looptraining met de rollator, met Joost Kramer in de oefenzaal.", 10},
		{time.Friday, "10:30", 30, "Fysiotherapie", "Looptraining met de rollator, met Joost Kramer in de oefenzaal.", 10},
		{time.Thursday, "09:30", 45, "Kapper", "Kapsalon op de begane grond: wassen en watergolf.", 10},
	},
	"demo-henk": {
		{time.Wednesday, "10:00", 90, "Houtwerkgroep", "In de werkplaats, met vrijwilliger Bert.", 10},
	},
	"demo-corrie": {
		{time.Thursday, "11:00", 45, "Kapper", "Kapsalon op de begane grond.", 5},
	},
	"demo-gerrit": {
		{time.Monday, "11:00", 30, "Fysiotherapie", "Oefeningen voor de romp en de rechterarm.", 10},
		{time.Thursday, "11:00", 30, "Fysiotherapie", "Oefeningen voor de romp en de rechterarm.", 10},
		{time.Wednesday, "14:00", 45, "Logopedie", "Oefenen met de pictokaart, met logopedist Karin.", 10},
	},
	joID: {
		{time.Tuesday, "11:00", 45, "Podotherapeut", "Controle steunzolen.", 4},
	},
}

// once are single appointments, by days from today.
var once = map[string][]struct {
	day            int
	clock          string
	minutes        int
	title, comment string
}{
	"demo-maria":  {{6, "13:30", 30, "Visite specialist ouderengeneeskunde", "Bespreken gewicht en eetlust met dokter Hofstra."}, {9, "11:00", 45, "Pedicure", ""}},
	"demo-henk":   {{4, "14:00", 45, "Gesprek met de psycholoog", "Met Priya Ramdin, over de onrust in de avond."}},
	"demo-corrie": {{5, "09:00", 30, "Controle diabetesverpleegkundige", "Nuchter bloed prikken; ontbijt daarna."}},
	"demo-gerrit": {{8, "10:00", 60, "Zorgleefplanbespreking", "Met EVV'er Mark Visser en mevrouw Mulder."}},
	joID:          {{3, "10:00", 30, "Controle bloeddruk", "Door de verpleegkundige op de kamer."}},
}

// appointmentDays is the span of generated ECD appointments.
const firstAppointmentDay, lastAppointmentDay = -3, 14

// appointments are the resident's ECD appointments from a few days ago
// to two weeks ahead.
func (g *generator) appointments(r resident) []res {
	var out []res
	for d := firstAppointmentDay; d <= lastAppointmentDay; d++ {
		wd := g.today.AddDate(0, 0, d).Weekday()
		for _, s := range append(append([]slot{}, treatments[r.id]...), activities...) {
			if s.weekday == wd && g.rnd.IntN(10) < s.chance {
				out = append(out, g.appointment(r, d, s.clock, s.minutes, s.title, s.comment))
			}
		}
	}
	for _, o := range once[r.id] {
		out = append(out, g.appointment(r, o.day, o.clock, o.minutes, o.title, o.comment))
	}
	return out
}

func (g *generator) appointment(r resident, day int, clock string, minutes int, title, comment string) res {
	start := g.at(day, clock)
	a := res{"resourceType": "Appointment", "status": "booked",
		"id":          fmt.Sprintf("%s-%s-d%02d", r.id, slugOf(title), day-firstAppointmentDay),
		"description": title, "start": stamp(start), "end": stamp(start.Add(time.Duration(minutes) * time.Minute)),
		"participant": []any{res{"actor": ref("Patient", r.id), "status": "accepted"}}}
	if comment != "" {
		a["comment"] = comment
	}
	return a
}

// slugOf makes a FHIR id part of a title.
func slugOf(s string) string {
	out := make([]rune, 0, 12)
	for _, r := range s {
		if len(out) == 12 {
			break
		}
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			out = append(out, r)
		}
	}
	return string(out)
}
