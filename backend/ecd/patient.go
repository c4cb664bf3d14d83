package ecd

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store"
)

// ErrPortalDeleted refuses a patient whose portal was closed and deleted.
var ErrPortalDeleted = errors.New("the portal of this patient was closed and deleted")

// importPatient creates or updates the client. Only what the portal shows
// is kept (DETAILS-1): name, date of birth, address, phone and e-mail.
func importPatient(c *call) error {
	var p Patient
	if err := decodeAs(c.e, &p); err != nil {
		return err
	}
	name := preferredName(p.Name)
	display := name.Display()
	if display == "" {
		return errors.New("patient has no name")
	}
	if err := refuseDeleted(c); err != nil {
		return err
	}

	cols := []any{display, name.GivenName(), name.FamilyName(), p.BirthDate,
		formatAddress(p.Address), telecom(p.Telecom, "phone"), telecom(p.Telecom, "email")}
	id, err := clientByPatient(c.ctx, c.tx, c.e.Key)
	if err != nil {
		return err
	}
	if id == "" {
		id = store.NewID()
		_, err = c.tx.Exec(c.ctx, `INSERT INTO clients (name, given_name, family_name, birth_date,
			address, phone, email, id, fhir_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append(cols, id, c.e.Key, c.at)...)
	} else {
		_, err = c.tx.Exec(c.ctx, `UPDATE clients SET name = ?, given_name = ?, family_name = ?,
			birth_date = ?, address = ?, phone = ?, email = ? WHERE id = ?`, append(cols, id)...)
	}
	if err != nil {
		return fmt.Errorf("write client: %w", err)
	}
	if err := c.setClient(id); err != nil {
		return err
	}
	if err := c.change(api.SectionDetails, portal.EntityClientDetails, id, false); err != nil {
		return err
	}
	return importPatientContacts(c, p.Contact)
}

func refuseDeleted(c *call) error {
	var at string
	err := c.tx.QueryRow(c.ctx, `SELECT deleted_at FROM deleted_portals WHERE fhir_id = ?`, c.e.Key).Scan(&at)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("check deleted portals: %w", err)
	}
	return fmt.Errorf("%w on %s", ErrPortalDeleted, at)
}

// importPatientContacts keeps the contact persons given inside the
// Patient. One that the ECD also sends as a RelatedPerson with the same
// name is left to that resource, so no one is listed twice.
func importPatientContacts(c *call, contacts []PatientContact) error {
	var keep []string
	for i, pc := range contacts {
		if pc.Name == nil || pc.Name.Display() == "" {
			continue
		}
		fid := fmt.Sprintf("%s#contact-%d", c.fhirID(), i)
		n := *pc.Name
		dup, err := c.namedContactExists(n.Display(), fid)
		if err != nil {
			return err
		}
		if dup {
			continue
		}
		keep = append(keep, fid)
		err = c.upsertContact(fid, n, relationRole(pc.Relationship), pc.Gender, pc.Telecom)
		if err != nil {
			return err
		}
	}
	return c.pruneContacts(c.fhirID()+"#contact-", keep)
}

// importRelatedPerson makes a locked, known contact of the client (ECD-3,
// USERS-5). Being known gives no access: rights stay Nee until an
// administrator grants them.
func importRelatedPerson(c *call) error {
	var rp RelatedPerson
	if err := decodeAs(c.e, &rp); err != nil {
		return err
	}
	if err := c.useSubject(rp.Patient); err != nil {
		return err
	}
	n := preferredName(rp.Name)
	if n.Display() == "" {
		return errors.New("related person has no name")
	}
	// A contact given inside the Patient under the same name is this person.
	if _, err := c.tx.Exec(c.ctx, `UPDATE contacts SET fhir_id = ? WHERE client_id = ?
		AND display_name = ? AND substr(fhir_id, 1, ?) = ?`, c.fhirID(), c.clientID, n.Display(),
		len("Patient/"), "Patient/"); err != nil {
		return fmt.Errorf("adopt patient contact: %w", err)
	}
	return c.upsertContact(c.fhirID(), n, relationRole(rp.Relationship), rp.Gender, rp.Telecom)
}

func (c *call) namedContactExists(display, except string) (bool, error) {
	var n int
	err := c.tx.QueryRow(c.ctx, `SELECT COUNT(*) FROM contacts WHERE client_id = ?
		AND display_name = ? AND fhir_id <> ? AND locked = TRUE`, c.clientID, display, except).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("find contact: %w", err)
	}
	return n > 0, nil
}

// upsertContact writes a locked contact. A contact who already became a
// portal user keeps their own e-mail address and phone number.
func (c *call) upsertContact(fid string, n HumanName, role, gender string, tel []ContactPoint) error {
	var id string
	err := c.tx.QueryRow(c.ctx, `SELECT id FROM contacts WHERE client_id = ? AND fhir_id = ?`,
		c.clientID, fid).Scan(&id)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("find contact: %w", err)
	}
	cols := []any{n.GivenName(), n.FamilyName(), n.Display(), gender, role}
	if errors.Is(err, sql.ErrNoRows) {
		id = store.NewID()
		_, err = c.tx.Exec(c.ctx, `INSERT INTO contacts (given_name, family_name, display_name, gender,
			role, email, phone, id, client_id, fhir_id, locked, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)`,
			append(cols, telecom(tel, "email"), mobile(tel), id, c.clientID, fid, c.at)...)
	} else {
		_, err = c.tx.Exec(c.ctx, `UPDATE contacts SET given_name = ?, family_name = ?,
			display_name = ?, gender = ?, role = ?, locked = TRUE WHERE id = ?`, append(cols, id)...)
	}
	if err != nil {
		return fmt.Errorf("write contact: %w", err)
	}
	// Contacts are not in the sync feed: the contact list is read online
	// by administrators (USERS-1), so no change number is recorded.
	return nil
}

// pruneContacts unlocks, rather than deletes, contacts the ECD no longer
// sends: they may be portal users with rights and history.
func (c *call) pruneContacts(prefix string, keep []string) error {
	rows, err := c.tx.Query(c.ctx, `SELECT id, fhir_id FROM contacts WHERE client_id = ?
		AND locked = TRUE AND substr(fhir_id, 1, ?) = ?`, c.clientID, len(prefix), prefix)
	if err != nil {
		return fmt.Errorf("list contacts: %w", err)
	}
	var gone []string
	for rows.Next() {
		var id, fid string
		if err := rows.Scan(&id, &fid); err != nil {
			rows.Close()
			return fmt.Errorf("scan contact: %w", err)
		}
		if !contains(keep, fid) {
			gone = append(gone, id)
		}
	}
	rows.Close()
	for _, id := range gone {
		if _, err := c.tx.Exec(c.ctx, `UPDATE contacts SET locked = FALSE WHERE id = ?`, id); err != nil {
			return fmt.Errorf("unlock contact: %w", err)
		}
	}
	return rows.Err()
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// telecom is the first value of a system (phone, email).
func telecom(tel []ContactPoint, system string) string {
	for _, t := range tel {
		if t.System == system && t.Value != "" {
			return t.Value
		}
	}
	return ""
}

// mobile is the first phone number that is a mobile one, or the first.
func mobile(tel []ContactPoint) string {
	for _, t := range tel {
		if t.System == "phone" && (t.Use == "mobile" || strings.HasPrefix(t.Value, "+316") ||
			strings.HasPrefix(t.Value, "06")) {
			return t.Value
		}
	}
	return telecom(tel, "phone")
}

// formatAddress is the home address on one line, Dutch style.
func formatAddress(addrs []Address) string {
	for _, a := range addrs {
		if a.Use != "" && a.Use != "home" && len(addrs) > 1 {
			continue
		}
		if a.Text != "" {
			return a.Text
		}
		street := strings.Join(a.Line, ", ")
		return strings.TrimSpace(strings.Trim(street+", "+joinWords(a.PostalCode, a.City), ", "))
	}
	return ""
}
