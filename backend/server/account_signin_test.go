package server_test

import (
	"net/http"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/server/servertest"
)

// TestIssuedPasswordMustBeReplaced checks AUTH-2: the new password is long
// enough, not common and not the issued one.
func TestIssuedPasswordMustBeReplaced(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	resp, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctPieter, Password: acctPieterPass})
	acctOK(t, "sign in", status, apiErr)
	if resp.Step != api.StepNewPassword {
		t.Fatalf("want new_password step, got %+v", resp)
	}

	for _, tc := range []struct {
		password string
		code     api.Code
	}{
		{"Kort-1", api.CodePasswordTooShort},
		{"password1", api.CodePasswordTooCommon},
		{"QWERTYUIOP", api.CodePasswordTooCommon},
		{acctPieterPass, api.CodePasswordReused},
	} {
		t.Run(tc.password, func(t *testing.T) {
			status, apiErr := e.Do(t, "POST", "/session/new-password", "",
				api.NewPasswordRequest{Challenge: resp.Challenge, NewPassword: tc.password}, nil)
			acctFail(t, tc.password, status, apiErr, tc.code)
		})
	}

	var next api.SignInResponse
	status, apiErr = e.Do(t, "POST", "/session/new-password", "",
		api.NewPasswordRequest{Challenge: resp.Challenge, NewPassword: "Buurman-Pieter-2026"}, &next)
	acctOK(t, "good password", status, apiErr)
	if next.Step != api.StepSMSCode {
		t.Fatalf("first sign-in needs a code after the new password, got %s", next.Step)
	}
}

// TestIssuedPasswordWorksFourteenDays checks AUTH-9's 14 days.
func TestIssuedPasswordWorksFourteenDays(t *testing.T) {
	for _, tc := range []struct {
		after time.Duration
		code  api.Code
	}{
		{14*24*time.Hour - time.Minute, ""},
		{14*24*time.Hour + time.Minute, api.CodePasswordExpired},
	} {
		t.Run(tc.after.String(), func(t *testing.T) {
			e := servertest.New(t)
			e.SeedDemo(t)
			e.Clock.Advance(tc.after)
			resp, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctPieter, Password: acctPieterPass})
			if tc.code != "" {
				acctFail(t, "expired issued password", status, apiErr, tc.code)
				return
			}
			acctOK(t, "issued password", status, apiErr)
			if resp.Step != api.StepNewPassword {
				t.Fatalf("want new_password, got %s", resp.Step)
			}
		})
	}
}

// TestWhenACodeIsNeeded checks the reasons of AUTH-3 against a trusted
// device: none within 90 days, one after 90 days, on a new device and
// after a reset.
func TestWhenACodeIsNeeded(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	_, device := e.SignIn(t, acctAnna, acctAnnaPass, acctAnnaPhone)

	steps := []struct {
		name    string
		advance time.Duration
		device  string
		want    api.Step
	}{
		{"same device, 89 days later", 89 * 24 * time.Hour, device, api.StepDone},
		{"new device", time.Minute, "", api.StepSMSCode},
		{"same device, 91 days later", 91 * 24 * time.Hour, device, api.StepSMSCode},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			e.Clock.Advance(st.advance)
			e.Clock.Advance(time.Minute) // past the resend interval of the previous step
			resp, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctAnna,
				Password: acctAnnaPass, DeviceToken: st.device})
			acctOK(t, st.name, status, apiErr)
			if resp.Step != st.want {
				t.Fatalf("%s: want step %s, got %s", st.name, st.want, resp.Step)
			}
		})
	}
}

// TestCodeAfterReset checks that a trusted device still needs a code once
// the password was reset.
func TestCodeAfterReset(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	_, device := e.SignIn(t, acctAnna, acctAnnaPass, acctAnnaPhone)

	e.Do(t, "POST", "/password/forgot", "", api.ForgotPasswordRequest{UserName: acctAnna, Email: acctAnnaEmail}, nil)
	_, token := acctResetToken(t, e, acctAnnaEmail)
	status, apiErr := e.Do(t, "POST", "/password/reset", "",
		api.ResetPasswordRequest{Token: token, NewPassword: "Anna-nieuw-2027"}, nil)
	acctOK(t, "reset", status, apiErr)

	e.Clock.Advance(time.Hour)
	resp, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctAnna,
		Password: "Anna-nieuw-2027", DeviceToken: device})
	acctOK(t, "sign in after reset", status, apiErr)
	if resp.Step != api.StepSMSCode {
		t.Fatalf("after a reset a code is needed, got %s", resp.Step)
	}
	status, apiErr = e.Do(t, "POST", "/session/code", "",
		api.CodeRequest{Challenge: resp.Challenge, Code: e.LastCode(t, acctAnnaPhone)}, &resp)
	acctOK(t, "code", status, apiErr)

	// The code was given; the next sign-in on this device needs none.
	e.Clock.Advance(time.Hour)
	resp, _, _ = acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: "Anna-nieuw-2027", DeviceToken: device})
	if resp.Step != api.StepDone {
		t.Fatalf("after the code, the device is trusted again; got %s", resp.Step)
	}
}

// acctStartCode signs Anna in on a new device up to the code step.
func acctStartCode(t *testing.T, e *servertest.Env) string {
	t.Helper()
	resp, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass})
	acctOK(t, "sign in", status, apiErr)
	if resp.Step != api.StepSMSCode {
		t.Fatalf("want code step, got %s", resp.Step)
	}
	return resp.Challenge
}

// TestCodeExpiry checks the 5 minutes of AUTH-3 at the edges.
func TestCodeExpiry(t *testing.T) {
	for _, tc := range []struct {
		after time.Duration
		code  api.Code
	}{
		{4*time.Minute + 59*time.Second, ""},
		{5*time.Minute + time.Second, api.CodeCodeExpired},
	} {
		t.Run(tc.after.String(), func(t *testing.T) {
			e := servertest.New(t)
			e.SeedDemo(t)
			challenge := acctStartCode(t, e)
			code := e.LastCode(t, acctAnnaPhone)
			if len(code) != 6 {
				t.Fatalf("code %q is not six digits", code)
			}
			e.Clock.Advance(tc.after)
			status, apiErr := e.Do(t, "POST", "/session/code", "", api.CodeRequest{Challenge: challenge, Code: code}, nil)
			if tc.code == "" {
				acctOK(t, "code in time", status, apiErr)
				return
			}
			acctFail(t, "late code", status, apiErr, tc.code)
		})
	}
}

// TestCodeSingleUseAndFiveTries checks that a code works once and that
// five wrong codes end the attempt, even for the right code after.
func TestCodeSingleUseAndFiveTries(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	challenge := acctStartCode(t, e)
	code := e.LastCode(t, acctAnnaPhone)
	status, apiErr := e.Do(t, "POST", "/session/code", "", api.CodeRequest{Challenge: challenge, Code: code}, nil)
	acctOK(t, "code", status, apiErr)
	status, apiErr = e.Do(t, "POST", "/session/code", "", api.CodeRequest{Challenge: challenge, Code: code}, nil)
	acctFail(t, "second use", status, apiErr, api.CodeChallengeExpired)

	e.Clock.Advance(time.Minute)
	challenge = acctStartCode(t, e)
	code = e.LastCode(t, acctAnnaPhone)
	wrong := "000000"
	if code == wrong {
		wrong = "111111"
	}
	for i := 1; i <= 5; i++ {
		status, apiErr := e.Do(t, "POST", "/session/code", "", api.CodeRequest{Challenge: challenge, Code: wrong}, nil)
		want := api.CodeCodeInvalid
		if i == 5 {
			want = api.CodeCodeAttemptsExceeded
		}
		acctFail(t, "wrong code", status, apiErr, want)
	}
	status, apiErr = e.Do(t, "POST", "/session/code", "", api.CodeRequest{Challenge: challenge, Code: code}, nil)
	acctFail(t, "right code after five wrong", status, apiErr, api.CodeCodeAttemptsExceeded)
}

// TestResendThrottle checks one code per 30 seconds and five per hour.
func TestResendThrottle(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	challenge := acctStartCode(t, e) // the first of five

	resend := func() (int, *api.Error) {
		return e.Do(t, "POST", "/session/code/resend", "", api.ResendRequest{Challenge: challenge}, nil)
	}
	status, apiErr := resend()
	acctFail(t, "resend at once", status, apiErr, api.CodeResendThrottled)
	if apiErr.RetryAfter < 1 || apiErr.RetryAfter > 31 {
		t.Fatalf("retryAfter %d is not within 30 seconds", apiErr.RetryAfter)
	}

	for i := 2; i <= 5; i++ {
		e.Clock.Advance(30 * time.Second)
		status, apiErr := resend()
		acctOK(t, "resend after 30 s", status, apiErr)
	}
	e.Clock.Advance(2 * time.Minute)
	status, apiErr = resend()
	acctFail(t, "sixth code within the hour", status, apiErr, api.CodeResendThrottled)
}

// TestLockoutLooksTheSameForUnknownNames checks that ten wrong passwords
// within 15 minutes lock a name, known or not, with the same answers.
func TestLockoutLooksTheSameForUnknownNames(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)

	for _, name := range []string{acctAnna, "niemand.bekend"} {
		t.Run(name, func(t *testing.T) {
			for i := 0; i < 10; i++ {
				_, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: name, Password: "fout-wachtwoord"})
				acctFail(t, "wrong password", status, apiErr, api.CodeInvalidCredentials)
			}
			_, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: name, Password: acctAnnaPass})
			acctFail(t, "eleventh try", status, apiErr, api.CodeAccountLocked)
			if apiErr.RetryAfter <= 0 {
				t.Fatalf("a lockout says when to try again: %+v", apiErr)
			}
		})
	}

	// The lockout ends after the window.
	e.Clock.Advance(16 * time.Minute)
	resp, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass})
	acctOK(t, "after the lockout", status, apiErr)
	if resp.Step == "" {
		t.Fatalf("no step after lockout: %+v", resp)
	}
}

// TestLockedOwnerCanReset checks that a locked-out user can still reset
// the password and then sign in.
func TestLockedOwnerCanReset(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	for i := 0; i < 10; i++ {
		acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: "fout-wachtwoord"})
	}
	_, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass})
	acctFail(t, "locked", status, apiErr, api.CodeAccountLocked)

	e.Do(t, "POST", "/password/forgot", "", api.ForgotPasswordRequest{UserName: acctAnna, Email: acctAnnaEmail}, nil)
	_, token := acctResetToken(t, e, acctAnnaEmail)
	status, apiErr = e.Do(t, "POST", "/password/reset", "",
		api.ResetPasswordRequest{Token: token, NewPassword: "Anna-nieuw-2027"}, nil)
	acctOK(t, "reset while locked", status, apiErr)
	session, _ := e.SignIn(t, acctAnna, "Anna-nieuw-2027", acctAnnaPhone)
	if session == "" {
		t.Fatal("no session after reset")
	}
}

// TestManyFailuresFromOneAddressAreSlowed checks the per-address limit.
func TestManyFailuresFromOneAddressAreSlowed(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	for i := 0; i < 50; i++ {
		name := "gok" + string(rune('a'+i%26)) + string(rune('a'+i/26))
		_, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: name, Password: "gok"})
		acctFail(t, "guess", status, apiErr, api.CodeInvalidCredentials)
	}
	_, status, apiErr := acctSignIn(t, e, api.SignInRequest{UserName: acctAnna, Password: acctAnnaPass})
	acctFail(t, "after 50 failures from one address", status, apiErr, api.CodeRateLimited)
	if status != http.StatusTooManyRequests {
		t.Fatalf("status %d", status)
	}
}
