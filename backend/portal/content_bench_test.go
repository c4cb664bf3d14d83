package portal_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// BenchmarkWeekAgenda reads one week of an agenda holding 40 weekly
// series and 200 single appointments, on SQLite.
func BenchmarkWeekAgenda(b *testing.B) {
	e := newEnv(b, store.SQLite)
	ctx := context.Background()
	for i := 0; i < 240; i++ {
		in := api.AppointmentInput{Title: fmt.Sprintf("Afspraak %d", i),
			Start: fmt.Sprintf("2027-%02d-%02dT%02d:00", 1+i%12, 1+i%28, 8+i%10)}
		in.End = in.Start[:11] + fmt.Sprintf("%02d:30", 8+i%10)
		if i < 40 {
			in.Start, in.End = "2027-01-"+in.Start[8:], "2027-01-"+in.End[8:]
			in.Repeat = &api.Repeat{Frequency: "weekly", Until: "2029-12-31"}
		}
		if _, err := e.p.CreateAppointment(ctx, e.user, e.client, in); err != nil {
			b.Fatalf("create: %v", err)
		}
	}
	from := time.Date(2027, 6, 7, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for b.Loop() {
		list, err := e.p.Appointments(ctx, e.user, e.client, from, from.AddDate(0, 0, 7))
		if err != nil || len(list.Appointments) < 40 {
			b.Fatalf("week: %d, %v", len(list.Appointments), err)
		}
	}
}
