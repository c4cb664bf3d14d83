package api

// Route describes one endpoint of the portal API. The server registers its
// handlers by these routes, and the OpenAPI document is built from them, so
// the two cannot drift apart.
type Route struct {
	ID       string
	Method   string
	Path     string
	Summary  string
	Auth     bool
	Request  any
	Response any
	Errors   []Code
	// Query names query parameters, each with a short description.
	Query map[string]string
	// Idempotent marks writes that honour an Idempotency-Key header.
	Idempotent bool
	// KeyAuth marks routes for ECD systems: they send an ECD key as bearer
	// token instead of a user's session.
	KeyAuth bool
	// Section is the right a route needs, when it needs one; the test of
	// rights on every route reads it.
	Section Section
	// RawResponse is the media type of an answer that is not JSON, such
	// as image/* for a photo.
	RawResponse string
}

// Routes of the portal API, relative to /api/v1, area by area.
var Routes = join(sessionRoutes, accountRoutes, agendaRoutes, dossierRoutes,
	messageRoutes, detailsRoutes, userRoutes, syncRoutes, ecdRoutes)

func join(groups ...[]Route) []Route {
	var all []Route
	for _, g := range groups {
		all = append(all, g...)
	}
	return all
}

var sessionRoutes = []Route{
	{ID: "signIn", Method: "POST", Path: "/session", Summary: "Sign in with user name and password",
		Request: SignInRequest{}, Response: SignInResponse{},
		Errors: []Code{CodeInvalidCredentials, CodeAccountLocked, CodeAccessWithdrawn,
			CodePasswordExpired, CodeRateLimited, CodePhoneNotMobile, CodeResendThrottled}},
	{ID: "newPassword", Method: "POST", Path: "/session/new-password",
		Summary: "Replace an issued password during sign-in",
		Request: NewPasswordRequest{}, Response: SignInResponse{},
		Errors: []Code{CodeChallengeExpired, CodePasswordTooShort, CodePasswordTooCommon,
			CodePasswordReused, CodeResendThrottled}},
	{ID: "verifyCode", Method: "POST", Path: "/session/code", Summary: "Check the SMS code",
		Request: CodeRequest{}, Response: SignInResponse{},
		Errors: []Code{CodeChallengeExpired, CodeCodeInvalid, CodeCodeExpired, CodeCodeAttemptsExceeded}},
	{ID: "resendCode", Method: "POST", Path: "/session/code/resend", Summary: "Send a new SMS code",
		Request: ResendRequest{}, Response: SignInResponse{},
		Errors: []Code{CodeChallengeExpired, CodeResendThrottled, CodePhoneNotMobile}},
	{ID: "signOut", Method: "DELETE", Path: "/session", Summary: "Sign out", Auth: true,
		Errors: []Code{CodeUnauthorized}},
	{ID: "me", Method: "GET", Path: "/me", Summary: "The user, their portals and invitations",
		Auth: true, Response: Me{}, Errors: []Code{CodeUnauthorized}},
}
