package printout

import (
	"strings"
	"unicode"

	"github.com/signintech/gopdf"
)

// measurer measures text in the embedded fonts. Widths grow in proportion
// to the font size, so each word is measured once, at 1000 pt, and kept.
// It also notes the characters the fonts have no letter for.
type measurer struct {
	pdf     *gopdf.GoPdf
	cache   map[measureKey]float64
	has     map[rune]bool
	missing []rune // in order of first appearance
}

type measureKey struct {
	text string
	bold bool
}

func newMeasurer(pdf *gopdf.GoPdf) *measurer {
	return &measurer{pdf: pdf, cache: map[measureKey]float64{}, has: map[rune]bool{}}
}

// replacement stands in for a character the fonts do not have, so the gap
// shows on paper instead of the character silently disappearing.
const replacement = '\uFFFD'

// printable returns s with invisible formatting characters (zero-width
// joiners, emoji variation selectors, soft hyphens) left out and every
// character the fonts cannot draw replaced by replacement, noting which.
func (m *measurer) printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || r == ' ' {
			return r
		}
		if unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || unicode.Is(unicode.Variation_Selector, r) {
			return -1
		}
		ok, seen := m.has[r]
		if !seen {
			_ = m.pdf.SetFont(fontRegular, "", 10)
			ok, _ = m.pdf.IsCurrFontContainGlyph(r)
			m.has[r] = ok
			if !ok {
				m.missing = append(m.missing, r)
			}
		}
		if !ok {
			return replacement
		}
		return r
	}, s)
}

// width is the width of s in points at this size.
func (m *measurer) width(s string, bold bool, size float64) float64 {
	k := measureKey{s, bold}
	w, ok := m.cache[k]
	if !ok {
		_ = m.pdf.SetFont(fontName(bold), "", 1000)
		w, _ = m.pdf.MeasureTextWidth(s)
		m.cache[k] = w
	}
	return w * size / 1000
}

func fontName(bold bool) string {
	if bold {
		return fontBold
	}
	return fontRegular
}

// wrap breaks runs into lines no wider than width. Words break only at
// spaces and line breaks, unless one word
// is wider than a whole line.
func (m *measurer) wrap(runs []run, size, width float64) [][]segment {
	var lines [][]segment
	var line []segment
	x := 0.0
	newLine := func() {
		lines = append(lines, line)
		line, x = nil, 0
	}
	printed := make([]run, len(runs))
	for i, r := range runs {
		printed[i] = r
		printed[i].text = m.printable(r.text)
	}
	for _, w := range words(printed) {
		if w.br && len(line) > 0 {
			newLine()
		}
		sp := 0.0
		if w.space && len(line) > 0 {
			sp = m.width(" ", w.bold, size)
		}
		ww := m.width(w.text, w.bold, size)
		if len(line) > 0 && x+sp+ww > width {
			newLine()
			sp = 0
		}
		for _, piece := range m.pieces(w.text, w.bold, size, width-x-sp, width) {
			if !piece.first {
				newLine()
				sp = 0
			}
			line = appendWord(line, x+sp, piece.w, piece.text, w, sp > 0)
			x += sp + piece.w
		}
	}
	if len(line) > 0 || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// piece is part of a word too long for a line.
type piece struct {
	text  string
	w     float64
	first bool
}

// pieces splits a word into parts that fit: the first in room (the rest
// of the current line), the others in full lines. A word that fits in room
// is one piece.
func (m *measurer) pieces(s string, bold bool, size, room, full float64) []piece {
	w := m.width(s, bold, size)
	if w <= room {
		return []piece{{s, w, true}}
	}
	var out []piece
	rs := []rune(s)
	limit := room
	for len(rs) > 0 {
		n := 1
		for n < len(rs) && m.width(string(rs[:n+1]), bold, size) <= limit {
			n++
		}
		part := string(rs[:n])
		out = append(out, piece{part, m.width(part, bold, size), len(out) == 0})
		rs = rs[n:]
		limit = full
	}
	return out
}

// appendWord adds a word to a line, joining it to the last segment when
// the style is the same.
func appendWord(line []segment, x, w float64, text string, st word, space bool) []segment {
	if n := len(line); n > 0 && line[n-1].bold == st.bold && line[n-1].colour == st.colour {
		if space {
			text = " " + text
		}
		line[n-1].text += text
		line[n-1].w = x + w - line[n-1].x
		return line
	}
	return append(line, segment{x: x, w: w, text: text, bold: st.bold, colour: st.colour})
}
