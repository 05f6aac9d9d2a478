package printout

import (
	"parleyapp.org/parley/domain/negotiation"
)

// The negotiation page renders domain/negotiation's Outline: every word
// and every rule about what shows comes from there; this package decides
// only where each thing sits on the paper and how it looks.

// runs turns an outline's spans into printed runs.
func runs(spans []negotiation.Span) []run {
	out := make([]run, 0, len(spans))
	for _, s := range spans {
		r := run{text: s.String(), colour: ink}
		switch s.Emphasis {
		case negotiation.Strong, negotiation.Green, negotiation.Amber:
			r.bold = true
		case negotiation.Quiet:
			r.colour = muted
		case negotiation.Gap:
			r.bold, r.colour = true, muted
		case negotiation.Danger:
			r.bold, r.colour = true, red
		}
		out = append(out, r)
	}
	return out
}

// missing is a row's missing words in a quiet voice.
func missing(r negotiation.Row) run { return run{text: r.Missing.Text, colour: muted} }

// outlineRow is a labelled row: its value, its list as bullets, or its
// missing words.
func outlineRow(f *flow, labelW float64, r negotiation.Row) {
	switch {
	case len(r.Value) > 0:
		row(f, labelW, r.Label.Text, runs(r.Value)...)
	case len(r.Items) > 0:
		labelled(f, labelW, r.Label.Text, func(c *flow) {
			for _, item := range r.Items {
				bullet(c, body, runs(item)...)
			}
		})
		f.gap(3)
	case r.Missing.Text != "":
		row(f, labelW, r.Label.Text, missing(r))
	}
}

// partHeading is a part's number and title, when it has a title.
func partHeading(f *flow, p negotiation.Part) {
	if p.Title.Text != "" {
		heading(f, p.Number, p.Title.Text)
	}
}
