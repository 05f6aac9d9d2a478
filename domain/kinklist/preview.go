package kinklist

import (
	"slices"
	"strings"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// LevelMap is the Parley answer each KinkList level becomes, as the person
// confirms it. A level that is not in the map is not brought in.
type LevelMap map[Level]checklist.Answer

// DefaultLevels is the mapping the preview starts from: Favourite and Like
// are Yes, Okay and Maybe are Maybe, No is Not now. No level is ever a
// Hard limit unless the person chooses it, because a hard limit is a
// stronger statement than KinkList's "No" makes.
func DefaultLevels() LevelMap {
	return LevelMap{
		Favourite: checklist.Yes,
		Like:      checklist.Yes,
		Okay:      checklist.Maybe,
		Maybe:     checklist.Maybe,
		No:        checklist.No,
	}
}

// Proposed is one answer the import would set.
type Proposed struct {
	Key checklist.Key
	// Answer is the proposed answer; the screen may change it before the
	// person confirms. Unanswered leaves this slot out.
	Answer checklist.Answer
	// Note is proposed only when several KinkList items land here with
	// different levels: it names each item and its level, so nothing the
	// person said is lost in the most careful answer.
	Note string
	// From lists the KinkList items that land here, in the list's order.
	From []Choice
	// Current is what the person's checklist holds now. A slot already
	// answered keeps its answer unless Replace is set (the person's choice).
	Current checklist.Entry
	Replace bool
}

// Left is an item the person answered in KinkList that the import does not
// bring in, and why.
type Left struct {
	Choice Choice
	Reason Reason
}

// Skipped: the person chose not to bring in this level (it is not in the
// LevelMap).
const Skipped Reason = "skipped"

// Preview is everything an import would do, for the person to look at
// before anything is saved: every proposed answer, and every answered item
// that is not brought in with its reason. It is a plain value; nothing is
// written until the person confirms (Confirm) and the vault saves the
// confirmed import.
type Preview struct {
	List    string // the mapping table's KinkList version
	Catalog string
	Levels  LevelMap
	Answers []Proposed // in catalog order
	Left    []Left     // in the list's order
	// NotEntered counts the items left "not entered" in KinkList.
	NotEntered int
}

// NewPreview works out what importing choices would do to the person's
// current sheet, with the levels mapped as given. Where several items land
// on one answer slot, the most careful answer wins (a hard limit over not
// now over maybe over yes) and the note names each item.
func NewPreview(choices []Choice, t *Table, levels LevelMap, current *checklist.Sheet, cat *catalog.Catalog) Preview {
	p := Preview{List: t.List, Catalog: t.Catalog, Levels: levels}
	at := map[checklist.Key]int{}
	for _, c := range choices {
		if c.Level == NotEntered {
			p.NotEntered++ // likely so, when c is unsure
			continue
		}
		if r, left := leaveOut(c, t, levels); left {
			p.Left = append(p.Left, Left{Choice: c, Reason: r})
			continue
		}
		keys, _ := t.Lookup(c)
		for _, k := range keys {
			i, ok := at[k]
			if !ok {
				i = len(p.Answers)
				at[k] = i
				p.Answers = append(p.Answers, Proposed{Key: k, Current: current.Get(k)})
			}
			p.Answers[i].From = append(p.Answers[i].From, c)
		}
	}
	for i := range p.Answers {
		p.Answers[i].Answer, p.Answers[i].Note = merge(p.Answers[i].From, levels)
	}
	sortByCatalog(p.Answers, cat)
	return p
}

// leaveOut says whether a choice stays out of the import, and why.
func leaveOut(c Choice, t *Table, levels LevelMap) (Reason, bool) {
	if c.Unsure {
		return Doubtful, true
	}
	if _, r := t.Lookup(c); r != "" {
		return r, true
	}
	if _, ok := levels[c.Level]; !ok {
		return Skipped, true
	}
	return "", false
}

// caution orders answers from least to most careful.
var caution = map[checklist.Answer]int{checklist.Yes: 1, checklist.Maybe: 2, checklist.No: 3, checklist.HardLimit: 4}

// merge gives the most careful answer of the items and, when they differ,
// a note naming each item's level.
func merge(from []Choice, levels LevelMap) (checklist.Answer, string) {
	best := checklist.Unanswered
	differ := false
	for i, c := range from {
		a := levels[c.Level]
		if i > 0 && c.Level != from[0].Level {
			differ = true
		}
		if caution[a] > caution[best] {
			best = a
		}
	}
	if !differ {
		return best, ""
	}
	parts := make([]string, len(from))
	for i, c := range from {
		parts[i] = c.Item + " (" + c.Field + "): " + c.Level.String()
	}
	return best, "From KinkList: " + strings.Join(parts, "; ") + "."
}

func sortByCatalog(answers []Proposed, cat *catalog.Catalog) {
	order := map[string]int{}
	for i, a := range cat.Activities {
		order[a.ID] = i
	}
	slices.SortStableFunc(answers, func(a, b Proposed) int {
		if d := order[a.Key.Activity] - order[b.Key.Activity]; d != 0 {
			return d
		}
		return int(a.Key.Direction) - int(b.Key.Direction)
	})
}

// Write is one answer slot the confirmed import saves: the entry as it
// will be, and the change of answer to record (nil when the answer stays).
type Write struct {
	Key    checklist.Key
	Entry  checklist.Entry
	Change *checklist.Change
}

// Confirmed is a preview the person has confirmed. Only Confirm makes one,
// so the vault cannot be handed a preview nobody looked at.
type Confirmed struct {
	writes []Write
}

// Confirm turns the preview, as the person left it, into the writes to
// save at time now: every proposed answer that is set, except where the
// checklist already holds an answer the person did not choose to replace.
// An existing note is kept; the proposed note fills only an empty one.
func (p Preview) Confirm(now time.Time) Confirmed {
	var c Confirmed
	for _, a := range p.Answers {
		if a.Answer == checklist.Unanswered || (a.Current.Answer != checklist.Unanswered && !a.Replace) {
			continue
		}
		e := a.Current
		if e.Note == "" {
			e.Note = a.Note
		}
		var change *checklist.Change
		if e.Answer != a.Answer {
			change = &checklist.Change{Key: a.Key, From: e.Answer, To: a.Answer, At: now}
			e.Answer, e.Changed = a.Answer, now
		}
		if e == a.Current {
			continue
		}
		c.writes = append(c.writes, Write{Key: a.Key, Entry: e, Change: change})
	}
	return c
}

// Writes lists what the confirmed import saves, in catalog order.
func (c Confirmed) Writes() []Write { return slices.Clone(c.writes) }
