package kinklist

import "parleyapp.org/parley/domain/message"

// Error is the type of every error this package promises: a sentence for
// the person who pasted the code or the list (what happened, what to do).
// Nothing they pasted is ever quoted back, so an error can be shown or
// logged without repeating their answers. Its value is the sentence's
// message ID (Messages): Error() is the British English, Msg() the
// message a screen says in its own language.
type Error string

func (e Error) Error() string { return english.Render(e.Msg()) }

// Msg is the error's sentence as a message of the catalogue.
func (e Error) Msg() message.Msg { return message.New(string(e), nil) }

// Problems with the list text (KinkList's "#Category / (columns) / * item" text).
const (
	ErrListEmpty    Error = "kinklist.error.list-empty"
	ErrListNoFields Error = "kinklist.error.list-no-fields"
	ErrListNoItems  Error = "kinklist.error.list-no-items"
	ErrListTwice    Error = "kinklist.error.list-twice"
	ErrListTooLarge Error = "kinklist.error.list-too-large"
	ErrListNotText  Error = "kinklist.error.list-not-text"
)

// Problems with the code (the part of KinkList's address after #).
const (
	ErrCodeEmpty     Error = "kinklist.error.code-empty"
	ErrCodeChar      Error = "kinklist.error.code-char"
	ErrCodeShort     Error = "kinklist.error.code-short"
	ErrCodeLong      Error = "kinklist.error.code-long"
	ErrCodeDamaged   Error = "kinklist.error.code-damaged"
	ErrCodeOtherList Error = "kinklist.error.code-other-list"
	ErrCodeTooLarge  Error = "kinklist.error.code-too-large"
)
