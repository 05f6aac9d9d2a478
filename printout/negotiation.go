package printout

import (
	"fmt"
	"time"

	"parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/domain/negotiation"
)

// How the negotiation page is made. What it says, in what order, and when
// a line shows or is left out is negotiation.OutlineOf's
// (domain/negotiation/outline.go), which the screen's preview renders too;
// this package decides only how it sits on paper:
//
//   - Title, people and agreement on the left, the dates on the right;
//     part 1 has the activities on the left and how, how long, where and
//     who beside them; the safeword rule is boxed on the left of part 3.
//   - Each person's limits sit side by side (three across at most; four
//     people make two rows of two). Aftercare and the physical and
//     emotional notes are tables with a row per person, so three or four
//     people still fit; the check on the day is one labelled row under
//     that table, or, while nobody has answered, one small line asking it
//     (a full row would push the realistic first scene off one A4 page).
//   - A standing agreement's page has the same header, then its own
//     parts: the roles as a table, the rules and rituals as labelled
//     lists, the limits as a scene's, pausing or ending boxed on the left
//     like the safeword rule, aftercare as a table, and the check-ins and
//     the review date side by side at the end (two short parts; side by
//     side the realistic agreement stays on one A4 page at 0.95).
//   - Colour never works alone: hard limits are on a pale red band with a
//     red bar under the words "Hard limits — never"; each traffic-light dot
//     has its colour's name beside it. A gap ("Not written yet") is muted;
//     in the header and the tables it is bold as well, so it still shows.
//   - Text sizes are tried from 1 down in steps of 0.05 while the body
//     stays at 7.5 pt or more (9 pt at scale 1). A document too long even
//     then goes on to further pages at the smallest size, cutting only
//     between lines, never through a box, a hard limit, a table row, or a
//     heading and what follows it.
//   - Characters the font lacks are printed as U+FFFD and listed in
//     Result.Missing, so a limit written in another script never vanishes
//     silently; invisible formatting characters are left out.

// Result is a negotiation printout and how it came out, so the screen can
// tell the person when it did not fit on one page as it is.
type Result struct {
	PDF   []byte
	Pages int
	// Shrunk is true when the text was printed smaller than usual to fit.
	Shrunk bool
	// Scale is the text size used, 1 being the usual size.
	Scale float64
	// Missing lists the characters Parley's font has no letter for (some
	// scripts and emoji), each once; they are printed as "\uFFFD" so
	// the gap shows. Empty when everything could be printed.
	Missing string
}

// Negotiation prints a negotiation document: one page of A4 or US Letter
// when it fits. When it does not, the text is made smaller step by step,
// never below a readable size (7.5 pt), and whatever still does not fit
// goes on to further pages, each with a small header. created is the date
// in the footer (in its own time zone) and the PDF's creation date, so the
// same input always gives the same bytes.
func Negotiation(doc negotiation.Document, created time.Time, size PageSize) (Result, error) {
	return NegotiationIn(doc, created, size, nil)
}

// NegotiationIn is Negotiation with Parley's words in the language lang
// renders (internal/i18n's Language; nil is British English): the
// document's language, which the print dialog chooses.
func NegotiationIn(doc negotiation.Document, created time.Time, size PageSize, lang message.Renderer) (Result, error) {
	return NegotiationOutlineIn(negotiation.OutlineOf(doc, created), created, size, lang)
}

// NegotiationOutline prints a document's outline (negotiation.OutlineOf),
// as Negotiation does; created is the PDF's creation date.
func NegotiationOutline(o negotiation.Outline, created time.Time, size PageSize) (Result, error) {
	return NegotiationOutlineIn(o, created, size, nil)
}

// NegotiationOutlineIn is NegotiationOutline in the language lang renders
// (nil: the outline's own British English).
func NegotiationOutlineIn(o negotiation.Outline, created time.Time, size PageSize, lang message.Renderer) (Result, error) {
	pageOf := func(page, pages int) string { return negotiation.PageOf(page, pages).Text }
	if lang != nil {
		o = o.In(lang)
		pageOf = func(page, pages int) string { return negotiation.PageOf(page, pages).In(lang).Text }
	}
	p, err := newPage(size, o.Title.String(), created)
	if err != nil {
		return Result{}, err
	}
	m := newMeasurer(&p.pdf)
	width := p.size.W - 2*marginX
	room := p.size.H - marginTop - marginBottom - footerRoom
	var ops []op
	scale := 1.0
	for _, s := range scales() {
		scale = s
		ops = layoutNegotiation(o, m, s, width)
		if height(ops) <= room {
			break
		}
	}
	pieces, pages := paginate(ops, room, room-contRoom)
	for page := range pages {
		if page > 0 {
			p.newSheet()
			continuedHeader(p, m, o)
		}
		top := marginTop
		if page > 0 {
			top += contRoom
		}
		for _, pc := range pieces {
			if pc.page == page {
				draw(p, pc.op, top)
			}
		}
		footer(p, o, page, pages, pageOf)
	}
	pdf, err := p.bytes()
	if err != nil {
		return Result{}, fmt.Errorf("printout: the negotiation could not be written as a PDF: %w", err)
	}
	return Result{PDF: pdf, Pages: pages, Shrunk: scale < 1, Scale: scale, Missing: string(m.missing)}, nil
}

// height is how tall a strip of ops is.
func height(ops []op) float64 {
	h := 0.0
	for _, o := range ops {
		h = max(h, o.bottom())
	}
	return h
}
