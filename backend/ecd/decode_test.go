package ecd

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// models gives an empty value of each resource type the importer reads.
var models = map[string]func() any{
	"Patient": func() any { return &Patient{} }, "RelatedPerson": func() any { return &RelatedPerson{} },
	"Practitioner": func() any { return &Practitioner{} }, "PractitionerRole": func() any { return &PractitionerRole{} },
	"CareTeam": func() any { return &CareTeam{} }, "Condition": func() any { return &Condition{} },
	"Goal": func() any { return &Goal{} }, "CarePlan": func() any { return &CarePlan{} },
	"Composition": func() any { return &Composition{} }, "Observation": func() any { return &Observation{} },
	"Communication": func() any { return &Communication{} }, "DocumentReference": func() any { return &DocumentReference{} },
	"Appointment": func() any { return &Appointment{} },
}

// FuzzDecode feeds the decoder, the sanitiser and the resource models
// arbitrary input: none may panic, and a sanitised resource never keeps
// an identifier.
func FuzzDecode(f *testing.F) {
	for _, data := range sampleFiles(f) {
		f.Add(data)
	}
	f.Add([]byte(`{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Bundle","entry":[null]}}]}`))
	f.Add([]byte(`{"resourceType":"Patient","id":"p","name":[{"_family":{"extension":[{"url":"` + extOwnName + `","valueString":"Vries"}]},"_given":[null]}]}`))

	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := Decode(data, "fuzz")
		if err != nil {
			return
		}
		for _, e := range entries {
			if e.Err != nil {
				continue
			}
			if e.Key == "" || !validID(e.Key) && !strings.HasPrefix(e.Key, "url-") {
				t.Fatalf("entry without a usable key: %q", e.Key)
			}
			clean, _, err := sanitize(e.Raw)
			if err == nil && strings.Contains(string(clean), `"identifier"`) {
				t.Fatalf("identifier kept: %s", clean)
			}
			if m, ok := models[e.Type]; ok {
				v := m()
				if json.Unmarshal(e.Raw, v) == nil {
					exercise(v)
				}
			}
		}
	})
}

// exercise runs the text helpers over a decoded resource.
func exercise(v any) {
	switch r := v.(type) {
	case *Patient:
		_ = preferredName(r.Name).Display()
		_ = formatAddress(r.Address)
	case *RelatedPerson:
		_ = relationRole(r.Relationship)
		_ = preferredName(r.Name).FamilyName()
	case *Composition:
		for _, s := range r.Section {
			if s.Text != nil {
				_ = narrativeText(s.Text.Div)
			}
		}
	}
}

// sampleFiles reads the shared FHIR samples and the demo's own.
func sampleFiles(t testing.TB) [][]byte {
	var out [][]byte
	for _, dir := range []string{sharedFHIR(t), filepath.Join("..", "demo", "fhir")} {
		_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".json") {
				if data, err := os.ReadFile(path); err == nil {
					out = append(out, data)
				}
			}
			return nil
		})
	}
	if len(out) == 0 {
		t.Fatal("no FHIR samples to seed from")
	}
	return out
}

// TestDutchNames checks the nl-core name assembly.
func TestDutchNames(t *testing.T) {
	parts := func(order string) HumanName {
		n := HumanName{Given: []string{"Johanna"}, FamilyExt: &Element{Extension: []Extension{
			{URL: extOwnPrefix, ValueString: "van"}, {URL: extOwnName, ValueString: "Putten"},
			{URL: extPartnerPrefix, ValueString: "van der"}, {URL: extPartnerName, ValueString: "Giessen"}}}}
		if order != "" {
			n.Extension = []Extension{{URL: extAssemblyOrder, ValueCode: order}}
		}
		return n
	}
	withFamily := parts("")
	withFamily.Family = "van Putten-van der Giessen"
	initials := HumanName{Given: []string{"J.", "P.", "M."}, Family: "Putten",
		GivenExt: []*Element{{Extension: []Extension{{URL: extQualifier, ValueCode: "IN"}}}, nil, nil}}
	cases := []struct {
		name string
		in   HumanName
		want string
	}{
		{"NL1 own name", parts("NL1"), "Johanna van Putten"},
		{"NL2 partner's name", parts("NL2"), "Johanna van der Giessen"},
		{"NL3 partner then own", parts("NL3"), "Johanna van der Giessen-van Putten"},
		{"NL4 own then partner", parts("NL4"), "Johanna van Putten-van der Giessen"},
		{"parts without order", parts(""), "Johanna van Putten-van der Giessen"},
		{"family as sent", withFamily, "Johanna van Putten-van der Giessen"},
		{"initials only", initials, "J.P.M. Putten"},
		{"text only", HumanName{Text: "Zuster Bep"}, "Zuster Bep"},
		{"title", HumanName{Prefix: []string{"Dr."}, Given: []string{"S."}, Family: "Curie"}, "Dr. S. Curie"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.in.Display(); got != tc.want {
				t.Errorf("Display() = %q, want %q", got, tc.want)
			}
		})
	}
}
