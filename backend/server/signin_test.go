package server_test

import (
	"net/http"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
	"kring/backend/store/storetest"
)

// TestSignInSlice walks the first-visit sign-in of the demo daughter to her
// mother's appointments, on every dialect this run has.
func TestSignInSlice(t *testing.T) {
	for _, d := range storetest.Dialects() {
		t.Run(string(d), func(t *testing.T) {
			e := servertest.NewOn(t, d)
			e.SeedDemo(t)

			var resp api.SignInResponse
			status, apiErr := e.Do(t, "POST", "/session", "",
				api.SignInRequest{UserName: "anna.devries", Password: "Kring-demo-2026"}, &resp)
			if apiErr != nil || status != http.StatusOK {
				t.Fatalf("sign in: status %d, %v", status, apiErr)
			}
			if resp.Step != api.StepSMSCode || resp.PhoneHint != "06-••••••78" {
				t.Fatalf("first sign-in must ask for a code: %+v", resp)
			}

			code := e.LastCode(t, "+31612345678")
			if _, apiErr := e.Do(t, "POST", "/session/code", "",
				api.CodeRequest{Challenge: resp.Challenge, Code: code}, &resp); apiErr != nil {
				t.Fatalf("verify code: %v", apiErr)
			}
			if resp.Step != api.StepDone || resp.Session == "" || resp.DeviceToken == "" {
				t.Fatalf("sign-in not finished: %+v", resp)
			}

			var me api.Me
			e.Do(t, "GET", "/me", resp.Session, nil, &me)
			if len(me.Clients) != 2 {
				t.Fatalf("want two portals, got %+v", me.Clients)
			}
			maria := me.Clients[1]
			if maria.Name != "Maria de Vries" || !maria.Admin {
				t.Fatalf("second portal: %+v", maria)
			}

			var list api.AppointmentList
			from := servertest.Start
			path := "/clients/" + maria.ID + "/appointments?from=" + from.Format(time.RFC3339) +
				"&to=" + from.AddDate(0, 0, 14).Format(time.RFC3339)
			if _, apiErr := e.Do(t, "GET", path, resp.Session, nil, &list); apiErr != nil {
				t.Fatalf("appointments: %v", apiErr)
			}
			if !hasAppointment(list, "Fysiotherapie", "ecd") || !hasAppointment(list, "Bezoek van Anna", "portal") {
				t.Fatalf("appointments: %+v", list.Appointments)
			}
		})
	}
}

// TestWrongPasswordAndUnknownUserLookAlike checks that an unknown user name
// gets the same answer as a wrong password.
func TestWrongPasswordAndUnknownUserLookAlike(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)

	for _, name := range []string{"anna.devries", "nobody.here"} {
		status, apiErr := e.Do(t, "POST", "/session", "",
			api.SignInRequest{UserName: name, Password: "wrong-password"}, nil)
		if status != http.StatusUnauthorized || apiErr == nil || apiErr.Code != api.CodeInvalidCredentials {
			t.Fatalf("%s: status %d, %+v", name, status, apiErr)
		}
	}
}

// hasAppointment tells whether the list holds a title from a source.
func hasAppointment(list api.AppointmentList, title, source string) bool {
	for _, a := range list.Appointments {
		if a.Title == title && a.Source == source {
			return true
		}
	}
	return false
}
