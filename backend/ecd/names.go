package ecd

import "strings"

// HumanName is a person's name. The nl-core profiles keep the Dutch parts
// of the family name in extensions on `family` (own prefix and name,
// partner prefix and name) and say in which order to put them.
type HumanName struct {
	Use       string      `json:"use"`
	Text      string      `json:"text"`
	Family    string      `json:"family"`
	FamilyExt *Element    `json:"_family"`
	Given     []string    `json:"given"`
	GivenExt  []*Element  `json:"_given"`
	Prefix    []string    `json:"prefix"`
	Extension []Extension `json:"extension"`
}

// The nl-core name extensions.
const (
	extOwnPrefix     = "http://hl7.org/fhir/StructureDefinition/humanname-own-prefix"
	extOwnName       = "http://hl7.org/fhir/StructureDefinition/humanname-own-name"
	extPartnerPrefix = "http://hl7.org/fhir/StructureDefinition/humanname-partner-prefix"
	extPartnerName   = "http://hl7.org/fhir/StructureDefinition/humanname-partner-name"
	extAssemblyOrder = "http://hl7.org/fhir/StructureDefinition/humanname-assembly-order"
	extQualifier     = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier"
)

// FamilyName assembles the family name. With the name-assembly-order
// extension the parts are put together as it says: NL1 own name, NL2
// partner's name, NL3 partner's then own, NL4 own then partner's.
// Without it the family element is used as sent, or, missing that, the
// parts in NL4 order.
func (n HumanName) FamilyName() string {
	var exts []Extension
	if n.FamilyExt != nil {
		exts = n.FamilyExt.Extension
	}
	own := joinWords(ext(exts, extOwnPrefix), ext(exts, extOwnName))
	partner := joinWords(ext(exts, extPartnerPrefix), ext(exts, extPartnerName))

	order := ext(n.Extension, extAssemblyOrder)
	if order == "" && n.Family != "" {
		return n.Family
	}
	switch {
	case order == "NL1" || partner == "":
		return orElse(own, n.Family)
	case order == "NL2" || own == "":
		return partner
	case order == "NL3":
		return partner + "-" + own
	default:
		return own + "-" + partner
	}
}

// GivenName is the first given name that is not an initial, or the
// initials run together ("J.P.M.") when only those are known.
func (n HumanName) GivenName() string {
	var initials strings.Builder
	for i, g := range n.Given {
		if n.isInitial(i) {
			initials.WriteString(strings.TrimSpace(g))
			continue
		}
		if g = strings.TrimSpace(g); g != "" {
			return g
		}
	}
	return initials.String()
}

func (n HumanName) isInitial(i int) bool {
	if i < len(n.GivenExt) && n.GivenExt[i] != nil {
		if ext(n.GivenExt[i].Extension, extQualifier) == "IN" {
			return true
		}
	}
	g := strings.TrimSpace(n.Given[i])
	return len(g) <= 2 && strings.HasSuffix(g, ".")
}

// Display is how Kring shows the name: given name and family name, with a
// title such as "Dr." in front; the text element when no parts are given.
func (n HumanName) Display() string {
	name := joinWords(strings.Join(n.Prefix, " "), n.GivenName(), n.FamilyName())
	if name == "" {
		return strings.TrimSpace(n.Text)
	}
	return name
}

// preferredName picks the official name, else the first.
func preferredName(names []HumanName) HumanName {
	for _, n := range names {
		if n.Use == "official" {
			return n
		}
	}
	if len(names) > 0 {
		return names[0]
	}
	return HumanName{}
}

func joinWords(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
