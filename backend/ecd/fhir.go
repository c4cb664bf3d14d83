// Package ecd is the link with the organisation's care record (the ECD):
// it imports FHIR R4 resources into portals, exports the appointments made
// in portals, authenticates ECD systems by key, and closes and deletes
// portals when care ends (SPEC ECD-1…5).
//
// The FHIR types below are the subset Kring reads, decoded with
// encoding/json. A generated model library was not used: it drops the
// extensions on primitive elements (`_family`), where the Dutch nl-core
// profiles keep the parts of a name. Unknown fields are ignored.
package ecd

// Extension is a FHIR extension; only the value types Kring reads.
type Extension struct {
	URL           string      `json:"url"`
	ValueString   string      `json:"valueString,omitempty"`
	ValueCode     string      `json:"valueCode,omitempty"`
	ValueBoolean  *bool       `json:"valueBoolean,omitempty"`
	ValueDate     string      `json:"valueDate,omitempty"`
	ValueDateTime string      `json:"valueDateTime,omitempty"`
	Extension     []Extension `json:"extension,omitempty"`
}

// Element carries the extensions of a primitive value (`_family`).
type Element struct {
	Extension []Extension `json:"extension"`
}

// ext returns the value of the first extension with the url.
func ext(exts []Extension, url string) string {
	for _, e := range exts {
		if e.URL == url {
			if e.ValueString != "" {
				return e.ValueString
			}
			return e.ValueCode
		}
	}
	return ""
}

// Coding is one code from a code system.
type Coding struct {
	System  string `json:"system"`
	Code    string `json:"code"`
	Display string `json:"display"`
}

// CodeableConcept is a concept given as codes and text.
type CodeableConcept struct {
	Coding []Coding `json:"coding"`
	Text   string   `json:"text"`
}

// String is the concept's text, or the display of its first coding.
func (c *CodeableConcept) String() string {
	if c == nil {
		return ""
	}
	if c.Text != "" {
		return c.Text
	}
	for _, cd := range c.Coding {
		if cd.Display != "" {
			return cd.Display
		}
	}
	return ""
}

// firstConcept is the text of the first concept that has one.
func firstConcept(cs []CodeableConcept) string {
	for i := range cs {
		if s := cs[i].String(); s != "" {
			return s
		}
	}
	return ""
}

// Reference points at another resource.
type Reference struct {
	Reference string `json:"reference"`
	Type      string `json:"type"`
	Display   string `json:"display"`
}

// Period is a span of time.
type Period struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Annotation is a note with an optional author and time.
type Annotation struct {
	AuthorString    string     `json:"authorString"`
	AuthorReference *Reference `json:"authorReference"`
	Time            string     `json:"time"`
	Text            string     `json:"text"`
}

// ContactPoint is a phone number or e-mail address.
type ContactPoint struct {
	System string `json:"system"`
	Value  string `json:"value"`
	Use    string `json:"use"`
}

// Address is a postal address.
type Address struct {
	Use        string   `json:"use"`
	Text       string   `json:"text"`
	Line       []string `json:"line"`
	City       string   `json:"city"`
	PostalCode string   `json:"postalCode"`
}

// Narrative is a resource's or section's human-readable text.
type Narrative struct {
	Div string `json:"div"`
}

// Attachment is content carried inline or by address.
type Attachment struct {
	ContentType string `json:"contentType"`
	Data        string `json:"data"`
	URL         string `json:"url"`
	Title       string `json:"title"`
	Creation    string `json:"creation"`
}
