package printout

import (
	"parleyapp.org/parley/domain/negotiation"
)

// sceneDay is the check on the day: one labelled row of each person's
// answer and what a concern means, or, while nobody has answered, one
// small line that asks the question.
func sceneDay(f *flow, p negotiation.Part) {
	var notes []run
	for _, n := range p.Notes {
		notes = append(notes, runs(n)...)
	}
	if len(p.Rows) == 0 {
		f.text(para{size: labelSize, leading: 1.25}, notes...)
		return
	}
	for _, r := range p.Rows {
		text := runs(r.Value)
		if len(notes) > 0 {
			notes[0].text = "\n" + notes[0].text
			text = append(text, notes...)
		}
		row(f, 66, r.Label.Text, text...)
	}
}
