// Package checklist holds one person's private Yes / Maybe / No answers.
//
// An answer belongs to a person, an activity and a direction: for an activity
// done together the direction is Together; for one with a giver and a
// receiver a person answers Giving and Receiving separately ("I'd like to
// give this" and "I'd like to receive this" are different wishes). Besides
// the answer a person can mark "tried before" and write a note (the
// conditions of a maybe, the detail of a limit). Every change of answer is
// kept as a Change with its time, so the history screen can show how limits
// moved.
//
// Soft and hard limits are different answers: No is "not now" (a soft
// limit, open to a later conversation) and HardLimit is "never". Hard limits
// never leave the person's own sheet through a comparison; the person
// chooses to bring them into a negotiation document.
//
// FantasyOnly is its own answer, not a kind of Maybe: "I like the idea, to
// talk about or to role-play, not to do it". It is not a limit (IsLimit is
// false), it is compared only in its own tier when both people choose to
// (domain/match), and a Yes counts there too. A Yes or a Maybe can carry a
// Condition (condition.go): "only with…" in a short structured form, beside
// the free note. Conditions stay on the person's own sheet: the comparison
// never sends them.
//
// The checklist screen works from an Index built once per catalog
// (NewIndex): Rows and Filter give the rows to show (by category, answer
// and search text), Progress the answered share per category, and Summary
// the counts, the person's hard and soft limits, their fantasies and the
// Yes and Maybe answers that carry a condition. Words holds every word
// these hand to the screen, so the UI can translate them. All of it is pure
// and fast enough to run on every keystroke with ten times the shipped
// catalog (see the benchmarks).
package checklist

import (
	"sort"
	"time"

	"parleyapp.org/parley/domain/catalog"
)

// Answer is a person's answer to one activity in one direction.
type Answer int

const (
	Unanswered Answer = iota
	Yes
	Maybe
	No          // a soft limit: not now
	HardLimit   // never
	FantasyOnly // to talk about or role-play, not to do
)

// AllAnswers lists every real answer in the order a screen shows them:
// Yes, Maybe, Fantasy only, Not now, Hard limit. Screens that offer the
// fantasy answer use this list.
var AllAnswers = []Answer{Yes, Maybe, FantasyOnly, No, HardLimit}

// Answers lists the answers a checklist screen offers, in the order of
// its buttons and keys: 1 Yes, 2 Maybe, 3 Not now, 4 Hard limit, 5 Fantasy
// only. Parley's checklist and the invitation page both use it, so a key
// means the same answer in both; the first four keep the keys Parley's
// screen always had, and the fantasy answer, added later, is 5.
var Answers = []Answer{Yes, Maybe, No, HardLimit, FantasyOnly}

// String is the answer's stable storage name.
func (a Answer) String() string {
	switch a {
	case Yes:
		return "yes"
	case Maybe:
		return "maybe"
	case No:
		return "no"
	case HardLimit:
		return "hard-limit"
	case FantasyOnly:
		return "fantasy"
	}
	return "unanswered"
}

// ParseAnswer is the inverse of Answer.String; unknown text is Unanswered.
func ParseAnswer(s string) Answer {
	for _, a := range AllAnswers {
		if a.String() == s {
			return a
		}
	}
	return Unanswered
}

// IsLimit reports whether the answer is a soft or a hard limit.
// FantasyOnly is not a limit.
func (a Answer) IsLimit() bool { return a == No || a == HardLimit }

// CarriesConditions reports whether an answer of this kind can carry a
// Condition: Yes and Maybe can ("yes, only with you").
func (a Answer) CarriesConditions() bool { return a == Yes || a == Maybe }

// Direction is which side of an activity an answer is about.
type Direction int

const (
	Together Direction = iota
	Giving
	Receiving
)

// String is the direction's stable storage name.
func (d Direction) String() string {
	switch d {
	case Giving:
		return "giving"
	case Receiving:
		return "receiving"
	}
	return "together"
}

// ParseDirection is the inverse of Direction.String; unknown text is Together.
func ParseDirection(s string) Direction {
	switch s {
	case "giving":
		return Giving
	case "receiving":
		return Receiving
	}
	return Together
}

// DirectionsOf lists the directions a person answers for an activity.
func DirectionsOf(a catalog.Activity) []Direction {
	if a.Kind == catalog.GiveReceive {
		return []Direction{Giving, Receiving}
	}
	return []Direction{Together}
}

// Key names one answer slot: an activity in one direction.
type Key struct {
	Activity  string
	Direction Direction
}

// Entry is what a person said about one Key.
type Entry struct {
	Answer Answer
	Tried  bool
	Note   string
	// Condition is the structured "only with…" of a Yes or a Maybe. It is
	// kept when the answer moves to one that cannot carry it (nothing the
	// person set is lost, and it comes back with a Yes), but it counts
	// only while the answer carries it: use Conditions.
	Condition Condition
	Changed   time.Time
}

// Conditions is the entry's condition while its answer carries one, else
// the zero Condition.
func (e Entry) Conditions() Condition {
	if !e.Answer.CarriesConditions() {
		return Condition{}
	}
	return e.Condition
}

// Change records one change of answer, for the limits timeline.
type Change struct {
	Key  Key
	From Answer
	To   Answer
	At   time.Time
}

// Sheet is one person's answers. The zero value is not usable: use NewSheet.
type Sheet struct {
	entries map[Key]Entry
}

// NewSheet returns an empty sheet.
func NewSheet() *Sheet { return &Sheet{entries: map[Key]Entry{}} }

// Get returns the entry for a key (Unanswered when there is none).
func (s *Sheet) Get(k Key) Entry { return s.entries[k] }

// Put stores an entry as it is, without recording a change; used when
// loading a sheet from the vault.
func (s *Sheet) Put(k Key, e Entry) {
	if e == (Entry{}) {
		delete(s.entries, k)
		return
	}
	s.entries[k] = e
}

// SetAnswer changes the answer for k at time now. It returns the change to
// record, and false when the answer did not change.
func (s *Sheet) SetAnswer(k Key, a Answer, now time.Time) (Change, bool) {
	e := s.entries[k]
	if e.Answer == a {
		return Change{}, false
	}
	c := Change{Key: k, From: e.Answer, To: a, At: now}
	e.Answer, e.Changed = a, now
	s.Put(k, e)
	return c, true
}

// SetTried marks or unmarks "tried before".
func (s *Sheet) SetTried(k Key, tried bool) {
	e := s.entries[k]
	e.Tried = tried
	s.Put(k, e)
}

// SetNote replaces the note.
func (s *Sheet) SetNote(k Key, note string) {
	e := s.entries[k]
	e.Note = note
	s.Put(k, e)
}

// SetCondition replaces the structured condition, normalised (see
// Condition.Normal). It reports false, changing nothing, when the answer
// cannot carry a condition and c is not empty.
func (s *Sheet) SetCondition(k Key, c Condition) bool {
	e := s.entries[k]
	c = c.Normal()
	if !c.IsZero() && !e.Answer.CarriesConditions() {
		return false
	}
	e.Condition = c
	s.Put(k, e)
	return true
}

// Keys lists every key that has an entry, sorted by activity then direction.
func (s *Sheet) Keys() []Key {
	out := make([]Key, 0, len(s.entries))
	for k := range s.entries {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Activity != out[j].Activity {
			return out[i].Activity < out[j].Activity
		}
		return out[i].Direction < out[j].Direction
	})
	return out
}

// With lists the keys whose answer is a, sorted.
func (s *Sheet) With(a Answer) []Key {
	var out []Key
	for _, k := range s.Keys() {
		if s.entries[k].Answer == a {
			out = append(out, k)
		}
	}
	return out
}

// Counts returns how many keys have each answer (Unanswered is not counted).
func (s *Sheet) Counts() map[Answer]int {
	out := map[Answer]int{}
	for _, e := range s.entries {
		if e.Answer != Unanswered {
			out[e.Answer]++
		}
	}
	return out
}
