package negotiation

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"parleyapp.org/parley/domain/checklist"
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

// Sentence says the change in words, given the activity's name, e.g.
// "Gag (receiving): soft limit → hard limit.".
func (e TimelineEntry) Sentence(activity string) string {
	if e.Key.Direction != checklist.Together {
		activity += " (" + e.Key.Direction.String() + ")"
	}
	return fmt.Sprintf("%s: %s → %s.", capFirst(activity), answerWords(e.From), answerWords(e.To))
}

func answerWords(a checklist.Answer) string {
	switch a {
	case checklist.Yes:
		return "yes"
	case checklist.Maybe:
		return "maybe"
	case checklist.No:
		return "soft limit"
	case checklist.HardLimit:
		return "hard limit"
	case checklist.FantasyOnly:
		return "fantasy only"
	}
	return "no answer"
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
