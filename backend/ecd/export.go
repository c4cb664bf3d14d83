package ecd

import (
	"strconv"
	"time"

	"kring/backend/api"
	"kring/backend/portal"
)

// Kring's own extension and identifier system, for what FHIR R4
// Appointment cannot say.
const (
	ExtRepeat      = "https://kring.zorg/fhir/StructureDefinition/appointment-repeat"
	ExtPrivate     = "https://kring.zorg/fhir/StructureDefinition/appointment-private"
	ClientIDSystem = "https://kring.zorg/fhir/NamingSystem/client-id"
)

// AppointmentBundle turns portal appointments into a FHIR Bundle for the
// ECD (ECD-2). Private ones are masked to "Privé cliëntafspraak" without a
// description (AGENDA-4); deleted ones are cancelled. A repeating series
// travels as its first occurrence with Kring's repeat extension, because
// FHIR R4 Appointment has no recurrence.
func AppointmentBundle(list []portal.ECDAppointment, now time.Time) api.FHIRBundle {
	b := api.FHIRBundle{ResourceType: "Bundle", Type: "collection",
		Timestamp: now.UTC().Format(time.RFC3339), Total: len(list), Entry: []api.FHIRBundleEntry{}}
	for _, a := range list {
		b.Entry = append(b.Entry, api.FHIRBundleEntry{Resource: toFHIR(a.Masked())})
	}
	return b
}

func toFHIR(a portal.ECDAppointment) api.FHIRAppointment {
	out := api.FHIRAppointment{ResourceType: "Appointment", ID: a.ID, Status: "booked",
		Meta: api.FHIRMeta{VersionID: strconv.Itoa(a.Version),
			LastUpdated: a.UpdatedAt.UTC().Format(time.RFC3339Nano)},
		Description: a.Title, Comment: a.Description,
		Start: a.Start.UTC().Format(time.RFC3339), End: a.End.UTC().Format(time.RFC3339)}
	if a.Deleted {
		out.Status = "cancelled"
	}
	actor := api.FHIRReference{Type: "Patient", Reference: "Patient/" + a.ClientFHIRID}
	if a.ClientFHIRID == "" {
		actor = api.FHIRReference{Type: "Patient",
			Identifier: &api.FHIRIdentifier{System: ClientIDSystem, Value: a.ClientID}}
	}
	out.Participant = []api.FHIRParticipant{{Actor: actor, Status: "accepted"}}
	if a.Private {
		out.Extension = append(out.Extension, api.FHIRExtension{URL: ExtPrivate, ValueBoolean: ptr(true)})
	}
	if a.Repeat != nil {
		out.Extension = append(out.Extension, repeatExtension(a))
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// repeatExtension describes a series: frequency, last day, and each moved
// or cancelled occurrence.
func repeatExtension(a portal.ECDAppointment) api.FHIRExtension {
	e := api.FHIRExtension{URL: ExtRepeat, Extension: []api.FHIRExtension{{URL: "frequency", ValueCode: a.Repeat.Frequency}}}
	if a.Repeat.Until != "" {
		e.Extension = append(e.Extension, api.FHIRExtension{URL: "until", ValueDate: a.Repeat.Until})
	}
	for _, x := range a.Exceptions {
		ex := api.FHIRExtension{URL: "exception", Extension: []api.FHIRExtension{{URL: "occurrence", ValueDateTime: x.Occurrence}}}
		if x.Cancelled {
			ex.Extension = append(ex.Extension, api.FHIRExtension{URL: "cancelled", ValueBoolean: ptr(true)})
		} else {
			ex.Extension = append(ex.Extension, api.FHIRExtension{URL: "start", ValueDateTime: x.Start},
				api.FHIRExtension{URL: "end", ValueDateTime: x.End})
		}
		e.Extension = append(e.Extension, ex)
	}
	return e
}
