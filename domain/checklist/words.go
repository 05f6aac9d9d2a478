package checklist

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
	}
}

// Translate returns the words passed through tr; empty words stay empty.
func (w Words) Translate(tr func(string) string) Words {
	for _, p := range []*string{&w.Giving, &w.Receiving, &w.Together, &w.Yes, &w.Maybe, &w.No, &w.HardLimit, &w.Unanswered} {
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
	}
	return w.Unanswered
}
