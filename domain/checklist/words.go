package checklist

import "strings"

// Words holds every word the checklist logic hands to the screen, in one
// place, so the UI can translate them. BritishWords gives the originals;
// Translate maps them through a translation function (for example Fyne's
// lang.L) without touching the domain.
type Words struct {
	Giving     string // what a person does to the other
	Receiving  string // what a person has done to them
	Together   string // shown for activities without a direction; empty by default
	Yes        string
	Maybe      string
	No         string // a soft limit
	HardLimit  string
	Unanswered string
	// FantasyOnly is the fantasy answer, to talk about or role-play only.
	FantasyOnly string
	// The parts of a Condition: OnlyWith holds the marker {name}, where
	// the person's name goes.
	OnlyWith     string
	AfterTalking string
	Gently       string
	Moderately   string
}

// BritishWords returns the words in British English, the language the app
// is written in.
func BritishWords() Words {
	return Words{
		Giving:     "giving",
		Receiving:  "receiving",
		Together:   "",
		Yes:        "Yes",
		Maybe:      "Maybe",
		No:         "Not now",
		HardLimit:  "Hard limit",
		Unanswered: "Not answered",

		FantasyOnly:  "Fantasy only",
		OnlyWith:     "only with {name}",
		AfterTalking: "only after we've talked about it",
		Gently:       "only gently",
		Moderately:   "no more than moderately",
	}
}

// Translate returns the words passed through tr; empty words stay empty.
func (w Words) Translate(tr func(string) string) Words {
	for _, p := range []*string{&w.Giving, &w.Receiving, &w.Together, &w.Yes, &w.Maybe, &w.No, &w.HardLimit, &w.Unanswered,
		&w.FantasyOnly, &w.OnlyWith, &w.AfterTalking, &w.Gently, &w.Moderately} {
		if *p != "" {
			*p = tr(*p)
		}
	}
	return w
}

// Direction is a direction in words for the person answering: "giving",
// "receiving", or the Together word (empty by default) for activities done
// together.
func (w Words) Direction(d Direction) string {
	switch d {
	case Giving:
		return w.Giving
	case Receiving:
		return w.Receiving
	}
	return w.Together
}

// Answer is an answer in words.
func (w Words) Answer(a Answer) string {
	switch a {
	case Yes:
		return w.Yes
	case Maybe:
		return w.Maybe
	case No:
		return w.No
	case HardLimit:
		return w.HardLimit
	case FantasyOnly:
		return w.FantasyOnly
	}
	return w.Unanswered
}

// Condition is a condition in words, its parts joined by ", " in a fixed
// order (who, talking first, intensity): "only with Alex, only after
// we've talked about it". The zero Condition is "".
func (w Words) Condition(c Condition) string {
	var parts []string
	if c.OnlyWith != "" {
		parts = append(parts, strings.ReplaceAll(w.OnlyWith, "{name}", c.OnlyWith))
	}
	if c.AfterTalking {
		parts = append(parts, w.AfterTalking)
	}
	switch c.UpTo {
	case Gently:
		parts = append(parts, w.Gently)
	case Moderately:
		parts = append(parts, w.Moderately)
	}
	return strings.Join(parts, ", ")
}
