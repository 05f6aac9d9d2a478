package printout

import (
	"strings"

	"parley/domain/negotiation"
)

// safewords is part 3: the rule in a box; the word, the signal and the
// traffic light beside it.
func safewords(f *flow, d negotiation.Document) {
	heading(f, "3", negotiation.SectionSafewords.Label())
	sw := d.Safewords
	f.columns([]float64{0.5, 0.5}, columnGap, func(col int, c *flow) {
		if col == 0 {
			ruleBox(c)
			return
		}
		const lw = 70
		if w := strings.TrimSpace(sw.Word); w != "" {
			labelled(c, lw, "Our safeword", func(v *flow) {
				v.gap(-3) // the word is larger: lift it level with its label
				v.text(bigWord, run{text: w, bold: true, colour: ink})
			})
			c.gap(3)
		} else {
			field(c, lw, "Our safeword", "", "Not written yet")
		}
		field(c, lw, "Without words", strings.TrimSpace(sw.Signal), "Not written yet")
		if sw.TrafficLight {
			c.gap(2)
			trafficLight(c, lw)
		}
	})
}

// ruleBox is the safeword rule in an outlined box.
func ruleBox(f *flow) {
	box := f.reserve()
	top := f.y
	pad := 9 * f.scale
	f.gap(9)
	s := f.sub(f.x+pad, f.w-2*pad)
	s.text(para{size: nameSize, leading: 1.3}, run{text: SafewordRuleTitle, bold: true, colour: ink})
	s.gap(3)
	s.text(body, run{text: SafewordRule, colour: ink})
	f.glueFrom = -1
	f.absorb(s)
	f.gap(9)
	f.ops[box] = op{kind: opRect, x: f.x, y: top, w: f.w, h: f.y - top, fill: boxTint, colour: accent, width: 1.4 * f.scale, style: "FD"}
}

// trafficLight explains the three colours, each with its word.
func trafficLight(f *flow, lw float64) {
	lights := []struct {
		colour      rgb
		word, means string
	}{
		{green, "Green", "all good, carry on"},
		{amber, "Amber", "ease off, check in, keep going"},
		{red, "Red", "stop now: the scene is over"},
	}
	title := "Traffic light"
	for _, l := range lights {
		dot := 6.5 * f.scale
		lead := bodySize * f.scale * body.leading
		x := f.x + lw*f.scale
		f.ops = append(f.ops, op{kind: opDot, x: x - dot - 4*f.scale, y: f.y + (lead-dot)/2, w: dot, h: dot, fill: l.colour})
		row(f, lw, title, run{text: l.word, bold: true, colour: ink}, run{text: " \u2014 " + l.means, colour: ink})
		title = ""
	}
}
