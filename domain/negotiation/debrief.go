package negotiation

import (
	"encoding/json"
	"time"

	"parleyapp.org/parley/domain/checklist"
)

// The three debrief questions, asked of each person 24 to 72 hours after
// the scene. Every screen and printout takes them from here.
const (
	QuestionWhatWorked   = "What worked for you?"
	QuestionWhatToChange = "What would you change next time?"
	QuestionHowFeltSince = "Is there anything I should know about how you've felt since?"
)

// DebriefQuestions lists the three questions in the order they are asked.
func DebriefQuestions() [3]string {
	return [3]string{QuestionWhatWorked, QuestionWhatToChange, QuestionHowFeltSince}
}

// Debrief is one person's answers after the scene.
type Debrief struct {
	ParticipantID string `json:"participant_id"`
	WhatWorked    string `json:"what_worked,omitempty"`
	WhatToChange  string `json:"what_to_change,omitempty"`
	HowFeltSince  string `json:"how_felt_since,omitempty"`
	// Discoveries are changes to the person's checklist that the scene
	// suggested; each is only a proposal until the person accepts it.
	Discoveries []Discovery `json:"discoveries,omitempty"`
	// HiddenDiscoveries are discoveries kept sealed to the person's
	// protected list and not revealed (see Sealed).
	HiddenDiscoveries []Sealed  `json:"hidden_discoveries,omitempty"`
	WrittenAt         time.Time `json:"written_at,omitzero"`
}

// Answers pairs with DebriefQuestions.
func (d Debrief) Answers() [3]string {
	return [3]string{d.WhatWorked, d.WhatToChange, d.HowFeltSince}
}

// Written reports whether the debrief holds anything: an answer or a
// discovery.
func (d Debrief) Written() bool {
	return !blank(d.WhatWorked+d.WhatToChange+d.HowFeltSince) || len(d.Discoveries) > 0 || len(d.HiddenDiscoveries) > 0
}

// Discovery is something a person learnt about one activity, with the
// checklist answer they propose for it: a soft or hard limit (checklist.No,
// checklist.HardLimit), or a new interest (checklist.Yes, checklist.Maybe).
// In JSON the direction and the answer are their storage names
// ("receiving", "hard-limit").
type Discovery struct {
	ActivityID string              `json:"activity_id"`
	Name       string              `json:"name"`
	Direction  checklist.Direction `json:"direction"`
	Proposed   checklist.Answer    `json:"proposed"`
	Note       string              `json:"note,omitempty"`
}

// Key is the checklist slot the discovery is about, ready for
// checklist.Sheet.SetAnswer.
func (d Discovery) Key() checklist.Key {
	return checklist.Key{Activity: d.ActivityID, Direction: d.Direction}
}

type discoveryJSON struct {
	ActivityID string `json:"activity_id"`
	Name       string `json:"name"`
	Direction  string `json:"direction"`
	Proposed   string `json:"proposed"`
	Note       string `json:"note,omitempty"`
}

// MarshalJSON writes the direction and answer by name.
func (d Discovery) MarshalJSON() ([]byte, error) {
	return json.Marshal(discoveryJSON{d.ActivityID, d.Name, d.Direction.String(), d.Proposed.String(), d.Note})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Discovery) UnmarshalJSON(data []byte) error {
	var j discoveryJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*d = Discovery{j.ActivityID, j.Name, checklist.ParseDirection(j.Direction), checklist.ParseAnswer(j.Proposed), j.Note}
	return nil
}

// DebriefDue reports whether the debrief is due at now: from 24 hours
// after the scene until 72 hours after, both ends included. With no
// scene date it is never due and the times are zero.
func DebriefDue(sceneOn, now time.Time) (due bool, from, until time.Time) {
	if sceneOn.IsZero() {
		return false, time.Time{}, time.Time{}
	}
	from, until = sceneOn.Add(24*time.Hour), sceneOn.Add(72*time.Hour)
	return !now.Before(from) && !now.After(until), from, until
}

// State is where a negotiation stands.
type State string

const (
	StateDraft     State = "draft"      // not yet agreed
	StateAgreed    State = "agreed"     // agreed; the scene is still ahead (or has no date)
	StateSceneDone State = "scene-done" // the scene's time has come; debriefs are missing
	StateDebriefed State = "debriefed"  // everyone has written a debrief
)

// StateOf derives the state from the document's dates, the debriefs
// written for it, and now: Draft until AgreedOn is set; Agreed until the
// scene's time; SceneDone after it; Debriefed once every person has a
// written debrief (see Debrief.Written).
func StateOf(d Document, debriefs []Debrief, now time.Time) State {
	switch {
	case d.AgreedOn.IsZero():
		return StateDraft
	case d.SceneOn.IsZero() || now.Before(d.SceneOn):
		return StateAgreed
	case len(d.Participants) > 0 && len(MissingDebriefs(d, debriefs)) == 0:
		return StateDebriefed
	}
	return StateSceneDone
}

// MissingDebriefs lists the IDs of the people who have not yet written a
// debrief, in document order.
func MissingDebriefs(d Document, debriefs []Debrief) []string {
	var out []string
	for _, p := range d.Participants {
		done := false
		for _, b := range debriefs {
			done = done || (b.ParticipantID == p.ID && b.Written())
		}
		if !done {
			out = append(out, p.ID)
		}
	}
	return out
}
