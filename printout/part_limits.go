package printout

import (
	"parleyapp.org/parley/domain/negotiation"
)

// limits is part 2: each person's hard and soft limits side by side.
func limits(f *flow, p negotiation.Part) {
	partHeading(f, p)
	people(f, len(p.Groups), func(c *flow, k int) {
		g := p.Groups[k]
		subheading(c, name, ink, g.Person)
		c.gap(2)
		if g.Note.Text != "" {
			c.text(body, run{text: g.Note.Text, colour: muted})
			c.gap(2)
		}
		for n, r := range g.Rows {
			if n > 0 {
				c.gap(7)
			}
			if r.Band {
				subheading(c, hardLabel, red, r.Label.Text)
				c.gap(2)
			} else {
				subheading(c, label, muted, r.Label.Text)
			}
			if r.Empty() {
				c.text(body, missing(r))
			}
			for _, item := range r.Items {
				if r.Band {
					hardLimit(c, runs(item))
				} else {
					bullet(c, body, runs(item)...)
				}
			}
		}
	})
}

// hardLimit is one hard limit on a pale red band with a red bar beside
// it, so the list cannot be missed.
func hardLimit(f *flow, text []run) {
	band := f.reserve()
	bar := f.reserve()
	top := f.y
	inset := 8 * f.scale
	f.gap(2)
	s := f.sub(f.x+inset, f.w-inset-4*f.scale)
	s.text(body, text...)
	f.glueFrom = -1
	f.absorb(s)
	f.gap(2)
	h := f.y - top
	f.ops[band] = op{kind: opRect, x: f.x, y: top, w: f.w, h: h, fill: redTint, style: "F"}
	f.ops[bar] = op{kind: opRect, x: f.x, y: top, w: 2.5 * f.scale, h: h, fill: red, style: "F"}
	f.gap(1.5)
}

// newFactors is what changed since last time, a column per person.
func newFactors(f *flow, p negotiation.Part) {
	partHeading(f, p)
	people(f, len(p.Groups), func(c *flow, k int) {
		g := p.Groups[k]
		subheading(c, name, ink, g.Person)
		c.gap(2)
		if len(g.Rows) == 0 {
			c.text(body, run{text: g.Empty.Text, colour: muted})
			return
		}
		for _, r := range g.Rows {
			outlineRow(c, 66, r)
		}
	})
}
