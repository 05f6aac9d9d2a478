package negotiation

import (
	"fmt"
	"slices"
	"strings"

	"parleyapp.org/parley/domain/message"
)

// What the safety rules recognise in an activity. Catalog activities are
// known by their IDs; custom ones (and rows typed before they were linked)
// by words in their names, since the catalog's flags and risk are not
// known for them. The words are compared after normText, so "Face-sitting",
// "face sitting" and "Choking" all match their stems.

// custom reports whether the activity is not one of the catalog's, whose
// IDs are always "category.name".
func (a Activity) custom() bool {
	return strings.HasPrefix(a.ID, "custom:") || !strings.Contains(a.ID, ".")
}

// words is the activity's name, normalised and padded with spaces, for
// matching stems at the start of a word (" chok").
func (a Activity) words() string { return " " + normText(a.Label()) + " " }

// nameHas reports whether a custom activity's name holds a word starting
// with one of the stems (each stem starts at a word boundary).
func (a Activity) nameHas(stems ...string) bool {
	if !a.custom() {
		return false
	}
	w := a.words()
	for _, s := range stems {
		if strings.Contains(w, " "+s) {
			return true
		}
	}
	return false
}

func (a Activity) idIn(ids ...string) bool { return slices.Contains(ids, a.ID) }

// Stems of words about the neck, the throat and breathing. "neck" on its
// own is also a kiss or a massage, so those are left out.
var breathStems = []string{"breath", "chok", "strangl", "smother", "suffocat", "asphyx", "throat", "airway",
	"face sit", "facesit", "neck", "hand over mouth", "hand over the mouth", "breath play", "airplay"}

// aboutBreath: the neck, breath or smothering (the breath category, or a
// custom name about them).
func (a Activity) aboutBreath() bool {
	if strings.HasPrefix(a.ID, "breath.") {
		return true
	}
	if a.nameHas("kiss", "massag", "nuzzl") {
		return false
	}
	return a.nameHas(breathStems...)
}

// gagIDs are the catalog's gags.
var gagIDs = []string{"sensory-deprivation.cloth-gag", "sensory-deprivation.ball-gag", "sensory-deprivation.ring-gag", "sensory-deprivation.tape-gag"}

// gagged: something over or in the mouth, or anything else that limits
// speech (a hood, a breath activity).
func (a Activity) gagged() bool {
	return a.LimitsSpeech || a.idIn(gagIDs...) || a.idIn("sensory-deprivation.hood") || strings.HasPrefix(a.ID, "breath.") ||
		a.nameHas("gag", "hood", "tape over", "muzzle")
}

// overMouth: a gag or a hood, not only something that limits speech.
func (a Activity) overMouth() bool {
	return a.idIn(gagIDs...) || a.idIn("sensory-deprivation.hood") || a.ID == "breath.smothering" ||
		a.nameHas("gag", "hood", "tape over", "muzzle")
}

// atNeck: anything around the neck: a collar, a lead, breath play.
func (a Activity) atNeck() bool {
	return a.aboutBreath() || a.idIn("power-exchange.collar", "power-exchange.lead", "toys-gear.posture-collar") ||
		a.nameHas("collar", "lead ", "leash", "noose")
}

// faceDown: a face-down tie.
func (a Activity) faceDown() bool {
	return a.ID == "restraint.hogtie" || a.nameHas("hogtie", "hog tie", "face down")
}

func (a Activity) suspended() bool {
	return a.ID == "restraint.suspension" || a.nameHas("suspen")
}

// wrapped: full-body wrapping and the like, where nothing can move.
func (a Activity) wrapped() bool {
	return a.ID == "restraint.full-wrap" || a.nameHas("mummif", "full wrap", "body wrap", "wrapping", "vacbed", "vacuum bed",
		"sleepsack", "sleep sack", "bondage bag", "straitjacket", "straightjacket")
}

// stopsHands: nothing can be held, tapped or dropped.
func (a Activity) stopsHands() bool {
	return a.ID == "sensory-deprivation.mitts" || a.wrapped() || a.nameHas("mitt")
}

// resistance: play where "no" and "stop" are part of the game.
func (a Activity) resistance() bool {
	return a.idIn("role-play.consensual-non-consent", "role-play.capture", "role-play.interrogation", "verbal.fear-play") ||
		a.nameHas("non consent", "nonconsent", "cnc", "capture", "kidnap", "abduct", "interrogat", "fear", "resist", "struggle")
}

// leftAloneWords are how a name or note says someone is left on their own.
var leftAloneWords = []string{"left alone", "leave alone", "leaving alone", "leave them alone", "leave her alone", "leave him alone",
	"leave you alone", "leave me alone", "alone for", "alone while", "leave the room", "leaves the room", "leaving the room",
	"out of the room", "step out", "steps out", "stepping out"}

// leftAlone: being left alone while restrained, from the catalog or said
// in the activity's name or note ("never left alone" does not count).
func (a Activity) leftAlone() bool {
	if a.ID == "restraint.left-alone" {
		return true
	}
	for _, text := range []string{a.Label(), a.Note} {
		w := " " + normText(strings.ReplaceAll(text, "'", "")) + " "
		if strings.Contains(w, " never ") || strings.Contains(w, " not ") || strings.Contains(w, " dont ") || strings.Contains(w, " wont ") {
			continue
		}
		for _, p := range leftAloneWords {
			if strings.Contains(w, " "+p+" ") || strings.Contains(w, " "+p) {
				return true
			}
		}
	}
	return false
}

// live lists the indexes of the activities in scope that pass test.
func (d Document) live(test func(Activity) bool) []int {
	var out []int
	for k, a := range d.Scene.Activities {
		if a.Live() && test(a) {
			out = append(out, k)
		}
	}
	return out
}

// midSentence lower-cases the first letter of a name like "Ball gag"
// for the middle of a sentence (message.MidSentence's English rule).
func midSentence(name string) string {
	return fmt.Sprint(message.RenderValue(english, message.MidSentence{Value: name}))
}
