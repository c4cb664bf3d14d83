package demo

// member is one of the staff of De Lindehof.
type member struct {
	id, given, prefix, family, role, phone, email string
}

// staff of De Lindehof, afdeling Linde (psychogeriatrie) and Eik
// (somatiek). Every name is fictional.
var staff = []member{
	{id: "lh-sanne", given: "Sanne", prefix: "de", family: "Boer", role: "Verzorgende IG"},
	{id: "lh-fatima", given: "Fatima", family: "El Amrani", role: "EVV'er",
		phone: "030 234 56 71", email: "f.elamrani@delindehof.example"},
	{id: "lh-mark", given: "Mark", family: "Visser", role: "EVV'er, verpleegkundige",
		phone: "030 234 56 72", email: "m.visser@delindehof.example"},
	{id: "lh-hofstra", given: "Ellen", family: "Hofstra", role: "Specialist ouderengeneeskunde",
		phone: "030 234 56 80"},
	{id: "lh-joost", given: "Joost", family: "Kramer", role: "Fysiotherapeut"},
	{id: "lh-ilse", given: "Ilse", family: "Vermeulen", role: "Activiteitenbegeleider"},
	{id: "lh-noor", given: "Noor", family: "Jansen", role: "Verzorgende IG (nachtdienst)"},
	{id: "lh-priya", given: "Priya", family: "Ramdin", role: "GZ-psycholoog"},
	{id: "lh-wim", given: "Wim", prefix: "de", family: "Graaf", role: "Helpende"},
	{id: "lh-lotte", given: "Lotte", family: "Bakker", role: "Diëtist"},
}

func staffByID(id string) member {
	for _, m := range staff {
		if m.id == id {
			return m
		}
	}
	panic("no demo staff " + id)
}

// staffResources are a Practitioner and a PractitionerRole per member.
func staffResources() []res {
	var out []res
	for _, m := range staff {
		p := res{"resourceType": "Practitioner", "id": m.id,
			"name": []any{nlName(m.given, m.prefix, m.family, "", "")}}
		var tel []any
		if m.phone != "" {
			tel = append(tel, res{"system": "phone", "value": m.phone, "use": "work"})
		}
		if m.email != "" {
			tel = append(tel, res{"system": "email", "value": m.email, "use": "work"})
		}
		if tel != nil {
			p["telecom"] = tel
		}
		out = append(out, p, res{"resourceType": "PractitionerRole", "id": m.id + "-role",
			"practitioner": ref("Practitioner", m.id), "code": []any{text(m.role)}})
	}
	return out
}

// careTeam lists a resident's team by member ids.
func careTeam(patient string, members []string) res {
	var parts []any
	for _, id := range members {
		parts = append(parts, res{"member": ref("PractitionerRole", id+"-role")})
	}
	return res{"resourceType": "CareTeam", "id": patient + "-team", "status": "active",
		"name": "Zorgteam De Lindehof", "subject": ref("Patient", patient), "participant": parts}
}
