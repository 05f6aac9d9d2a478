package printout

import (
	"parleyapp.org/parley/domain/negotiation"
)

// heading starts a part of the page: its number and name over a rule in
// the accent colour, kept with what follows.
func heading(f *flow, number, title string) {
	f.gap(11)
	top := f.y
	p := para{size: headingSize, leading: 1.25}
	indent := 0.0
	if number != "" {
		indent = 15 * f.scale
		f.ops = append(f.ops, op{kind: opText, x: f.x, y: f.y, h: p.size * f.scale * p.leading,
			text: number, bold: true, size: p.size * f.scale, colour: accent})
	}
	s := f.sub(f.x+indent, f.w-indent)
	s.text(p, run{text: title, bold: true, colour: accent})
	f.absorb(s)
	f.gap(1.5)
	f.hrule(accent, 0.8)
	f.gap(4.5)
	f.keepWithNext(top)
}

// subheading is a small bold line kept with what follows.
func subheading(f *flow, p para, c rgb, text string) {
	top := f.y
	f.text(p, run{text: text, bold: true, colour: c})
	f.keepWithNext(top)
}

// labelled puts a small label on the left (labelW points wide) and what
// fill writes beside it; the label's baseline lines up with the first
// line's, and the two are kept on one page.
func labelled(f *flow, labelW float64, title string, fill func(c *flow)) {
	labelledIn(f, labelW, labelW-4, title, fill)
}

// labelledIn is labelled with the label's text kept within room points
// (less than labelW-4 where something else sits at the column's end, as
// the traffic light's dots do).
func labelledIn(f *flow, labelW, room float64, title string, fill func(c *flow)) {
	lw := labelW * f.scale
	top := f.y
	l := f.sub(f.x, room*f.scale)
	// A taller box for the smaller label puts both baselines level.
	l.text(para{size: label.size, leading: (body.size*body.leading + 0.714*(body.size-label.size)) / label.size},
		run{text: title, bold: true, colour: muted})
	v := f.sub(f.x+lw, f.w-lw)
	fill(v)
	f.glueFrom = -1
	f.absorb(l)
	f.absorb(v)
	first := v.y
	for _, o := range v.ops {
		if o.kind == opText {
			first = min(first, o.bottom())
		}
	}
	f.ops = append(f.ops, op{kind: opGlue, x: f.x, y: top, w: f.w, h: max(l.y, first) - top})
}

// row is a labelled paragraph.
func row(f *flow, labelW float64, title string, runs ...run) {
	labelled(f, labelW, title, func(c *flow) { c.text(body, runs...) })
	f.gap(3)
}

// bullet writes a paragraph with a bullet hanging in the margin, kept on
// one page unless it is long.
func bullet(f *flow, p para, runs ...run) {
	top := f.y
	indent := 9.0 * f.scale
	f.ops = append(f.ops, op{kind: opText, x: f.x, y: f.y, h: p.size * f.scale * p.leading,
		text: "•", size: p.size * f.scale, colour: muted})
	s := f.sub(f.x+indent, f.w-indent)
	s.text(p, runs...)
	f.glueFrom = -1
	f.absorb(s)
	f.keepTogether(top, 90)
}

// people lays out one column per person (two to a row when there are
// four), in order.
func people(f *flow, n int, fill func(c *flow, k int)) {
	per := n
	if per == 4 {
		per = 2
	}
	for start := 0; start < n; start += per {
		end := min(start+per, n)
		shares := make([]float64, per)
		for i := range shares {
			shares[i] = 1 / float64(per)
		}
		if start > 0 {
			f.gap(8)
		}
		f.columns(shares, columnGap, func(col int, c *flow) {
			if start+col < end {
				fill(c, start+col)
			}
		})
	}
}

// personTable lays out a row for each person (their name on the left)
// and a column for each title; a nil cell is blank. Columns with more to
// say are wider.
func personTable(f *flow, t negotiation.Table) {
	nameW := 0.0
	weights := make([]float64, len(t.Columns))
	for col, c := range t.Columns {
		weights[col] = float64(len([]rune(c.Text)))
	}
	for _, r := range t.Rows {
		nameW = max(nameW, f.m.width(r.Person, true, nameSize*f.scale))
		for col, cell := range r.Cells {
			n := 0
			for _, s := range cell {
				n += len([]rune(s.String()))
			}
			weights[col] = max(weights[col], float64(n))
		}
	}
	nameShare := min(nameW+10*f.scale, 0.2*f.w) / f.w
	total := 0.0
	for col := range weights {
		weights[col] = min(max(weights[col], 40), 150)
		total += weights[col]
	}
	shares := []float64{nameShare}
	for _, w := range weights {
		shares = append(shares, (1-nameShare)*w/total)
	}
	tableTop := f.y
	f.columns(shares, 12, func(col int, c *flow) {
		if col > 0 {
			c.text(label, run{text: t.Columns[col-1].Text, bold: true, colour: muted})
		}
	})
	f.gap(1)
	f.keepWithNext(tableTop)
	for k, r := range t.Rows {
		if k > 0 {
			f.gap(3)
			f.hrule(ruleGrey, 0.5)
		}
		f.gap(4)
		top := f.y
		f.columns(shares, 12, func(col int, c *flow) {
			if col == 0 {
				c.text(name, run{text: r.Person, bold: true, colour: ink})
			} else if cell := r.Cells[col-1]; cell != nil {
				c.text(body, runs(cell)...)
			}
		})
		f.ops = append(f.ops, op{kind: opGlue, x: f.x, y: top, w: f.w, h: f.y - top})
	}
	f.keepTogether(tableTop, 240)
}
