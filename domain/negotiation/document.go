package negotiation

import (
	"strconv"
	"strings"
	"time"
)

// FormatVersion is the version of Document's JSON shape. A store that finds
// an older number can migrate; a newer number means a newer Parley wrote it.
const FormatVersion = 1

// MinParticipants and MaxParticipants bound how many people a negotiation
// is for.
const (
	MinParticipants = 2
	MaxParticipants = 4
)

// Kind names the template a document was started from.
type Kind string

const (
	KindBlank       Kind = ""            // started from scratch
	KindFirstScene  Kind = "first-scene" // a first scene together
	KindEstablished Kind = "established" // established partners, familiar scene
	KindPlayParty   Kind = "play-party"  // casual partners or a play party
)

// Document is one version of a negotiation: everything the people agreed
// for one scene, ready to print; or, when IsAgreement, the standing
// agreement of an ongoing dynamic (see agreement.go). Times are zero when
// not set.
type Document struct {
	Format       int           `json:"format"`
	Title        string        `json:"title,omitempty"`
	Template     Kind          `json:"template,omitempty"`
	Participants []Participant `json:"participants"`
	// NegotiatedOn is when the conversation took place.
	NegotiatedOn time.Time `json:"negotiated_on,omitzero"`
	// SceneOn is when the scene is planned; midnight means "that day".
	SceneOn time.Time `json:"scene_on,omitzero"`
	// DebriefOn is when the debrief conversation is planned.
	DebriefOn time.Time `json:"debrief_on,omitzero"`
	// AgreedOn is set when everyone has said the document is what they
	// agreed; until then the document is a draft.
	AgreedOn   time.Time  `json:"agreed_on,omitzero"`
	Scene      Scene      `json:"scene"`
	Safewords  Safewords  `json:"safewords"`
	Extraction Extraction `json:"extraction,omitzero"`
	// SafeCall is a friend outside the scene who knows where it is and
	// when to expect word (asked for casual partners and play parties).
	SafeCall SafeCall `json:"safe_call,omitzero"`
	// Agreement holds a standing agreement's own parts (see IsAgreement);
	// empty in a scene negotiation.
	Agreement Agreement `json:"agreement,omitzero"`
}

// Participant is one person in the negotiation, with everything the
// document records about them.
type Participant struct {
	ID       string `json:"id"` // unique within the document, e.g. "p1"
	Name     string `json:"name"`
	Pronouns string `json:"pronouns,omitempty"`
	// ProfileID links to this person's checklist profile in the vault.
	ProfileID string `json:"profile_id,omitempty"`
	Limits    Limits `json:"limits,omitzero"`
	// HiddenLimits are limits brought in from this person's protected
	// list, still sealed to it (see Sealed); empty once revealed.
	HiddenLimits []Sealed `json:"hidden_limits,omitempty"`
	// Physical: injuries, sensitivities, limitations, medication.
	Physical string `json:"physical,omitempty"`
	// Intoxication answers "anything to drink or take before or during?"
	// ("nothing" is an answer; empty means not asked yet).
	Intoxication string `json:"intoxication,omitempty"`
	// Today is the check on the scene day: how this person is.
	Today      SceneDay   `json:"today,omitzero"`
	Emotional  Emotional  `json:"emotional,omitzero"`
	Aftercare  Aftercare  `json:"aftercare,omitzero"`
	NewFactors NewFactors `json:"new_factors,omitzero"`
}

// Limits are one person's hard limits (never) and soft limits (not now, or
// only under a stated condition).
type Limits struct {
	Hard []LimitItem `json:"hard,omitempty"`
	Soft []LimitItem `json:"soft,omitempty"`
}

// Side says which side of an activity a limit is about.
type Side string

const (
	AnySide       Side = ""          // the activity whoever does what
	SideGiving    Side = "giving"    // only when this person gives it
	SideReceiving Side = "receiving" // only when this person receives it
)

// LimitItem is one limit. ActivityID links it to the catalog (or a custom
// activity) when it came from the checklist; Text is what the person wrote
// or the activity's name.
type LimitItem struct {
	ActivityID string `json:"activity_id,omitempty"`
	Side       Side   `json:"side,omitempty"`
	Text       string `json:"text"`
	// Condition is, for a soft limit, what would make it all right
	// ("light spanking yes, a full impact scene not yet").
	Condition string `json:"condition,omitempty"`
	// Protected: brought in from the person's protected list; the vault
	// keeps it sealed to that list (see Sealed).
	Protected bool `json:"protected,omitempty"`
}

// Blank reports whether the item names nothing yet.
func (it LimitItem) Blank() bool {
	return strings.TrimSpace(it.Text) == "" && it.ActivityID == ""
}

// Emotional is one person's emotional landscape: what to steer clear of.
type Emotional struct {
	Topics string `json:"topics,omitempty"` // topics to avoid
	Words  string `json:"words,omitempty"`  // words or framings to avoid
	Notes  string `json:"notes,omitempty"`  // where this person is right now
}

// Band is one of the three periods of aftercare.
type Band int

const (
	BandImmediate  Band = iota // the first 30 minutes
	BandShortTerm              // the first 24 hours
	BandLongerTerm             // up to 72 hours
)

// Bands lists the three bands in order.
func Bands() []Band { return []Band{BandImmediate, BandShortTerm, BandLongerTerm} }

// Label is the band's plain name, e.g. "first 30 minutes".
func (b Band) Label() string {
	switch b {
	case BandShortTerm:
		return "first 24 hours"
	case BandLongerTerm:
		return "up to 72 hours"
	}
	return "first 30 minutes"
}

// Care is what one person needs in one band, and who provides it.
type Care struct {
	What string   `json:"what,omitempty"`
	By   []string `json:"by,omitempty"` // participant IDs
}

// Aftercare is one person's aftercare in the three bands.
type Aftercare struct {
	Immediate  Care `json:"first_30_minutes,omitzero"`
	ShortTerm  Care `json:"first_24_hours,omitzero"`
	LongerTerm Care `json:"up_to_72_hours,omitzero"`
}

// Band returns the care for one band.
func (a Aftercare) Band(b Band) Care {
	switch b {
	case BandShortTerm:
		return a.ShortTerm
	case BandLongerTerm:
		return a.LongerTerm
	}
	return a.Immediate
}

// SetBand replaces the care for one band.
func (a *Aftercare) SetBand(b Band, c Care) {
	switch b {
	case BandShortTerm:
		a.ShortTerm = c
	case BandLongerTerm:
		a.LongerTerm = c
	default:
		a.Immediate = c
	}
}

// NewFactors is what changed for a person since the last scene, asked
// again at every renegotiation.
type NewFactors struct {
	Medication string `json:"medication,omitempty"`
	Health     string `json:"health,omitempty"`
	Events     string `json:"events,omitempty"` // recent emotional events
}

// Empty reports whether nothing has been written.
func (n NewFactors) Empty() bool {
	return strings.TrimSpace(n.Medication+n.Health+n.Events) == ""
}

// SceneDay is one person's check on the day of the scene. Any of the
// four concerns means scaling the scene back or postponing it.
type SceneDay struct {
	Fine      bool   `json:"fine,omitempty"`      // checked, and all is well
	Unwell    bool   `json:"unwell,omitempty"`    // ill, feverish, run down
	Exhausted bool   `json:"exhausted,omitempty"` // very tired, no sleep
	Injured   bool   `json:"injured,omitempty"`   // a new injury or pain
	Grieving  bool   `json:"grieving,omitempty"`  // grief, shock or bad news
	Note      string `json:"note,omitempty"`
}

// Concerns lists what was ticked, in words for a sentence
// ("unwell", "exhausted", "a new injury", "grief or bad news").
func (s SceneDay) Concerns() []string {
	var out []string
	for _, m := range s.concernMsgs() {
		out = append(out, english.Render(m.(Msg)))
	}
	return out
}

// concernMsgs are Concerns as messages, in the same order.
func (s SceneDay) concernMsgs() []any {
	var out []any
	for _, c := range []struct {
		on bool
		id string
	}{{s.Unwell, "concern.unwell"}, {s.Exhausted, "concern.exhausted"}, {s.Injured, "concern.new-injury"}, {s.Grieving, "concern.grief"}} {
		if c.on {
			out = append(out, msg(c.id, nil))
		}
	}
	return out
}

// Answered reports whether the person has done the check.
func (s SceneDay) Answered() bool { return s.Fine || len(s.Concerns()) > 0 || !blank(s.Note) }

// SafeCall is a friend who is not at the scene, knows where it is, and
// knows when to expect a message and what to do if none comes.
type SafeCall struct {
	Friend string `json:"friend,omitempty"` // who
	// Arrangement: where they know you are, when they expect word, and
	// what they do if it does not come.
	Arrangement string `json:"arrangement,omitempty"`
}

// Safewords are the agreed ways to slow down or stop.
type Safewords struct {
	TrafficLight bool   `json:"traffic_light"`
	Word         string `json:"word,omitempty"`   // the custom safeword
	Signal       string `json:"signal,omitempty"` // the non-verbal signal
}

// Extraction is, for a play party, how someone signals they want to stop
// and leave the play area, and who handles the exit.
type Extraction struct {
	Signal    string   `json:"signal,omitempty"`
	HandledBy []string `json:"handled_by,omitempty"` // participant IDs
	Plan      string   `json:"plan,omitempty"`       // anything else: a host, a quiet room, a lift home
}

// ParticipantIndex returns the index of the person with this ID, or -1.
func (d Document) ParticipantIndex(id string) int {
	for i, p := range d.Participants {
		if p.ID == id {
			return i
		}
	}
	return -1
}

// Untitled is what a document is called while nobody has given it a
// title: one text for the screen (translated there) and for the paper.
const Untitled = "Our negotiation"

// DisplayTitle is the document's title, or Untitled while it has none.
func (d Document) DisplayTitle() string {
	if t := strings.TrimSpace(d.Title); t != "" {
		return t
	}
	return Untitled
}

// DisplayName is the name of the person at index i, or "Person N" while
// the name is empty.
func (d Document) DisplayName(i int) string {
	if i < 0 || i >= len(d.Participants) {
		return "Someone"
	}
	if n := strings.TrimSpace(d.Participants[i].Name); n != "" {
		return n
	}
	return "Person " + strconv.Itoa(i+1)
}

// NameOf is DisplayName for a participant ID.
func (d Document) NameOf(id string) string { return d.DisplayName(d.ParticipantIndex(id)) }
