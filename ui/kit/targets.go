package kit

import "parleyapp.org/parley/persistence"

// Target is a place Env.Navigate can go. Each names its section (the
// sidebar ID); the section's screen gets the target itself through Opener.
type Target interface {
	SectionID() string
}

// Section opens a sidebar section as it opens from the sidebar.
type Section struct{ ID string }

// SectionID is the section to show.
func (s Section) SectionID() string { return s.ID }

// NegotiateFrom starts a new negotiation from a saved comparison. Result,
// when set, is the comparison already read (a protected one with a PIN):
// the editor uses it as it is, in memory, and never reads or stores it
// again. With Result nil the editor reads ComparisonID from the vault.
type NegotiateFrom struct {
	ComparisonID string
	Result       *persistence.SavedComparison
}

// SectionID is "negotiate".
func (NegotiateFrom) SectionID() string { return "negotiate" }

// NegotiateOpen opens one negotiation in the Negotiate section: a draft in
// the editor, an agreed version as its page.
type NegotiateOpen struct{ NegotiationID string }

// SectionID is "negotiate".
func (NegotiateOpen) SectionID() string { return "negotiate" }

// HistoryDebrief opens History on one negotiation's debrief.
type HistoryDebrief struct{ NegotiationID string }

// SectionID is "history".
func (HistoryDebrief) SectionID() string { return "history" }

// GuideTopic opens the guide on one entry (a glossary term or an article,
// by its ID, e.g. "hard-limit"; "" for the guide's welcome).
type GuideTopic struct{ ID string }

// SectionID is "guide".
func (GuideTopic) SectionID() string { return "guide" }
