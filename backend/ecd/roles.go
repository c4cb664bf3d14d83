package ecd

import "strings"

// kinship names the relationship codes of HL7 v3 RoleCode in Dutch.
var kinship = map[string]string{
	"HUSB": "Echtgenoot", "WIFE": "Echtgenote", "SPS": "Partner", "DOMPART": "Partner",
	"SIGOTHR": "Partner", "DAU": "Dochter", "DAUC": "Dochter", "SON": "Zoon", "SONC": "Zoon",
	"CHILD": "Kind", "NIECE": "Nicht", "NEPHEW": "Neef", "SIS": "Zus", "BRO": "Broer",
	"MTH": "Moeder", "FTH": "Vader", "GRNDDAU": "Kleindochter", "GRNDSON": "Kleinzoon",
	"FRND": "Vriend(in)", "NBOR": "Buurman/buurvrouw", "DAUINLAW": "Schoondochter",
	"SONINLAW": "Schoonzoon",
}

// nlRoleList is the Nictiz code system of contact roles (RolCodelijst).
const nlRoleList = "urn:oid:2.16.840.1.113883.2.4.3.11.22.472"

// relationRole is a contact's role as the portal shows it (USERS-2):
// the kinship if known, with "eerste contactpersoon" where the ECD says so.
func relationRole(rel []CodeableConcept) string {
	var kin, other string
	first := false
	for _, cc := range rel {
		for _, cd := range cc.Coding {
			switch {
			case kinship[cd.Code] != "" && !strings.HasPrefix(cd.System, "urn:oid"):
				kin = kinship[cd.Code]
			case cd.System == nlRoleList && cd.Code == "01":
				first = true
			case other == "" && cd.Display != "":
				other = cd.Display
			}
		}
		if other == "" && cc.Text != "" {
			other = cc.Text
		}
	}
	role := orElse(kin, other)
	if first {
		return joinWords(orElse(role, "Contactpersoon"), "(eerste contactpersoon)")
	}
	return orElse(role, "Contactpersoon")
}

// staffRoles shortens the AGB specialty names to the words a family knows.
var staffRoles = map[string]string{
	"huisartsen, niet nader gespecificeerd":       "Huisarts",
	"medisch specialisten, geriatrie":             "Klinisch geriater",
	"medisch specialisten, cardiologie":           "Cardioloog",
	"medisch specialisten, inwendige geneeskunde": "Internist",
	"apothekers":                                  "Apotheker",
	"specialisten ouderengeneeskunde":             "Specialist ouderengeneeskunde",
	"fysiotherapeuten, algemeen":                  "Fysiotherapeut",
	"verpleegkundigen, niet nader gespecificeerd": "Verpleegkundige",
}

// staffRole is the label of a specialty or role text.
func staffRole(s string) string {
	if r, ok := staffRoles[strings.ToLower(strings.TrimSpace(s))]; ok {
		return r
	}
	return strings.TrimSpace(s)
}

// nictizDisplay splits the display text the Nictiz examples put on
// references, "Healthcare professional (role), S. Curie, Medisch
// specialisten, geriatrie", into a name and a role.
func nictizDisplay(display string) (name, role string) {
	for _, prefix := range []string{"Healthcare professional (role), ",
		"Healthcare professional (person), ", "Contact person, "} {
		if rest, ok := strings.CutPrefix(display, prefix); ok {
			name, role, _ = strings.Cut(rest, ", ")
			return name, staffRole(role)
		}
	}
	return display, ""
}
