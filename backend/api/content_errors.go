package api

// Error codes of the portal's content: the agenda, messages and the
// bulletin board. Their statuses are in Code.Status; most are 422.
const (
	// CodeTitleRequired: an appointment or a conversation needs a title.
	CodeTitleRequired Code = "title_required"
	// CodeEndNotAfterStart: an appointment must end after it starts.
	CodeEndNotAfterStart Code = "end_not_after_start"
	// CodeTooLong: a text field is longer than allowed; the message names it.
	CodeTooLong Code = "too_long"
	// CodeRepeatInvalid: an unknown frequency, or an until date that is
	// not a date on or after the first day.
	CodeRepeatInvalid Code = "repeat_invalid"
	// CodeReadOnly: the record comes from the ECD and cannot be changed in
	// the portal (403).
	CodeReadOnly Code = "read_only"
	// CodeNotAuthor: only the author (or, on the board, the portal
	// administrator) may delete this (403).
	CodeNotAuthor Code = "not_author"
	// CodeTextRequired: a message, post or reply needs some text.
	CodeTextRequired Code = "text_required"
	// CodeRecipientsRequired: a new conversation needs one recipient or more.
	CodeRecipientsRequired Code = "recipients_required"
	// CodeRecipientNotAllowed: a recipient is not a member of this portal's
	// network with the messages right.
	CodeRecipientNotAllowed Code = "recipient_not_allowed"
)
