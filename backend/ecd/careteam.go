package ecd

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"kring/backend/api"
	"kring/backend/portal"
)

// staff is what Kring keeps of a practitioner or role, to name the
// members of care teams and the authors of reports.
type staff struct {
	Name         string `json:"name,omitempty"`
	Role         string `json:"role,omitempty"`
	Phone        string `json:"phone,omitempty"`
	Email        string `json:"email,omitempty"`
	Practitioner string `json:"practitioner,omitempty"`
}

func (s staff) encode() string {
	b, _ := json.Marshal(s)
	return string(b)
}

// importPractitioner keeps a professional's name and work contact for
// lookups; no client is tied to it.
func importPractitioner(c *call) error {
	var p Practitioner
	if err := decodeAs(c.e, &p); err != nil {
		return err
	}
	name := preferredName(p.Name).Display()
	if name == "" {
		return errors.New("practitioner has no name")
	}
	c.data = staff{Name: name, Phone: telecom(p.Telecom, "phone"), Email: telecom(p.Telecom, "email")}.encode()
	return nil
}

// importPractitionerRole keeps a role with the practitioner it belongs to.
func importPractitionerRole(c *call) error {
	var r PractitionerRole
	if err := decodeAs(c.e, &r); err != nil {
		return err
	}
	s := staff{Role: staffRole(orElse(firstConcept(r.Specialty), firstConcept(r.Code)))}
	if typ, id := c.resolve(r.Practitioner); typ == "Practitioner" {
		s.Practitioner = typ + "/" + id
	}
	s.Phone = telecom(r.Telecom, "phone")
	c.data = s.encode()
	return nil
}

// who names the person behind a reference: from an imported Practitioner
// or PractitionerRole, a contained resource, or the reference's display.
func (c *call) who(ref *Reference, contained []json.RawMessage) staff {
	if ref == nil {
		return staff{}
	}
	if strings.HasPrefix(ref.Reference, "#") {
		return containedStaff(contained, ref.Reference[1:], ref.Display)
	}
	var s staff
	typ, id := c.resolve(ref)
	if data, ok := c.lookup(typ, id); ok {
		_ = json.Unmarshal([]byte(data), &s)
	} else if id != "" && (typ == "Practitioner" || typ == "PractitionerRole") {
		c.warn("%s/%s is not imported; named from the reference's display", typ, truncate(id, 64))
	}
	if s.Practitioner != "" {
		var p staff
		ptyp, pid, _ := strings.Cut(s.Practitioner, "/")
		if data, ok := c.lookup(ptyp, pid); ok {
			_ = json.Unmarshal([]byte(data), &p)
		}
		s.Name, s.Email = p.Name, p.Email
		s.Phone = orElse(s.Phone, p.Phone)
	}
	if s.Name == "" {
		name, role := nictizDisplay(ref.Display)
		s.Name, s.Role = name, orElse(s.Role, role)
	}
	return s
}

func containedStaff(contained []json.RawMessage, id, display string) staff {
	for _, raw := range contained {
		var p struct {
			ResourceType string      `json:"resourceType"`
			ID           string      `json:"id"`
			Name         []HumanName `json:"name"`
		}
		if json.Unmarshal(raw, &p) == nil && p.ID == id {
			return staff{Name: orElse(preferredName(p.Name).Display(), display)}
		}
	}
	return staff{Name: display}
}

// importCareTeam writes the staff of a care team into the client's care
// team (DETAILS-2). Without a subject, the patient among the participants
// names the client; a team naming no known patient stays unresolved.
func importCareTeam(c *call) error {
	var t CareTeam
	if err := decodeAs(c.e, &t); err != nil {
		return err
	}
	if err := c.useSubject(careTeamSubject(t)); err != nil {
		return err
	}

	var keep []string
	for i, p := range t.Participant {
		typ, _ := c.resolve(p.Member)
		if p.Member == nil || typ == "Patient" || typ == "RelatedPerson" {
			continue
		}
		s := c.who(p.Member, t.Contained)
		if s.Name == "" {
			continue
		}
		role := orElse(staffRole(firstConcept(p.Role)), s.Role)
		fid := fmt.Sprintf("%s#%d", c.fhirID(), i)
		id, err := c.upsert("care_team", fid, []string{"name", "role", "phone", "email"},
			[]any{s.Name, role, s.Phone, s.Email})
		if err != nil {
			return err
		}
		keep = append(keep, fid)
		if err := c.change(api.SectionDetails, portal.EntityCareTeam, id, false); err != nil {
			return err
		}
	}
	gone, err := c.prune("care_team", c.fhirID()+"#", keep)
	if err != nil {
		return err
	}
	for _, id := range gone {
		if err := c.change(api.SectionDetails, portal.EntityCareTeam, id, true); err != nil {
			return err
		}
	}
	return nil
}

// careTeamSubject is the team's subject, or its first patient member.
func careTeamSubject(t CareTeam) *Reference {
	if t.Subject != nil {
		return t.Subject
	}
	for _, p := range t.Participant {
		if p.Member != nil && (p.Member.Type == "Patient" || strings.HasPrefix(p.Member.Reference, "Patient/")) {
			return p.Member
		}
	}
	return nil
}
