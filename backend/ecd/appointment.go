package ecd

import (
	"errors"
	"fmt"
	"time"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store"
)

// importAppointment writes an appointment of the organisation into the
// client's agenda (source ecd). A cancelled one is marked deleted, so
// synced devices drop it.
func importAppointment(c *call) error {
	var a Appointment
	if err := decodeAs(c.e, &a); err != nil {
		return err
	}
	if err := c.useSubject(appointmentPatient(c, a)); err != nil {
		return err
	}
	start, err1 := time.Parse(time.RFC3339, a.Start)
	end, err2 := time.Parse(time.RFC3339, a.End)
	if err1 != nil || err2 != nil || !start.Before(end) {
		return errors.New("appointment needs a start and a later end, RFC 3339")
	}
	title := orElse(a.Description, orElse(firstConcept(a.ServiceType), a.AppointmentType.String()))
	title = orElse(capitalize(title), "Afspraak")

	var deleted any
	switch a.Status {
	case "cancelled", "noshow", "entered-in-error":
		deleted = c.at
	}
	id, err := c.rowID("appointments", c.fhirID())
	if err != nil {
		return err
	}
	vals := []any{title, a.Comment, store.Time(start), store.Time(end),
		start.In(portal.Amsterdam).Format("2006-01-02T15:04"), end.In(portal.Amsterdam).Format("2006-01-02T15:04"),
		deleted, c.at}
	if id == "" {
		id = store.NewID()
		_, err = c.tx.Exec(c.ctx, `INSERT INTO appointments (title, description, start_at, end_at,
			local_start, local_end, deleted_at, updated_at, id, client_id, fhir_id, source, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ecd', ?)`, append(vals, id, c.clientID, c.fhirID(), c.at)...)
	} else {
		_, err = c.tx.Exec(c.ctx, `UPDATE appointments SET title = ?, description = ?, start_at = ?,
			end_at = ?, local_start = ?, local_end = ?, deleted_at = ?, updated_at = ?,
			version = version + 1 WHERE id = ?`, append(vals, id)...)
	}
	if err != nil {
		return fmt.Errorf("write appointment: %w", err)
	}
	return c.change(api.SectionAppointments, portal.EntityAppointment, id, deleted != nil)
}

// appointmentPatient is the participant that is a patient.
func appointmentPatient(c *call, a Appointment) *Reference {
	for _, p := range a.Participant {
		if typ, _ := c.resolve(p.Actor); typ == "Patient" {
			return p.Actor
		}
	}
	return nil
}
