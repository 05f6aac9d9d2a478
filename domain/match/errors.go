package match

import "fmt"

// Problem says what went wrong with a code or an exchange. Each problem has
// its own sentence for the person who met it (see Error.Error).
type Problem int

const (
	// NotParley: the text holds no Parley code at all.
	NotParley Problem = iota + 1
	// WrongStep: a Parley code, but not the one this step needs.
	WrongStep
	// Truncated: the code is cut short (no END line, or part of it missing).
	Truncated
	// Damaged: the code was changed on the way (its checksum does not match).
	Damaged
	// NewerVersion: the code comes from a newer version of Parley.
	NewerVersion
	// OtherCatalog: the two sides use different versions of the activity list.
	OtherCatalog
	// Expired: the exchange was started more than 14 days ago.
	Expired
	// UnknownExchange: the code belongs to no exchange waiting on this computer.
	UnknownExchange
	// AlreadyUsed: the exchange this code belongs to is already finished.
	AlreadyUsed
	// Invalid: the code reads correctly but its contents do not fit together
	// (a bad element, a wrong count, a duplicate): it was altered or made by
	// a faulty program.
	Invalid
	// BadState: a saved exchange (Pending) could not be read back.
	BadState
	// OlderVersion: the code comes from an older version of Parley, whose
	// protocol this one no longer speaks.
	OlderVersion
	// NotProven: a reply or result code whose proof does not hold (its
	// elements were not raised with the key its sender committed to), or a
	// result code that gives back an element that is no match of the
	// starter's: either could show a match that was never mutual.
	NotProven
	// OldState: a saved exchange was written by an earlier Parley, in a
	// form this one cannot finish.
	OldState
)

// Error is every error this package returns. Error() is a plain sentence
// for the person using Parley; Detail says more for a developer's log.
type Error struct {
	Problem Problem
	// Expected and Got name the steps of a WrongStep error.
	Expected, Got Kind
	// Ours and Theirs are the two catalog versions of an OtherCatalog error.
	Ours, Theirs string
	// TheirsNewer says, for OtherCatalog, whose catalog is newer.
	TheirsNewer bool
	// Detail is for developers; it is never shown to the person.
	Detail string
}

// Sentinel errors, one per Problem, for errors.Is:
// errors.Is(err, match.ErrDamaged) holds for every Damaged error.
var (
	ErrNotParley       = &Error{Problem: NotParley}
	ErrWrongStep       = &Error{Problem: WrongStep}
	ErrTruncated       = &Error{Problem: Truncated}
	ErrDamaged         = &Error{Problem: Damaged}
	ErrNewerVersion    = &Error{Problem: NewerVersion}
	ErrOtherCatalog    = &Error{Problem: OtherCatalog}
	ErrExpired         = &Error{Problem: Expired}
	ErrUnknownExchange = &Error{Problem: UnknownExchange}
	ErrAlreadyUsed     = &Error{Problem: AlreadyUsed}
	ErrInvalid         = &Error{Problem: Invalid}
	ErrBadState        = &Error{Problem: BadState}
	ErrOlderVersion    = &Error{Problem: OlderVersion}
	ErrNotProven       = &Error{Problem: NotProven}
	ErrOldState        = &Error{Problem: OldState}
)

// Is reports whether target is an *Error with the same Problem.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Problem == e.Problem
}

func (e *Error) Error() string {
	switch e.Problem {
	case NotParley:
		return "This doesn't look like a Parley code. Copy the whole message from your partner, from the BEGIN line to the END line, and paste it again."
	case WrongStep:
		return fmt.Sprintf("This is %s, but this step needs %s. Check that you copied the message your partner sent you, not one you sent.",
			e.Got.withArticle(), e.Expected.wanted())
	case Truncated:
		return "This code is cut short: part of it is missing. Copy the whole message again, from the BEGIN line to the END line."
	case Damaged:
		return "This code was changed on its way to you, so Parley can't trust it. Ask your partner to send it again, or to send it as a file."
	case NewerVersion:
		return "This code comes from a newer version of Parley. Please update Parley, then paste it again."
	case OtherCatalog:
		if e.TheirsNewer {
			return fmt.Sprintf("Your partner's activity list is version %s, newer than yours (%s). Please update Parley, then paste the invitation again.", e.Theirs, e.Ours)
		}
		return fmt.Sprintf("Your partner's activity list is version %s, older than yours (%s). Ask your partner to update Parley and send you a new invitation.", e.Theirs, e.Ours)
	case Expired:
		return "This comparison was started more than 14 days ago, so it has expired. Please start a new comparison together."
	case UnknownExchange:
		return "This code belongs to a comparison that isn't waiting on this computer. Check you're using the same Parley that started it, or start a new comparison."
	case AlreadyUsed:
		return "This comparison is already finished, so this code has been used. To compare again, start a new comparison."
	case Invalid:
		return "This code reads correctly, but its contents don't fit together, so Parley won't use it. Please start a new comparison."
	case BadState:
		return "Parley couldn't read the saved part of this comparison. Please start a new comparison."
	case OlderVersion:
		return "This code comes from an older version of Parley, which compares in a way this one no longer accepts. Ask your partner to update Parley, then start a new comparison together."
	case NotProven:
		return "This code failed Parley's honesty check: it was altered, or made by a changed copy of Parley, so nothing from it is shown. Please start a new comparison together, with someone and through a channel you trust."
	case OldState:
		return "This comparison was started with an earlier version of Parley, so this version can't finish it. Please start a new comparison together."
	}
	return "Something went wrong with this comparison. Please start a new one."
}

func invalid(format string, args ...any) error {
	return &Error{Problem: Invalid, Detail: fmt.Sprintf(format, args...)}
}

func wrongStep(expected, got Kind) error {
	return &Error{Problem: WrongStep, Expected: expected, Got: got}
}
