package negotiation

// Sealed is a part of a document (a person's limits brought in from their
// protected list) or of a debrief (their discoveries) that the vault keeps
// sealed to that person's protected list. The domain never opens one: Box
// is opaque here, and only the vault, given the person's PIN, turns it back
// into limits or discoveries. While a document holds a Sealed part its
// review cannot see what is inside, so it blocks printing and agreeing
// (RuleHiddenLimits) until the person has shown it with their PIN.
type Sealed struct {
	// ProfileID is the protected list the part is sealed to.
	ProfileID string `json:"profile_id"`
	Box       []byte `json:"box"`
}

// Unchecked says why a linked checklist could not be read for a review.
type Unchecked string

const (
	// UncheckedProtected: the list is protected and its owner has not
	// entered their PIN for this review.
	UncheckedProtected Unchecked = "protected"
	// UncheckedUnreadable: the list could not be read (a damaged vault).
	UncheckedUnreadable Unchecked = "unreadable"
)

// HasHidden reports whether any person's limits are still sealed.
func (d Document) HasHidden() bool {
	for _, p := range d.Participants {
		if len(p.HiddenLimits) > 0 {
			return true
		}
	}
	return false
}
