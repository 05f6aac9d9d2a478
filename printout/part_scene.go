package printout

import (
	"parleyapp.org/parley/domain/negotiation"
)

// layoutNegotiation writes the whole outline into one strip of ops at
// this scale, width points wide.
func layoutNegotiation(o negotiation.Outline, m *measurer, scale, width float64) []op {
	f := newFlow(m, scale, 0, width, 0)
	header(f, o)
	for k := 0; k < len(o.Parts); k++ {
		p := o.Parts[k]
		if k+1 < len(o.Parts) && p.Section == negotiation.SectionCheckIn && o.Parts[k+1].Section == negotiation.SectionReview {
			sideBySide(f, p, o.Parts[k+1])
			k++
			continue
		}
		switch p.Section {
		case negotiation.SectionActivities:
			scene(f, p)
		case negotiation.SectionLimits:
			limits(f, p)
		case negotiation.SectionSafewords, negotiation.SectionExit:
			safewords(f, p)
		case negotiation.SectionSceneDay:
			sceneDay(f, p)
		case negotiation.SectionNewFactors:
			newFactors(f, p)
		default:
			plainPart(f, p, 110)
		}
	}
	return f.ops
}

// sideBySide sets two short parts next to each other: an agreement's
// check-ins and its review date, so the agreement keeps to one page at a
// comfortable size.
func sideBySide(f *flow, left, right negotiation.Part) {
	f.columns([]float64{0.5, 0.5}, columnGap, func(col int, c *flow) {
		plainPart(c, []negotiation.Part{left, right}[col], 66)
	})
}

// header is the title and the people on the left, the dates on the
// right.
func header(f *flow, o negotiation.Outline) {
	f.columns([]float64{0.52, 0.48}, columnGap, func(col int, c *flow) {
		if col == 0 {
			c.text(para{size: titleSize, leading: 1.2}, run{text: o.Title.String(), bold: true, colour: ink})
			if o.People != "" {
				c.gap(2)
				c.text(para{size: peopleSize, leading: 1.3}, run{text: o.People, colour: ink})
			}
			c.gap(2)
			c.text(note, runs([]negotiation.Span{o.Agreed})...)
			return
		}
		c.gap(3)
		for _, d := range o.Dates {
			if d.Empty() {
				row(c, 72, d.Label.Text, run{text: d.Missing.Text, bold: true, colour: muted})
				continue
			}
			row(c, 72, d.Label.Text, runs(d.Value)...)
		}
	})
	f.gap(7)
	f.hrule(ruleGrey, 0.6)
}

// plainPart is a part as a heading, then its table or rows labelled
// labelW points wide, then its notes in a quiet line.
func plainPart(f *flow, p negotiation.Part, labelW float64) {
	partHeading(f, p)
	if p.Table != nil {
		personTable(f, *p.Table)
	}
	for _, r := range p.Rows {
		outlineRow(f, labelW, r)
	}
	for _, n := range p.Notes {
		f.text(note, runs(n)...)
	}
}

// scene is part 1: the activities on the left, how, how long, where and
// who on the right.
func scene(f *flow, p negotiation.Part) {
	partHeading(f, p)
	f.columns([]float64{0.6, 0.4}, columnGap, func(col int, c *flow) {
		if col == 1 {
			for _, r := range p.Aside {
				outlineRow(c, 58, r)
			}
			return
		}
		if len(p.Rows) == 0 {
			c.text(body, run{text: p.Empty.Text, colour: muted})
		}
		// the status column is as wide as its longest word needs (German's
		// "Ausprobieren" broke inside the word at 54 points)
		statusW := 54.0
		for _, r := range p.Rows {
			statusW = max(statusW, c.m.width(r.Label.Text, true, label.size)+6)
		}
		for _, r := range p.Rows {
			labelled(c, statusW, r.Label.Text, func(v *flow) {
				if len(r.Value) > 0 {
					v.text(body, runs(r.Value)...)
				}
				for _, item := range r.Items {
					bullet(v, body, runs(item)...)
				}
			})
			c.gap(3)
		}
	})
}
