package kit

import (
	"strings"

	"fyne.io/fyne/v2/lang"
)

// FlagWords says what to keep in mind about an activity, in one place for
// the checklist and the negotiation editor.
func FlagWords(limitsSpeech, marks, needsSkill bool) string {
	var f []string
	if limitsSpeech {
		f = append(f, lang.L("Can make it hard to speak: agree a signal that needs no words."))
	}
	if marks {
		f = append(f, lang.L("Can leave marks (see the legal note in the guide)."))
	}
	if needsSkill {
		f = append(f, lang.L("Needs skill or experience."))
	}
	return strings.Join(f, " ")
}
