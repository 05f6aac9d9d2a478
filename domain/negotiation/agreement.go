package negotiation

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// An agreement is the standing agreement of an ongoing dynamic: who, the
// roles and how far they reach into daily life, the standing rules and
// rituals, what is always off limits, safewords and aftercare, the
// check-in rhythm, how either person pauses or ends it at once and what
// happens then, and when it is next reviewed.
//
// It is a Document like a scene negotiation, started from the agreement
// template (Template == KindAgreement), so that versions, history, the
// diff, sealing of protected limits and search all work on it unchanged.
// The parts it shares with a scene (Participants with their limits and
// aftercare, Safewords) mean the same; Scene, SceneOn, DebriefOn,
// Extraction and SafeCall stay empty; its own parts are in
// Document.Agreement.

// KindAgreement is the template of a standing agreement. It is not among
// Templates(), which is the scene editor's picker.
const KindAgreement Kind = "agreement"

// IsAgreement reports whether d is a standing agreement rather than a
// scene negotiation.
func (d Document) IsAgreement() bool { return d.Template == KindAgreement }

// Agreement holds the parts only a standing agreement has.
type Agreement struct {
	Roles   []DynamicRole `json:"roles,omitempty"`
	Rules   []Standing    `json:"rules,omitempty"`
	Rituals []Standing    `json:"rituals,omitempty"`
	CheckIn CheckIn       `json:"check_in,omitzero"`
	Exit    Exit          `json:"exit,omitzero"`
	// ReviewOn is when the agreement is next talked through again;
	// midnight means "that day".
	ReviewOn time.Time `json:"review_on,omitzero"`
}

// Reach says how far a role reaches beyond scenes.
type Reach string

const (
	ReachUnsaid Reach = ""             // not chosen yet
	ReachScenes Reach = "scenes"       // only during scenes
	ReachTimes  Reach = "agreed-times" // scenes and agreed times or places
	ReachDaily  Reach = "daily-life"   // much of daily life, within what is written here
)

// Reaches lists the choices in order, for a picker.
func Reaches() []Reach { return []Reach{ReachScenes, ReachTimes, ReachDaily} }

// Label is the choice in words, e.g. "only during scenes".
func (r Reach) Label() string {
	switch r {
	case ReachScenes:
		return "only during scenes"
	case ReachTimes:
		return "during scenes and at agreed times"
	case ReachDaily:
		return "in much of daily life"
	}
	return "not said yet"
}

// DynamicRole is one person's role in the dynamic and how far it reaches.
type DynamicRole struct {
	ParticipantID string `json:"participant_id"`
	Role          string `json:"role,omitempty"` // in their own words
	Reach         Reach  `json:"reach,omitempty"`
	// Bounds is where the role stops: work, family, friends, money ...
	Bounds string `json:"bounds,omitempty"`
}

// Standing is one standing rule or ritual.
type Standing struct {
	Text string `json:"text"`
	// For lists the participant IDs it asks something of; empty means
	// everyone.
	For []string `json:"for,omitempty"`
	// ActivityID links it to a catalog (or custom) activity, so limits
	// on that activity are recognised for certain.
	ActivityID string `json:"activity_id,omitempty"`
	Note       string `json:"note,omitempty"`
}

// Blank reports whether the row names nothing yet.
func (s Standing) Blank() bool { return blank(s.Text) && s.ActivityID == "" }

// CheckIn is how often, and how, the people talk about how the dynamic is
// going, outside it.
type CheckIn struct {
	Rhythm string `json:"rhythm,omitempty"` // "every Sunday evening"
	How    string `json:"how,omitempty"`    // "over tea, each of us says what is working"
}

// Exit is how either person pauses or ends the dynamic at once, and what
// happens then.
type Exit struct {
	Pause string `json:"pause,omitempty"` // how either of us pauses it
	End   string `json:"end,omitempty"`   // how either of us ends it
	Then  string `json:"then,omitempty"`  // what happens then: aftercare, a talk
}

// AgreementTemplate describes the agreement template for a picker and
// the editor, as Templates does for scenes.
func AgreementTemplate() TemplateInfo {
	return TemplateInfo{
		Kind:        KindAgreement,
		Name:        "Standing agreement for a dynamic",
		Description: "For an arrangement that carries on between scenes: your roles and how far they reach, the rules and rituals you keep, what is never on the table, how you check in, and how either of you can pause or end it.",
		TalkTime:    "An hour or more. It is fine to spread it over a few calm evenings.",
		Guidance: []string{
			"Talk it through on a calm day, away from a scene, with neither of you tired or drinking.",
			"Say how far each role reaches: only in scenes, at agreed times, or in everyday life, and where it always stops.",
			"Write each standing rule and ritual plainly enough that you would both read it the same way in a month.",
			"Either of you can pause or end the dynamic at any time, with no reason needed: write how, and what happens straight after.",
			"Agree how often you step outside the dynamic to talk about how it is going.",
			"Choose a date to look at it all again. Anything new in between needs its own conversation first.",
		},
	}
}

// ReviewAfterMonths is how far ahead the template sets the first review.
const ReviewAfterMonths = 3

// NewAgreement returns a standing agreement for these people, as New
// does for a scene: the traffic light on, dated now, a role row for each
// person, one empty standing rule and ritual to fill in, and a review
// date ReviewAfterMonths from now (a day, not a time).
func NewAgreement(people []Participant, now time.Time) Document {
	d := New(people, now)
	d.Template = KindAgreement
	for _, p := range d.Participants {
		d.Agreement.Roles = append(d.Agreement.Roles, DynamicRole{ParticipantID: p.ID})
	}
	d.Agreement.Rules = []Standing{{}}
	d.Agreement.Rituals = []Standing{{}}
	y, m, day := now.AddDate(0, ReviewAfterMonths, 0).Date()
	d.Agreement.ReviewOn = time.Date(y, m, day, 0, 0, 0, 0, now.Location())
	return d
}

// PauseHint, EndHint, ThenHint and CheckInHint prompt the empty fields.
const (
	PauseHint   = "For example: either of us says \"pause the dynamic\", in person or by message, and we are simply partners until we have talked."
	EndHint     = "For example: either of us can end it at any time, with no reason needed and no argument."
	ThenHint    = "For example: aftercare as written below, a calm talk within two days, and no blame either way."
	CheckInHint = "For example: every Sunday evening, over tea, outside the dynamic: what is working, what is not, anything new."
)

// SceneFromAgreement starts a scene negotiation for the agreement's
// people from what the agreement already holds: each person's limits
// (those still sealed to a protected list stay sealed), their aftercare
// and the safewords; names, pronouns and checklist links come along so
// each person keeps their place. Everything about the scene itself is
// left to fill in, under the template kind (KindEstablished when the kind
// is not a scene template). The agreement is not changed.
func SceneFromAgreement(ag Document, kind Kind, now time.Time) Document {
	var people []Participant
	for _, p := range ag.Participants {
		people = append(people, Participant{ID: p.ID, Name: p.Name, Pronouns: p.Pronouns, ProfileID: p.ProfileID,
			Limits: p.Limits, HiddenLimits: p.HiddenLimits, Aftercare: p.Aftercare})
	}
	var d Document
	switch kind {
	case KindFirstScene:
		d = FirstScene(people, now)
	case KindPlayParty:
		d = PlayParty(people, now)
	case KindBlank:
		d = New(people, now)
	default:
		d = Established(people, now)
	}
	d.Safewords = ag.Safewords
	return d
}

// ReviewNoticeDays is how many days before the review date Home starts
// to say that the review is coming up.
const ReviewNoticeDays = 14

// ReviewTiming is where an agreement stands against its review date.
type ReviewTiming struct {
	Set bool // a review date is written
	// Due: the review date is today or within ReviewNoticeDays (or has
	// passed).
	Due bool
	// Overdue: the review date has passed.
	Overdue bool
	// Days counts calendar days from today to the review date: 0 on the
	// day, negative once it has passed (-3: three days ago).
	Days int
}

// ReviewDue says where an agreement with this review date stands now,
// counting calendar days where now is.
func ReviewDue(reviewOn, now time.Time) ReviewTiming {
	if reviewOn.IsZero() {
		return ReviewTiming{}
	}
	days := dayNumber(reviewOn, now.Location()) - dayNumber(now, now.Location())
	return ReviewTiming{Set: true, Due: days <= ReviewNoticeDays, Overdue: days < 0, Days: days}
}

// When is the timing in words for a sentence: "today", "tomorrow",
// "in 5 days", "yesterday", "3 days ago"; empty when no date is set.
func (r ReviewTiming) When() string {
	switch {
	case !r.Set:
		return ""
	case r.Days == 0:
		return "today"
	case r.Days == 1:
		return "tomorrow"
	case r.Days == -1:
		return "yesterday"
	case r.Days > 1:
		return "in " + strconv.Itoa(r.Days) + " days"
	}
	return strconv.Itoa(-r.Days) + " days ago"
}

// roleOf is the person's dynamic role, or an empty one.
func (a Agreement) roleOf(id string) DynamicRole {
	i := slices.IndexFunc(a.Roles, func(r DynamicRole) bool { return r.ParticipantID == id })
	if i < 0 {
		return DynamicRole{ParticipantID: id}
	}
	return a.Roles[i]
}

func (a Agreement) clone() Agreement {
	a.Roles = slices.Clone(a.Roles)
	a.Rules = cloneStanding(a.Rules)
	a.Rituals = cloneStanding(a.Rituals)
	return a
}

func cloneStanding(in []Standing) []Standing {
	out := slices.Clone(in)
	for i := range out {
		out[i].For = slices.Clone(out[i].For)
	}
	return out
}

// dropPerson takes a person out of the agreement's roles and rows.
func (a *Agreement) dropPerson(id string) {
	a.Roles = slices.DeleteFunc(slices.Clone(a.Roles), func(r DynamicRole) bool { return r.ParticipantID == id })
	a.Rules, a.Rituals = cloneStanding(a.Rules), cloneStanding(a.Rituals)
	for _, rows := range [][]Standing{a.Rules, a.Rituals} {
		for i := range rows {
			rows[i].For = slices.DeleteFunc(rows[i].For, func(s string) bool { return s == id })
		}
	}
}

// agreementText is the agreement's own words, for search: roles, rules,
// rituals, the check-in and the way out.
func (a Agreement) agreementText() []string {
	var out []string
	for _, r := range a.Roles {
		out = append(out, r.Role, r.Bounds)
	}
	for _, s := range append(slices.Clone(a.Rules), a.Rituals...) {
		out = append(out, s.Text, s.Note)
	}
	return append(out, a.CheckIn.Rhythm, a.CheckIn.How, a.Exit.Pause, a.Exit.End, a.Exit.Then)
}

// SearchWords lists the words a search of the agreement looks in beyond
// the title, names and limits (empty for a scene).
func (d Document) SearchWords() []string {
	var out []string
	for _, s := range d.Agreement.agreementText() {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
