package negotiation

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Errors the editing helpers return. The screens prevent most of them
// (the add button is off at four people), so they are rarely seen.
var (
	ErrFull               = errors.New("a negotiation has room for four people at most")
	ErrTooFew             = errors.New("a negotiation needs at least two people, so this person stays; you can rename them instead")
	ErrUnknownParticipant = errors.New("that person is not part of this negotiation")
	ErrDuplicateID        = errors.New("someone in this negotiation already has that ID")
)

// Clone returns a deep copy: changing the copy never changes d.
func (d Document) Clone() Document {
	out := d
	out.Participants = slices.Clone(d.Participants)
	for i := range out.Participants {
		out.Participants[i] = out.Participants[i].clone()
	}
	out.Scene.Activities = slices.Clone(d.Scene.Activities)
	for i, a := range out.Scene.Activities {
		out.Scene.Activities[i].Givers = slices.Clone(a.Givers)
		out.Scene.Activities[i].Receivers = slices.Clone(a.Receivers)
		out.Scene.Activities[i].Conditions = slices.Clone(a.Conditions)
		out.Scene.Activities[i].WantedBy = slices.Clone(a.WantedBy)
	}
	out.Scene.Roles = slices.Clone(d.Scene.Roles)
	out.Extraction.HandledBy = slices.Clone(d.Extraction.HandledBy)
	out.Agreement = d.Agreement.clone()
	return out
}

func (p Participant) clone() Participant {
	p.Limits.Hard = slices.Clone(p.Limits.Hard)
	p.Limits.Soft = slices.Clone(p.Limits.Soft)
	p.HiddenLimits = slices.Clone(p.HiddenLimits)
	for _, b := range Bands() {
		c := p.Aftercare.Band(b)
		c.By = slices.Clone(c.By)
		p.Aftercare.SetBand(b, c)
	}
	return p
}

// AddParticipant adds a person and returns their ID. An empty ID is given
// the first free one of "p1", "p2", ...
func (d *Document) AddParticipant(p Participant) (string, error) {
	if len(d.Participants) >= MaxParticipants {
		return "", ErrFull
	}
	if p.ID == "" {
		p.ID = d.freeID()
	} else if d.ParticipantIndex(p.ID) >= 0 {
		return "", ErrDuplicateID
	}
	d.Participants = append(d.Participants, p.clone())
	return p.ID, nil
}

func (d Document) freeID() string {
	for n := 1; ; n++ {
		id := "p" + strconv.Itoa(n)
		if d.ParticipantIndex(id) < 0 {
			return id
		}
	}
}

// RemoveParticipant takes a person out of the document, with everything
// that refers to them: their sides in activities, their role, and their
// place as a provider of aftercare or of the exit at a party.
func (d *Document) RemoveParticipant(id string) error {
	i := d.ParticipantIndex(id)
	if i < 0 {
		return ErrUnknownParticipant
	}
	if len(d.Participants) <= MinParticipants {
		return ErrTooFew
	}
	d.Participants = slices.Delete(slices.Clone(d.Participants), i, i+1)
	drop := func(ids []string) []string {
		return slices.DeleteFunc(slices.Clone(ids), func(s string) bool { return s == id })
	}
	d.Scene.Activities = slices.Clone(d.Scene.Activities)
	for j := range d.Scene.Activities {
		a := &d.Scene.Activities[j]
		a.Givers, a.Receivers = drop(a.Givers), drop(a.Receivers)
	}
	d.Scene.Roles = slices.DeleteFunc(slices.Clone(d.Scene.Roles), func(r Role) bool { return r.ParticipantID == id })
	for j := range d.Participants {
		p := &d.Participants[j]
		for _, b := range Bands() {
			c := p.Aftercare.Band(b)
			c.By = drop(c.By)
			p.Aftercare.SetBand(b, c)
		}
	}
	d.Extraction.HandledBy = drop(d.Extraction.HandledBy)
	d.Agreement.dropPerson(id)
	return nil
}

// AddActivity appends an activity to the scene and returns its index. An
// activity already in the list with the same ID and the same sides is
// updated in place instead (its status and note replaced), so adding twice
// never duplicates it.
func (d *Document) AddActivity(a Activity) int {
	a.Givers, a.Receivers = slices.Clone(a.Givers), slices.Clone(a.Receivers)
	d.Scene.Activities = slices.Clone(d.Scene.Activities)
	for i, have := range d.Scene.Activities {
		if a.ID != "" && have.ID == a.ID && have.Together == a.Together &&
			slices.Equal(have.Givers, a.Givers) && slices.Equal(have.Receivers, a.Receivers) {
			d.Scene.Activities[i].Status = a.Status
			if strings.TrimSpace(a.Note) != "" {
				d.Scene.Activities[i].Note = a.Note
			}
			return i
		}
	}
	d.Scene.Activities = append(d.Scene.Activities, a)
	return len(d.Scene.Activities) - 1
}

// RemoveActivity removes the activity at index i; it reports false when
// there is none.
func (d *Document) RemoveActivity(i int) bool {
	if i < 0 || i >= len(d.Scene.Activities) {
		return false
	}
	d.Scene.Activities = slices.Delete(slices.Clone(d.Scene.Activities), i, i+1)
	return true
}

// SuggestedDebrief is when to plan the debrief for a scene: two days
// after, in the middle of the 24-72 hour window.
func SuggestedDebrief(sceneOn time.Time) time.Time {
	if sceneOn.IsZero() {
		return time.Time{}
	}
	return sceneOn.AddDate(0, 0, 2)
}

// SetSceneOn sets the scene date. The debrief date follows it when it was
// empty or still the suggestion for the old date; a debrief date the
// people chose themselves is left alone.
func (d *Document) SetSceneOn(t time.Time) {
	if d.DebriefOn.IsZero() || d.DebriefOn.Equal(SuggestedDebrief(d.SceneOn)) {
		d.DebriefOn = SuggestedDebrief(t)
	}
	d.SceneOn = t
}
