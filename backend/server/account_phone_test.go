package server_test

import (
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
)

// TestChangeOwnPhone checks AUTH-8 for the user: the code goes to the new
// number and only that code confirms it.
func TestChangeOwnPhone(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	session, _ := e.SignIn(t, acctAnna, acctAnnaPass, acctAnnaPhone)
	e.Clock.Advance(time.Minute)

	status, apiErr := e.Do(t, "POST", "/me/phone", session, api.ChangePhoneRequest{Phone: "030-1234567"}, nil)
	acctFail(t, "landline", status, apiErr, api.CodePhoneNotMobile)

	var resp api.PhoneChangeResponse
	status, apiErr = e.Do(t, "POST", "/me/phone", session, api.ChangePhoneRequest{Phone: "06-11223344"}, &resp)
	acctOK(t, "new number", status, apiErr)
	if resp.PhoneHint != "06-••••••44" {
		t.Fatalf("hint %q", resp.PhoneHint)
	}
	code := e.LastCode(t, "+31611223344")

	status, apiErr = e.Do(t, "POST", "/me/phone/confirm", session, api.ConfirmPhoneRequest{Code: "999999x"}, nil)
	acctFail(t, "wrong code", status, apiErr, api.CodeCodeInvalid)
	status, apiErr = e.Do(t, "POST", "/me/phone/confirm", session, api.ConfirmPhoneRequest{Code: code}, nil)
	acctOK(t, "confirm", status, apiErr)

	var me api.Me
	e.Do(t, "GET", "/me", session, nil, &me)
	if me.User.PhoneHint != "06-••••••44" {
		t.Fatalf("phone not changed: %q", me.User.PhoneHint)
	}
	status, apiErr = e.Do(t, "POST", "/me/phone/confirm", session, api.ConfirmPhoneRequest{Code: code}, nil)
	acctFail(t, "second use", status, apiErr, api.CodeChallengeExpired)
}

// TestPhoneCodeExpires checks the 5 minutes for the new number's code.
func TestPhoneCodeExpires(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	session, _ := e.SignIn(t, acctAnna, acctAnnaPass, acctAnnaPhone)
	e.Clock.Advance(time.Minute)
	e.Do(t, "POST", "/me/phone", session, api.ChangePhoneRequest{Phone: "+31 (0)6 1122 3344"}, nil)
	code := e.LastCode(t, "+31611223344")
	e.Clock.Advance(5*time.Minute + time.Second)
	status, apiErr := e.Do(t, "POST", "/me/phone/confirm", session, api.ConfirmPhoneRequest{Code: code}, nil)
	acctFail(t, "late code", status, apiErr, api.CodeCodeExpired)
}

// TestAdministratorSetsPhone checks AUTH-8 for the portal administrator:
// the contact's new number is where the next code goes.
func TestAdministratorSetsPhone(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	session, _ := e.SignIn(t, acctAnna, acctAnnaPass, acctAnnaPhone)
	maria := acctClient(t, e, session, "Maria de Vries")
	pieter := acctContactID(t, e, session, maria, "Pieter Bakker")

	var c api.Contact
	status, apiErr := e.Do(t, "PUT", "/clients/"+maria+"/contacts/"+pieter+"/phone", session,
		api.ChangePhoneRequest{Phone: "0031 6 99887766"}, &c)
	acctOK(t, "set phone", status, apiErr)
	if c.PhoneHint != "06-••••••66" {
		t.Fatalf("contact hint %q", c.PhoneHint)
	}

	s, _ := acctSignInPieterOn(t, e, "+31699887766")
	if s == "" {
		t.Fatal("no session")
	}

	// Pieter is no administrator: he may not set numbers.
	status, apiErr = e.Do(t, "PUT", "/clients/"+maria+"/contacts/"+pieter+"/phone", s,
		api.ChangePhoneRequest{Phone: "0612345678"}, nil)
	acctFail(t, "not an administrator", status, apiErr, api.CodeForbidden)
}

// TestKioskEnrolment checks DESKTOP-6: a one-time code gives a kiosk
// token, and on the kiosk the new-device reason for a code falls away.
func TestKioskEnrolment(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	code, err := e.Auth.CreateKiosk(t.Context(), "Lindehof huiskamer 2")
	if err != nil {
		t.Fatal(err)
	}

	status, apiErr := e.Do(t, "POST", "/kiosk/enrol", "", api.KioskEnrolRequest{Code: "AAAAA-AAAAA"}, nil)
	acctFail(t, "unknown code", status, apiErr, api.CodeEnrolmentCodeInvalid)
	var kiosk api.KioskEnrolResponse
	status, apiErr = e.Do(t, "POST", "/kiosk/enrol", "", api.KioskEnrolRequest{Code: code}, &kiosk)
	acctOK(t, "enrol", status, apiErr)
	if kiosk.KioskToken == "" || kiosk.Name != "Lindehof huiskamer 2" {
		t.Fatalf("enrolment: %+v", kiosk)
	}
	status, apiErr = e.Do(t, "POST", "/kiosk/enrol", "", api.KioskEnrolRequest{Code: code}, nil)
	acctFail(t, "code used twice", status, apiErr, api.CodeEnrolmentCodeInvalid)

	// First sign-in ever: a code, kiosk or not.
	resp, _, _ := acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass, KioskToken: kiosk.KioskToken})
	if resp.Step != api.StepSMSCode {
		t.Fatalf("first sign-in on a kiosk needs a code, got %s", resp.Step)
	}
	e.Do(t, "POST", "/session/code", "", api.CodeRequest{Challenge: resp.Challenge, Code: e.LastCode(t, acctAnnaPhone)}, &resp)
	if resp.Step != api.StepDone || resp.DeviceToken != "" {
		t.Fatalf("a kiosk gets no device token: %+v", resp)
	}

	// Later, without any device token, the kiosk needs no code.
	e.Clock.Advance(2 * time.Hour)
	resp, status, apiErr = acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass, KioskToken: kiosk.KioskToken})
	acctOK(t, "kiosk sign-in", status, apiErr)
	if resp.Step != api.StepDone {
		t.Fatalf("enrolled kiosk: want done, got %s", resp.Step)
	}
	// The same user on an unknown computer does need one.
	resp, _, _ = acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass})
	if resp.Step != api.StepSMSCode {
		t.Fatalf("new device: want code, got %s", resp.Step)
	}
	// And after 91 days away, the kiosk asks for a code too.
	e.Clock.Advance(91 * 24 * time.Hour)
	resp, _, _ = acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass, KioskToken: kiosk.KioskToken})
	if resp.Step != api.StepSMSCode {
		t.Fatalf("kiosk after 91 days: want code, got %s", resp.Step)
	}
}

// TestKioskCodeExpires checks that an enrolment code expires.
func TestKioskCodeExpires(t *testing.T) {
	e := servertest.New(t)
	code, err := e.Auth.CreateKiosk(t.Context(), "Lindehof hal")
	if err != nil {
		t.Fatal(err)
	}
	e.Clock.Advance(24*time.Hour + time.Second)
	status, apiErr := e.Do(t, "POST", "/kiosk/enrol", "", api.KioskEnrolRequest{Code: code}, nil)
	acctFail(t, "expired code", status, apiErr, api.CodeEnrolmentCodeInvalid)
}
