package printout

import (
	"math"
	"slices"
)

// placed is one op on a page, moved to page coordinates (y from the top of
// the text area of that page).
type placed struct {
	page int
	op   op
}

const eps = 0.01

// paginate cuts a strip of ops into pages: the first page has room1
// points of height, the others room points. A cut never goes through a
// box or a kept-together group; it prefers a place where no line is cut
// either, and otherwise moves the lines it would cut to the next page.
// Each page's part starts at its top. There is always at least one page.
func paginate(ops []op, room1, room float64) (out []placed, pages int) {
	rest := slices.Clone(ops)
	for page := 0; len(rest) > 0; page++ {
		avail := room
		if page == 0 {
			avail = room1
		}
		top := topOf(rest)
		var here []op
		here, rest = split(rest, top, top+avail)
		for _, o := range here {
			o.y -= top
			out = append(out, placed{page: page, op: o})
		}
		pages = page + 1
	}
	return out, max(pages, 1)
}

// topOf is the top of the highest op: the smallest y.
func topOf(ops []op) float64 {
	top := math.Inf(1)
	for _, o := range ops {
		top = min(top, o.y)
	}
	return top
}

// split divides ops into those that go on a page ending at limit and those
// that continue on the next. It always places at least one op, so
// pagination ends.
func split(ops []op, top, limit float64) (here, rest []op) {
	end := 0.0
	for _, o := range ops {
		end = max(end, o.bottom())
	}
	cut := limit
	if end > limit+eps {
		cut = bestCut(ops, top, limit)
	}
	for _, o := range ops {
		if o.bottom() <= cut+eps {
			here = append(here, o)
		} else {
			rest = append(rest, o)
		}
	}
	if len(here) == 0 {
		// Nothing fits (something taller than a page): place what starts
		// at the top anyway, so the rest can go on.
		here, rest = nil, nil
		for _, o := range ops {
			if o.y <= top+eps {
				here = append(here, o)
			} else {
				rest = append(rest, o)
			}
		}
	}
	return here, rest
}

// bestCut chooses where a page ends: the lowest point on the page (the
// largest y no further down than limit) that cuts no box or kept group,
// preferring one that cuts no line of text.
func bestCut(ops []op, top, limit float64) float64 {
	clean, fair := -1.0, -1.0
	for _, c := range ops {
		for _, y := range [2]float64{c.y, c.bottom()} {
			if y <= top+eps || y > limit+eps || y <= clean {
				continue
			}
			hard, soft := crosses(ops, y)
			if hard {
				continue
			}
			fair = max(fair, y)
			if !soft {
				clean = y
			}
		}
	}
	switch {
	case clean > 0:
		return clean
	case fair > 0:
		return fair
	}
	return limit
}

// crosses reports whether a cut at y would go through an unbreakable op
// (hard) or a line of text (soft).
func crosses(ops []op, y float64) (hard, soft bool) {
	for _, o := range ops {
		if o.y < y-eps && o.bottom() > y+eps {
			if o.unbreakable() {
				return true, soft
			}
			soft = true
		}
	}
	return false, soft
}
