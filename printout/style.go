package printout

// Colours of the negotiation printout. Colour only ever adds to a word:
// red goes with "Hard limits — never", green, amber and red with their
// names in the traffic light.
var (
	ink      = rgb{43, 40, 37}
	muted    = rgb{107, 100, 92}
	accent   = rgb{46, 111, 104}
	red      = rgb{178, 34, 34}
	redTint  = rgb{251, 236, 233}
	ruleGrey = rgb{208, 200, 189}
	boxTint  = rgb{244, 241, 234}
	green    = rgb{46, 139, 87}
	amber    = rgb{222, 143, 10}
)

// Sizes in points at scale 1. The body is never printed below
// minBodySize: past that the printout goes on to a second page instead.
const (
	titleSize   = 19.0
	peopleSize  = 11.0
	headingSize = 11.0
	nameSize    = 10.0
	bodySize    = 9.0
	labelSize   = 7.5
	footerSize  = 7.5
	minBodySize = 7.5
)

// Paragraph shapes.
var (
	body      = para{size: bodySize, leading: 1.26}
	label     = para{size: labelSize, leading: 1.35}
	hardLabel = para{size: labelSize + 1, leading: 1.3} // "Hard limits — never"
	name      = para{size: nameSize, leading: 1.3}
	note      = para{size: labelSize + 0.5, leading: 1.3}
	bigWord   = para{size: 13, leading: 1.25} // the safeword itself
)

// Page geometry in points.
const (
	marginX      = 38.0
	marginTop    = 34.0
	marginBottom = 28.0 // below the footer line
	footerRoom   = 16.0 // between the text area and the footer's baseline
	columnGap    = 20.0
	contRoom     = 24.0 // the small header on pages after the first
)

// scales are the text sizes tried, largest first, down to the smallest
// that keeps the body at minBodySize.
func scales() []float64 {
	var out []float64
	for s := 1.0; s*bodySize >= minBodySize-0.001; s -= 0.05 {
		out = append(out, s)
	}
	return out
}
