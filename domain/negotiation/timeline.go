package negotiation

import (
	"encoding/json"
	"sort"
	"time"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/message"
)

// LimitMove says how a change of answer moved a limit.
type LimitMove string

const (
	NoLimitMove LimitMove = ""             // neither side is a limit
	Hardened    LimitMove = "hardened"     // a soft limit became a hard limit
	Softened    LimitMove = "softened"     // a hard limit became a soft limit
	IntoLimit   LimitMove = "into-limit"   // became a limit (soft or hard)
	OutOfLimit  LimitMove = "out-of-limit" // stopped being a limit
)

// TimelineEntry is one change of answer on a person's limits timeline.
// In JSON the direction and answers are their storage names.
type TimelineEntry struct {
	Key  checklist.Key
	From checklist.Answer
	To   checklist.Answer
	At   time.Time
	Move LimitMove
}

// Flagged reports whether the change moved a limit, which the history
// screen highlights: soft to hard or back, or into or out of a limit.
func (e TimelineEntry) Flagged() bool { return e.Move != NoLimitMove }

// limitMove classifies a change from one answer to another.
func limitMove(from, to checklist.Answer) LimitMove {
	switch {
	case from == checklist.No && to == checklist.HardLimit:
		return Hardened
	case from == checklist.HardLimit && to == checklist.No:
		return Softened
	case !from.IsLimit() && to.IsLimit():
		return IntoLimit
	case from.IsLimit() && !to.IsLimit():
		return OutOfLimit
	}
	return NoLimitMove
}

// LimitsTimeline turns one person's recorded changes into a timeline,
// oldest first (changes at the same moment keep their order). Changes
// that did not change the answer are left out.
func LimitsTimeline(changes []checklist.Change) []TimelineEntry {
	var out []TimelineEntry
	for _, c := range changes {
		if c.From == c.To {
			continue
		}
		out = append(out, TimelineEntry{Key: c.Key, From: c.From, To: c.To, At: c.At, Move: limitMove(c.From, c.To)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out
}

// Sentence says the change in British English, given the activity's
// name, e.g. "Gag (receiving): soft limit → hard limit.".
func (e TimelineEntry) Sentence(activity string) string { return diffEnglish.Render(e.Says(activity)) }

// Says is Sentence as a message of the catalogue (DiffMessages), for a
// screen in any language; activity is the name, a string or a message.
func (e TimelineEntry) Says(activity any) Msg {
	var name any = message.Capital{Value: activity}
	switch e.Key.Direction {
	case checklist.Giving:
		name = msg("timeline.activity.giving", Args{"Activity": name})
	case checklist.Receiving:
		name = msg("timeline.activity.receiving", Args{"Activity": name})
	}
	return msg("timeline.change", Args{"Activity": name, "Was": answerMsg(e.From), "Now": answerMsg(e.To)})
}

// answerMsg is an answer in the timeline's words.
func answerMsg(a checklist.Answer) Msg {
	id := "none"
	switch a {
	case checklist.Yes:
		id = "yes"
	case checklist.Maybe:
		id = "maybe"
	case checklist.No:
		id = "soft-limit"
	case checklist.HardLimit:
		id = "hard-limit"
	case checklist.FantasyOnly:
		id = "fantasy-only"
	}
	return msg("timeline.answer."+id, nil)
}

type timelineJSON struct {
	Activity  string    `json:"activity"`
	Direction string    `json:"direction"`
	From      string    `json:"from"`
	To        string    `json:"to"`
	At        time.Time `json:"at"`
	Move      LimitMove `json:"move,omitempty"`
}

// MarshalJSON writes the direction and answers by name.
func (e TimelineEntry) MarshalJSON() ([]byte, error) {
	return json.Marshal(timelineJSON{e.Key.Activity, e.Key.Direction.String(), e.From.String(), e.To.String(), e.At, e.Move})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (e *TimelineEntry) UnmarshalJSON(data []byte) error {
	var j timelineJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*e = TimelineEntry{
		Key:  checklist.Key{Activity: j.Activity, Direction: checklist.ParseDirection(j.Direction)},
		From: checklist.ParseAnswer(j.From), To: checklist.ParseAnswer(j.To), At: j.At, Move: j.Move,
	}
	return nil
}
