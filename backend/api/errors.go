// Package api is the contract between the portal server and its clients:
// request and response types, stable error codes and the OpenAPI document.
package api

import "net/http"

// Code is a stable, machine-readable error code. The UI turns each code into
// a Dutch sentence; codes never change meaning once published.
type Code string

// Error codes answered by the portal API.
const (
	CodeInvalidCredentials   Code = "invalid_credentials"
	CodeAccountLocked        Code = "account_locked"
	CodeAccessWithdrawn      Code = "access_withdrawn"
	CodePasswordTooShort     Code = "password_too_short"
	CodePasswordTooCommon    Code = "password_too_common"
	CodePasswordReused       Code = "password_reused"
	CodePasswordExpired      Code = "password_expired"
	CodeCodeInvalid          Code = "code_invalid"
	CodeCodeExpired          Code = "code_expired"
	CodeCodeAttemptsExceeded Code = "code_attempts_exceeded"
	CodeResendThrottled      Code = "resend_throttled"
	CodePhoneNotMobile       Code = "phone_not_mobile"
	CodeChallengeExpired     Code = "challenge_expired"
	CodeResetLinkInvalid     Code = "reset_link_invalid"
	CodeUnauthorized         Code = "unauthorized"
	CodeForbidden            Code = "forbidden"
	CodeNotFound             Code = "not_found"
	CodeConflict             Code = "conflict"
	CodeValidation           Code = "validation"
	CodeTimeNotExist         Code = "time_does_not_exist"
	CodePayloadTooLarge      Code = "payload_too_large"
	CodeImageUnsupported     Code = "image_unsupported"
	CodeImageTooLarge        Code = "image_dimensions_too_large"
	CodePhotoNeedsText       Code = "photo_needs_text"
	CodeContactLocked        Code = "contact_locked"
	CodeLastAdministrator    Code = "last_administrator"
	CodeInvitationPending    Code = "invitation_pending"
	CodePortalClosed         Code = "portal_closed"
	CodeRateLimited          Code = "rate_limited"
	CodeOldPasswordWrong     Code = "old_password_wrong"
	CodeEnrolmentCodeInvalid Code = "enrolment_code_invalid"
	CodeInternal             Code = "internal"
)

// Status is the HTTP status that goes with each code.
func (c Code) Status() int {
	switch c {
	case CodeInvalidCredentials, CodeUnauthorized, CodeChallengeExpired:
		return http.StatusUnauthorized
	case CodeAccessWithdrawn, CodeForbidden, CodeInvitationPending, CodePortalClosed,
		CodeReadOnly, CodeNotAuthor:
		return http.StatusForbidden
	case CodeNotFound:
		return http.StatusNotFound
	case CodeConflict, CodeContactLocked, CodeLastAdministrator:
		return http.StatusConflict
	case CodePayloadTooLarge, CodeImageTooLarge:
		return http.StatusRequestEntityTooLarge
	case CodeAccountLocked, CodeRateLimited, CodeResendThrottled, CodeCodeAttemptsExceeded:
		return http.StatusTooManyRequests
	case CodeInternal:
		return http.StatusInternalServerError
	default:
		return http.StatusUnprocessableEntity
	}
}

// Error is the JSON body of every error answer.
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
	// Current carries the server's version of a record in a conflict.
	Current any `json:"current,omitempty"`
	// RetryAfter tells, in seconds, when a throttled request may be repeated.
	RetryAfter int `json:"retryAfter,omitempty"`
}

// Error makes *Error usable as a Go error on both sides of the wire.
func (e *Error) Error() string {
	return string(e.Code) + ": " + e.Message
}

// Errorf builds an API error with a code and an English message for logs
// and developers; users see the UI's own sentence for the code.
func Errorf(code Code, msg string) *Error {
	return &Error{Code: code, Message: msg}
}
