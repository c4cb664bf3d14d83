package api

// PhoneChangeResponse tells where the confirmation code went (AUTH-8).
type PhoneChangeResponse struct {
	PhoneHint string `json:"phoneHint"`
}

// KioskEnrolRequest enrols a care-home tablet with the operator's
// one-time enrolment code (DESKTOP-6).
type KioskEnrolRequest struct {
	Code string `json:"code"`
}

// KioskEnrolResponse carries the kiosk token, to be kept in the keyring and
// sent as KioskToken with every sign-in on that kiosk.
type KioskEnrolResponse struct {
	KioskToken string `json:"kioskToken"`
	Name       string `json:"name"`
}

var accountRoutes = []Route{
	{ID: "forgotPassword", Method: "POST", Path: "/password/forgot",
		Summary: "Ask for a reset mail; the answer is the same whether or not the details match",
		Request: ForgotPasswordRequest{}, Errors: []Code{CodeValidation}},
	{ID: "resetPassword", Method: "POST", Path: "/password/reset",
		Summary: "Set a new password with the secret of a reset link",
		Request: ResetPasswordRequest{},
		Errors: []Code{CodeResetLinkInvalid, CodePasswordTooShort, CodePasswordTooCommon,
			CodePasswordReused}},
	{ID: "changePassword", Method: "POST", Path: "/me/password", Auth: true,
		Summary: "Change one's own password with the old one (PROFILE-2)",
		Request: ChangePasswordRequest{},
		Errors: []Code{CodeUnauthorized, CodeOldPasswordWrong, CodeAccountLocked,
			CodePasswordTooShort, CodePasswordTooCommon, CodePasswordReused}},
	{ID: "changePhone", Method: "POST", Path: "/me/phone", Auth: true,
		Summary: "Start a change of one's own mobile number; a code goes to the new number",
		Request: ChangePhoneRequest{}, Response: PhoneChangeResponse{},
		Errors: []Code{CodeUnauthorized, CodePhoneNotMobile, CodeResendThrottled}},
	{ID: "confirmPhone", Method: "POST", Path: "/me/phone/confirm", Auth: true,
		Summary: "Confirm the new mobile number with the code sent to it",
		Request: ConfirmPhoneRequest{},
		Errors: []Code{CodeUnauthorized, CodeChallengeExpired, CodeCodeInvalid,
			CodeCodeExpired, CodeCodeAttemptsExceeded}},
	{ID: "enrolKiosk", Method: "POST", Path: "/kiosk/enrol",
		Summary: "Enrol a kiosk with a one-time enrolment code",
		Request: KioskEnrolRequest{}, Response: KioskEnrolResponse{},
		Errors: []Code{CodeEnrolmentCodeInvalid, CodeRateLimited}},
	{ID: "acceptInvitation", Method: "POST", Path: "/invitations/{invitation}/accept", Auth: true,
		Summary: "Accept an invitation, which opens that portal (AUTH-7)",
		Errors:  []Code{CodeUnauthorized, CodeNotFound}},
	{ID: "reportInvitation", Method: "POST", Path: "/invitations/{invitation}/report", Auth: true,
		Summary: "Report an invitation from someone unknown to the organisation's helpdesk",
		Errors:  []Code{CodeUnauthorized, CodeNotFound}},
	{ID: "clientPhoto", Method: "GET", Path: "/clients/{client}/photo", Auth: true,
		Summary:     "The client's photo for the chooser (HOME-1)",
		RawResponse: "image/*",
		Errors:      []Code{CodeUnauthorized, CodeNotFound}},
}
