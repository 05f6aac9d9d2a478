package negotiation

import (
	"fmt"
	"strings"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/message"
)

// LimitLine is one limit ready to print or show, with the person it
// belongs to.
type LimitLine struct {
	ParticipantID string `json:"participant_id"`
	Participant   string `json:"participant"` // the person's name to show
	ActivityID    string `json:"activity_id,omitempty"`
	Side          Side   `json:"side,omitempty"`
	// Text is what to print in British English: the limit's text (or the
	// activity's name), with the side when there is one, e.g. "Spanking
	// (when receiving)". Says is the same as a message value, for every
	// other language: the side and a catalogue activity's name are
	// Parley's words, the limit's text is the person's own.
	Text      string `json:"text"`
	Says      any    `json:"-"`
	Condition string `json:"condition,omitempty"` // soft limits only
}

// LimitsOrder lists participant indexes in the order the limits section
// shows them: whoever receives an activity in scope first (their limits
// are heard first), then everyone else; each group in document order.
func (d Document) LimitsOrder() []int {
	receives := map[string]bool{}
	for _, a := range d.Scene.Activities {
		if a.Live() {
			for _, id := range a.Receivers {
				receives[id] = true
			}
		}
	}
	var first, rest []int
	for i, p := range d.Participants {
		if receives[p.ID] {
			first = append(first, i)
		} else {
			rest = append(rest, i)
		}
	}
	return append(first, rest...)
}

// HardLimitLines lists every person's hard limits, people in LimitsOrder
// and each person's limits in the order written. Blank rows are left out;
// every other hard limit is always listed, so the printout can rely on it.
func (d Document) HardLimitLines() []LimitLine {
	return d.limitLines(func(p Participant) []LimitItem { return p.Limits.Hard })
}

// SoftLimitLines is HardLimitLines for soft limits, with their conditions.
func (d Document) SoftLimitLines() []LimitLine {
	return d.limitLines(func(p Participant) []LimitItem { return p.Limits.Soft })
}

func (d Document) limitLines(items func(Participant) []LimitItem) []LimitLine {
	var out []LimitLine
	for _, i := range d.LimitsOrder() {
		p := d.Participants[i]
		for _, it := range items(p) {
			if it.Blank() {
				continue
			}
			out = append(out, LimitLine{
				ParticipantID: p.ID, Participant: d.DisplayName(i),
				ActivityID: it.ActivityID, Side: it.Side,
				Text: d.limitText(it), Says: d.limitMsg(it), Condition: strings.TrimSpace(it.Condition),
			})
		}
	}
	return out
}

// limitText is limitMsg in British English.
func (d Document) limitText(it LimitItem) string {
	return fmt.Sprint(message.RenderValue(english, d.limitMsg(it)))
}

// limitMsg is the limit's text, else the name of its activity, with the
// side when there is one.
func (d Document) limitMsg(it LimitItem) any {
	var text any = strings.TrimSpace(it.Text)
	if blank(it.Text) {
		text = d.activityNameMsg(it.ActivityID)
	}
	return withSide(text, it.Side)
}

// withSide is a limit's name with the side it is about: the one way a
// side is said, on the page, in the review and in History's changes.
func withSide(limit any, s Side) any {
	switch s {
	case SideGiving:
		return msg("limit.when-giving", Args{"Limit": limit})
	case SideReceiving:
		return msg("limit.when-receiving", Args{"Limit": limit})
	}
	return limit
}

// activityName names an activity ID from the scene, or from the ID itself.
func (d Document) activityName(id string) string {
	for _, a := range d.Scene.Activities {
		if a.ID == id && !blank(a.Name) {
			return strings.TrimSpace(a.Name)
		}
	}
	return strings.TrimPrefix(id, "custom:")
}

// scopeMatcher finds the activities in scope that a limit concerns; it
// normalises every activity's name once.
type scopeMatcher struct {
	acts  []Activity
	names []string // normText of each live activity's name and custom ID
}

func newScopeMatcher(d Document) scopeMatcher {
	m := scopeMatcher{acts: d.Scene.Activities, names: make([]string, 2*len(d.Scene.Activities))}
	for k, a := range m.acts {
		if a.Live() {
			m.names[2*k] = normText(a.Name)
			if custom, ok := strings.CutPrefix(a.ID, "custom:"); ok {
				m.names[2*k+1] = normText(custom)
			}
		}
	}
	return m
}

// hits lists the indexes of the activities in scope that a person's limit
// concerns: same catalog ID or same name, with the person on the limit's
// side.
func (m scopeMatcher) hits(it LimitItem, personID string) []int {
	if it.Blank() {
		return nil
	}
	text := normText(it.Text)
	var out []int
	for k, a := range m.acts {
		if !a.Live() {
			continue
		}
		same := (it.ActivityID != "" && it.ActivityID == a.ID) ||
			(text != "" && (text == m.names[2*k] || text == m.names[2*k+1]))
		if same && a.touches(personID, it.Side) {
			out = append(out, k)
		}
	}
	return out
}

// SideOf converts a checklist direction to a limit's side.
func SideOf(dir checklist.Direction) Side {
	switch dir {
	case checklist.Giving:
		return SideGiving
	case checklist.Receiving:
		return SideReceiving
	}
	return AnySide
}

// FantasyOnly begins the condition of a soft line brought in from a
// "fantasy only" answer (see LimitsFromSheet).
const FantasyOnly = "Fantasy only: to talk about or role-play, not to do"

// IsFantasy reports whether a soft line came from a "fantasy only" answer.
func (it LimitItem) IsFantasy() bool { return strings.HasPrefix(it.Condition, FantasyOnly) }

// LimitsFromSheet lists a person's limits from their checklist: hard
// limits as hard, "no" answers as soft limits with the answer's note as
// their condition. name gives an activity's display name (from the
// catalog); nil, or an empty answer, falls back to the ID.
//
// A "fantasy only" answer is not a limit on the checklist (it is a wish,
// compared in its own tier), but for a scene it says the activity is not
// to be done, only talked about or role-played: exactly a soft limit with
// a stated condition. So it comes in as a soft line whose condition is
// FantasyOnly (then ": " and the note, if any), after the "no" answers;
// the review then tells the people when it is in the scene (IsFantasy
// picks the words). Conditions of a Yes or a Maybe are not limits and do
// not come in.
func LimitsFromSheet(sheet *checklist.Sheet, name func(activityID string) string) Limits {
	item := func(k checklist.Key) LimitItem {
		text := ""
		if name != nil {
			text = name(k.Activity)
		}
		if blank(text) {
			text = strings.TrimPrefix(k.Activity, "custom:")
		}
		return LimitItem{ActivityID: k.Activity, Side: SideOf(k.Direction), Text: text}
	}
	var out Limits
	for _, k := range sheet.With(checklist.HardLimit) {
		out.Hard = append(out.Hard, item(k))
	}
	for _, k := range sheet.With(checklist.No) {
		it := item(k)
		it.Condition = sheet.Get(k).Note
		out.Soft = append(out.Soft, it)
	}
	for _, k := range sheet.With(checklist.FantasyOnly) {
		it := item(k)
		it.Condition = FantasyOnly
		if note := strings.TrimSpace(sheet.Get(k).Note); note != "" {
			it.Condition += ": " + note
		}
		out.Soft = append(out.Soft, it)
	}
	return out
}

// limitKey identifies a limit across versions: its activity and side, or
// its normalised text and side.
func limitKey(it LimitItem) string {
	if it.ActivityID != "" {
		return "id:" + it.ActivityID + "|" + string(it.Side)
	}
	return "text:" + normText(it.Text) + "|" + string(it.Side)
}
