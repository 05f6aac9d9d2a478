package printout

import (
	"parleyapp.org/parley/domain/negotiation"
)

// safewords is part 3: the rule in a box; the word, the signal and the
// traffic light beside it.
func safewords(f *flow, p negotiation.Part) {
	partHeading(f, p)
	f.columns([]float64{0.5, 0.5}, columnGap, func(col int, c *flow) {
		if col == 0 {
			if p.Rule != nil {
				ruleBox(c, *p.Rule)
			}
			return
		}
		const lw = 70
		for _, r := range p.Rows {
			switch {
			case r.Big && !r.Empty():
				labelled(c, lw, r.Label.Text, func(v *flow) {
					v.gap(-3) // the word is larger: lift it level with its label
					v.text(bigWord, runs(r.Value)...)
				})
				// 1.4 rather than row's 3: the larger word already
				// leaves room under it, and the two-line "A signal
				// without words" then still keeps the first scene on
				// one page.
				c.gap(1.4)
			case len(r.Items) > 0:
				c.gap(2)
				trafficLight(c, lw, r)
			default:
				outlineRow(c, lw, r)
			}
		}
	})
}

// ruleBox is the safeword rule in an outlined box.
func ruleBox(f *flow, r negotiation.Rule) {
	box := f.reserve()
	top := f.y
	pad := 9 * f.scale
	f.gap(9)
	s := f.sub(f.x+pad, f.w-2*pad)
	s.text(para{size: nameSize, leading: 1.3}, run{text: r.Title.Text, bold: true, colour: ink})
	s.gap(3)
	s.text(body, run{text: r.Text.Text, colour: ink})
	f.glueFrom = -1
	f.absorb(s)
	f.gap(9)
	f.ops[box] = op{kind: opRect, x: f.x, y: top, w: f.w, h: f.y - top, fill: boxTint, colour: accent, width: 1.4 * f.scale, style: "FD"}
}

// lightColour is the dot beside a traffic-light word.
var lightColour = map[negotiation.Emphasis]rgb{negotiation.Green: green, negotiation.Amber: amber, negotiation.Danger: red}

// trafficLight explains the three colours, each with its word beside its
// dot; the words are printed in ink, the colour is the dot's.
func trafficLight(f *flow, lw float64, r negotiation.Row) {
	title := r.Label.Text
	for _, item := range r.Items {
		dot := 6.5 * f.scale
		lead := bodySize * f.scale * body.leading
		x := f.x + lw*f.scale
		f.ops = append(f.ops, op{kind: opDot, x: x - dot - 4*f.scale, y: f.y + (lead-dot)/2, w: dot, h: dot, fill: lightColour[item[0].Emphasis]})
		text := runs(item)
		text[0].colour = ink
		// the label stops short of the dot: French's "Système des feux"
		// ran under it
		labelledIn(f, lw, lw-6.5-12, title, func(c *flow) { c.text(body, text...) })
		f.gap(3)
		title = ""
	}
}
