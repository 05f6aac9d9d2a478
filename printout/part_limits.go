package printout

import (
	"parley/domain/negotiation"
)

// limits is part 2: each person's hard and soft limits, the people who
// receive something first.
func limits(f *flow, d negotiation.Document) {
	heading(f, "2", negotiation.SectionLimits.Label())
	hard, soft := byPerson(d.HardLimitLines()), byPerson(d.SoftLimitLines())
	people(f, d.LimitsOrder(), func(c *flow, i int) {
		id := d.Participants[i].ID
		subheading(c, name, ink, d.DisplayName(i))
		c.gap(2)
		subheading(c, hardLabel, red, "Hard limits \u2014 never")
		c.gap(2)
		if len(hard[id]) == 0 {
			c.text(body, run{text: "None written", colour: muted})
		}
		for _, l := range hard[id] {
			hardLimit(c, l.Text)
		}
		c.gap(7)
		subheading(c, label, muted, "Soft limits \u2014 only as agreed")
		if len(soft[id]) == 0 {
			c.text(body, run{text: "None written", colour: muted})
		}
		for _, l := range soft[id] {
			runs := []run{{text: capFirst(l.Text), colour: ink}}
			if l.Condition != "" {
				runs = append(runs, run{text: " \u2014 " + l.Condition, colour: muted})
			}
			bullet(c, body, runs...)
		}
	})
}

// hardLimit is one hard limit on a pale red band with a red bar beside
// it, so the list cannot be missed.
func hardLimit(f *flow, text string) {
	band := f.reserve()
	bar := f.reserve()
	top := f.y
	inset := 8 * f.scale
	f.gap(2)
	s := f.sub(f.x+inset, f.w-inset-4*f.scale)
	s.text(body, run{text: capFirst(text), bold: true, colour: ink})
	f.glueFrom = -1
	f.absorb(s)
	f.gap(2)
	h := f.y - top
	f.ops[band] = op{kind: opRect, x: f.x, y: top, w: f.w, h: h, fill: redTint, style: "F"}
	f.ops[bar] = op{kind: opRect, x: f.x, y: top, w: 2.5 * f.scale, h: h, fill: red, style: "F"}
	f.gap(1.5)
}

// byPerson groups limit lines by participant ID, keeping their order.
func byPerson(lines []negotiation.LimitLine) map[string][]negotiation.LimitLine {
	out := map[string][]negotiation.LimitLine{}
	for _, l := range lines {
		out[l.ParticipantID] = append(out[l.ParticipantID], l)
	}
	return out
}
