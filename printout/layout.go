package printout

import "strings"

// The negotiation printout is laid out in two steps: the content is first
// written into a list of drawing operations (ops) positioned in one tall
// strip, then the strip is cut into pages (paginate.go) and drawn
// (render.go). The parts of the page are in part_*.go, built from the
// pieces in blocks.go. Laying out is cheap, so the text scale can be tried step by
// step until the strip fits on one page.

// rgb is a colour.
type rgb struct{ r, g, b uint8 }

// opKind says what an op draws.
type opKind int

const (
	opText opKind = iota // one line of text (or one run of it)
	opRect               // a filled and/or outlined rectangle
	opLine               // a straight line from (x, y) to (x+w, y+h)
	opDot                // a filled circle inside the box
	opGlue               // draws nothing: keeps [y, y+h) on one page
)

// op is one drawing operation. x is from the left edge of the text area,
// y from the top of the strip; for text, y and h are the line's box and the
// baseline sits inside it.
type op struct {
	kind       opKind
	x, y, w, h float64
	text       string
	bold       bool
	size       float64 // font size in points, scale already applied
	colour     rgb     // text, line, or the outline of a rect
	fill       rgb     // a rect's or a dot's fill
	style      string  // a rect's style: "F", "D" or "FD"
	width      float64 // line width of a line or an outlined rect
}

func (o op) bottom() float64 { return o.y + o.h }

// unbreakable reports whether a page may never cut through the op.
func (o op) unbreakable() bool { return o.kind == opRect || o.kind == opGlue }

// run is a piece of a paragraph in one style.
type run struct {
	text   string
	bold   bool
	colour rgb
}

// para is a paragraph's shape: its size and line height.
type para struct {
	size    float64 // unscaled font size
	leading float64 // line height as a multiple of the size
}

// flow lays out one column: a left edge, a width and a y cursor.
type flow struct {
	m     *measurer
	scale float64
	x, w  float64
	y     float64
	ops   []op
	// glueFrom is the top of a heading waiting to be kept with the line
	// that follows it; -1 when none.
	glueFrom float64
}

func newFlow(m *measurer, scale, x, w, y float64) *flow {
	return &flow{m: m, scale: scale, x: x, w: w, y: y, glueFrom: -1}
}

// sub starts a flow inside this one (a column or a box), at the same y,
// carrying over a heading waiting for its first line.
func (f *flow) sub(x, w float64) *flow {
	s := newFlow(f.m, f.scale, x, w, f.y)
	s.glueFrom = f.glueFrom
	return s
}

// absorb takes a sub-flow's ops and moves the cursor below it.
func (f *flow) absorb(s *flow) {
	f.ops = append(f.ops, s.ops...)
	f.y = max(f.y, s.y)
}

// gap moves down by pt (scaled).
func (f *flow) gap(pt float64) { f.y += pt * f.scale }

// keepWithNext keeps everything from top down to the next line written
// on one page (a heading with the first line under it).
func (f *flow) keepWithNext(top float64) {
	if f.glueFrom < 0 || top < f.glueFrom {
		f.glueFrom = top
	}
}

// keepTogether keeps everything from top to the cursor on one page, when
// it is no taller than limit points (scaled): longer stretches may break.
func (f *flow) keepTogether(top, limit float64) {
	if h := f.y - top; h > 0 && h <= limit*f.scale {
		f.ops = append(f.ops, op{kind: opGlue, x: f.x, y: top, w: f.w, h: h})
	}
}

// closeGlue is called after a line: it ends a pending keep-with-next.
func (f *flow) closeGlue() {
	if f.glueFrom >= 0 {
		f.ops = append(f.ops, op{kind: opGlue, x: f.x, y: f.glueFrom, w: f.w, h: f.y - f.glueFrom})
		f.glueFrom = -1
	}
}

// text writes runs as a wrapped paragraph and returns its height.
func (f *flow) text(p para, runs ...run) float64 {
	size := p.size * f.scale
	lead := size * p.leading
	start := f.y
	for _, line := range f.m.wrap(runs, size, f.w) {
		for _, seg := range line {
			f.ops = append(f.ops, op{kind: opText, x: f.x + seg.x, y: f.y, w: seg.w, h: lead,
				text: seg.text, bold: seg.bold, size: size, colour: seg.colour})
		}
		f.y += lead
		f.closeGlue()
	}
	return f.y - start
}

// reserve keeps a place for an op drawn under what follows (a box behind
// its text) and returns its index, to fill in once its size is known.
func (f *flow) reserve() int {
	f.ops = append(f.ops, op{kind: opGlue})
	return len(f.ops) - 1
}

// line draws a horizontal rule across the flow at the cursor.
func (f *flow) hrule(c rgb, width float64) {
	f.ops = append(f.ops, op{kind: opLine, x: f.x, y: f.y, w: f.w, colour: c, width: width * f.scale})
}

// columns lays out columns side by side, gap points apart, each taking
// its share of the width (shares add up to 1), and moves the cursor below
// the tallest.
func (f *flow) columns(shares []float64, gap float64, fill func(col int, c *flow)) {
	if len(shares) == 0 {
		return
	}
	g := gap * f.scale
	room := f.w - g*float64(len(shares)-1)
	subs := make([]*flow, len(shares))
	x := f.x
	for i, share := range shares {
		subs[i] = f.sub(x, room*share)
		x += room*share + g
		fill(i, subs[i])
	}
	f.glueFrom = -1
	for _, s := range subs {
		f.absorb(s)
	}
}

// segment is a stretch of one line in one style, x from the line's start.
type segment struct {
	x, w   float64
	text   string
	bold   bool
	colour rgb
}

// word is one word of a paragraph with its style; space says a space
// comes before it, br that a line break does.
type word struct {
	text   string
	bold   bool
	colour rgb
	space  bool
	br     bool
}

// words splits runs into words, keeping where spaces and line breaks were.
func words(runs []run) []word {
	var out []word
	space, br := false, false
	for _, r := range runs {
		text := strings.NewReplacer("\r\n", "\n", "\r", "\n", "\t", " ").Replace(r.text)
		for li, ln := range strings.Split(text, "\n") {
			if li > 0 {
				br, space = true, false
			}
			for wi, w := range strings.Split(ln, " ") {
				if wi > 0 {
					space = true
				}
				if w == "" {
					continue
				}
				out = append(out, word{text: w, bold: r.bold, colour: r.colour, space: space && len(out) > 0, br: br && len(out) > 0})
				space, br = false, false
			}
		}
	}
	return out
}
