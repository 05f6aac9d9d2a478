package negotiation

import (
	"slices"
	"strings"
	"time"
)

// TemplateInfo describes a template for the picker and the editor.
type TemplateInfo struct {
	Kind        Kind   `json:"kind"`
	Name        string `json:"name"`
	Description string `json:"description"` // one or two sentences for the picker
	// TalkTime is how long the conversation usually takes.
	TalkTime string `json:"talk_time"`
	// Guidance is a few short points for the top of the editor.
	Guidance []string `json:"guidance"`
}

// Templates lists the templates in the order the picker shows them.
func Templates() []TemplateInfo {
	return []TemplateInfo{
		{
			Kind:        KindFirstScene,
			Name:        "First scene together",
			Description: "Gentle and short: light intensity, 30 minutes at most, a few things you both know well, and a debrief a couple of days later.",
			TalkTime:    "45 to 60 minutes. It may take longer than the scene itself, and that is fine.",
			Guidance: []string{
				"Choose three things you both gave a clear yes, and one to try and see.",
				"Write down what is not happening this time, so nothing more advanced drifts in.",
				"Keep it light and to 30 minutes at most; things you know well rather than anything that needs practice.",
				"Write each person's aftercare, the giver's too: the first half hour, the next day, and the days after.",
				"Plan a relaxed half-hour debrief two or three days later, with no expectations about what comes next.",
				"Agree to be sober for the scene, and on the day ask each other how you are; feeling unwell or worn out is a reason to scale back or postpone.",
			},
		},
		{
			Kind:        KindEstablished,
			Name:        "Established partners",
			Description: "For a familiar scene with someone you know well: start from what you agreed before and change what differs.",
			TalkTime:    "15 to 20 minutes. Shorter than a first time, but never skipped.",
			Guidance: []string{
				"Go through what is different from last time.",
				"Ask each other what is new since last time: medication, health, and anything that has happened emotionally.",
				"Anything new to either of you needs its own conversation; an earlier agreement does not stretch to cover it.",
			},
		},
		{
			Kind:        KindPlayParty,
			Name:        "Casual partner or play party",
			Description: "A tighter plan for a party or someone you know less well: only things you have both done before, and an agreed way to leave.",
			TalkTime:    "20 to 30 minutes, before you arrive.",
			Guidance: []string{
				"Keep the scope small and the limits on the careful side.",
				"Only include things you have both done before, even if with other people.",
				"Agree how either of you says you want to stop and leave the play area, and who looks after leaving.",
				"Keep this written agreement somewhere you can both look at it.",
				"Tell a friend who isn't there where you will be and when to expect a message: a safe-call.",
			},
		},
		{
			Kind:        KindBlank,
			Name:        "Start from scratch",
			Description: "An empty document with the traffic light on. Fill in each part yourselves.",
			TalkTime:    "As long as it takes to cover every part.",
		},
	}
}

// TemplateFor returns the description of one template, the agreement's
// included (the blank one for an unknown kind).
func TemplateFor(k Kind) TemplateInfo {
	if k == KindAgreement {
		return AgreementTemplate()
	}
	for _, t := range Templates() {
		if t.Kind == k {
			return t
		}
	}
	return TemplateFor(KindBlank)
}

// Suggestions the play-party template writes into the extraction section,
// for the people to replace with what they agree.
const (
	ExtractionSignalExample = "For example: saying \"I need some air\", or two squeezes of the hand, means we stop and leave the play area together, no questions asked."
	ExtractionPlanExample   = "For example: who lets the host know, where we go to sit quietly, and how we get home."
)

// AftercareHint is a prompt for an empty aftercare band.
func AftercareHint(b Band) string {
	switch b {
	case BandShortTerm:
		return "For example: a message to check in, something gentle to eat, reassurance, no big decisions."
	case BandLongerTerm:
		return "For example: watching for a low mood that arrives a day or two later, staying easy to reach, the debrief."
	}
	return "For example: water, a blanket, somewhere quiet, being close; talking it over can wait."
}

// PlaceholderHint is a prompt for an empty activity row with this status.
func PlaceholderHint(s Status) string {
	switch s {
	case StatusTry:
		return "One thing to try and see"
	case StatusNotThisTime:
		return "Something more advanced, kept for another time"
	}
	return "Something you both gave a clear yes and know well"
}

// NewFactorQuestions are asked of each person when partners negotiate
// again: medication, health, and recent emotional events.
func NewFactorQuestions() [3]string {
	return [3]string{
		"Any new medication, or a change to what you take?",
		"Any change in your health, an injury, or your energy lately?",
		"Has anything happened lately that might change how a scene feels for you?",
	}
}

// New returns a blank document for these people, with the traffic light
// on and the conversation dated now. People without an ID (or with one
// already taken) get one.
func New(people []Participant, now time.Time) Document {
	d := Document{Format: FormatVersion, NegotiatedOn: now}
	d.Safewords.TrafficLight = true
	for _, p := range people {
		if p.ID == "" || d.ParticipantIndex(p.ID) >= 0 {
			p.ID = d.freeID()
		}
		p.Name = strings.TrimSpace(p.Name)
		d.Participants = append(d.Participants, p.clone())
	}
	return d
}

// FirstScene returns a document for a first scene together: light,
// steady, 30 minutes, three "yes" rows and one "let's try" to fill in, and
// a "not this time" row for anything more advanced.
func FirstScene(people []Participant, now time.Time) Document {
	d := New(people, now)
	d.Template = KindFirstScene
	d.Scene.Intensity, d.Scene.Pace = IntensityLight, PaceSteady
	d.Scene.DurationMinutes, d.Scene.DurationText = 30, "30 minutes"
	d.Scene.Activities = []Activity{
		{Status: StatusYes}, {Status: StatusYes}, {Status: StatusYes},
		{Status: StatusTry},
		{Status: StatusNotThisTime},
	}
	return d
}

// Established returns a document for established partners planning a
// familiar scene from scratch. To start from their last agreed document,
// use EstablishedFrom instead.
func Established(people []Participant, now time.Time) Document {
	d := New(people, now)
	d.Template = KindEstablished
	d.Scene.Activities = []Activity{{Status: StatusYes}}
	return d
}

// PlayParty returns a document for a casual partner or a play party:
// light intensity to begin with, and the extraction section filled with
// examples to replace.
func PlayParty(people []Participant, now time.Time) Document {
	d := New(people, now)
	d.Template = KindPlayParty
	d.Scene.Intensity = IntensityLight
	d.Scene.Activities = []Activity{{Status: StatusYes}}
	d.Extraction = Extraction{Signal: ExtractionSignalExample, Plan: ExtractionPlanExample}
	return d
}

// Renegotiate starts a new version of the same negotiation from prev:
// everything is kept except that the conversation is dated now and the
// document must be agreed again.
func Renegotiate(prev Document, now time.Time) Document {
	d := prev.Clone()
	d.Format = FormatVersion
	d.NegotiatedOn, d.AgreedOn = now, time.Time{}
	return d
}

// NextScene starts the negotiation for a new scene from the last one:
// activities, limits, safewords and aftercare are kept to be checked;
// dates, the answers about new factors and about drink or drugs, and
// the check on the day start empty. A first scene's
// follow-up is an established partners' negotiation; a play party stays
// one.
func NextScene(prev Document, now time.Time) Document {
	d := Renegotiate(prev, now)
	d.SceneOn, d.DebriefOn = time.Time{}, time.Time{}
	if d.Template != KindPlayParty {
		d.Template = KindEstablished
	}
	for i := range d.Participants {
		d.Participants[i].NewFactors = NewFactors{}
		d.Participants[i].Today = SceneDay{} // asked again on the new scene's day
		d.Participants[i].Intoxication = ""  // and for the new scene
	}
	return d
}

// EstablishedFrom starts an established partners' negotiation from prev,
// the last document these people agreed together (see LatestTogether):
// what NextScene keeps, under the established partners' template. Each
// person keeps their place (and so their ID) from prev; their name,
// pronouns and checklist link are taken from people, matched as
// SamePeople matches them. Limits still sealed to a protected list
// (HiddenLimits) stay sealed: only the PIN opens them.
func EstablishedFrom(prev Document, people []Participant, now time.Time) Document {
	d := NextScene(prev, now)
	d.Template = KindEstablished
	for i := range d.Participants {
		p := &d.Participants[i]
		if j := slices.IndexFunc(people, func(q Participant) bool { return samePerson(*p, q) }); j >= 0 {
			p.Name, p.Pronouns = strings.TrimSpace(people[j].Name), people[j].Pronouns
			if p.ProfileID == "" {
				p.ProfileID = people[j].ProfileID
			}
		}
	}
	return d
}

// AnswerNewFactors writes each person's answers to NewFactorQuestions,
// in document order, into a new version (see Renegotiate, NextScene):
// every way of starting again from an agreed document asks them.
// Answers left blank leave the section blank, so the review asks again.
func (d *Document) AnswerNewFactors(answers []NewFactors) {
	for i := range d.Participants {
		if i < len(answers) {
			d.Participants[i].NewFactors = answers[i]
		}
	}
}

// SamePeople reports whether d is for exactly these people, each matched
// once (see samePerson).
func SamePeople(d Document, people []Participant) bool {
	if len(d.Participants) != len(people) {
		return false
	}
	used := make([]bool, len(people))
next:
	for _, p := range d.Participants {
		for j, q := range people {
			if !used[j] && samePerson(p, q) {
				used[j] = true
				continue next
			}
		}
		return false
	}
	return true
}

// samePerson: a participant linked to a checklist is the person with
// that checklist, and nobody else (their limits may be sealed to it); an
// unlinked one is whoever has the same name, ignoring case and spaces.
func samePerson(inDoc, chosen Participant) bool {
	if inDoc.ProfileID != "" {
		return inDoc.ProfileID == chosen.ProfileID
	}
	return strings.EqualFold(strings.TrimSpace(inDoc.Name), strings.TrimSpace(chosen.Name))
}

// LatestTogether returns, of docs, the one most recently agreed by
// exactly these people (SamePeople); false when they have agreed none
// together. Drafts and standing agreements are never chosen (to start a
// scene from an agreement, use SceneFromAgreement).
func LatestTogether(docs []Document, people []Participant) (Document, bool) {
	var best Document
	found := false
	for _, d := range docs {
		if d.AgreedOn.IsZero() || d.IsAgreement() || !SamePeople(d, people) {
			continue
		}
		if !found || d.AgreedOn.After(best.AgreedOn) {
			best, found = d, true
		}
	}
	return best, found
}
