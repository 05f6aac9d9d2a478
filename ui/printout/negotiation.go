package printout

import (
	"fmt"
	"time"

	"parley/domain/negotiation"
)

// How the negotiation page is made, and what was decided where the
// specification was silent:
//
//   - The page reads top to bottom in DOMAIN.md's order: title, people and
//     dates; 1 what we're doing; 2 limits; 3 safewords and signals; 4
//     aftercare; then physical conditions and emotional landscape, what is
//     new since last time (only when someone wrote something) and leaving
//     the play area (for a play party, or when anything was written).
//   - Each person's limits sit side by side (three across at most; four
//     people make two rows of two), in LimitsOrder: whoever receives comes
//     first. Aftercare and the physical and emotional notes are tables with
//     a row per person, so three or four people still fit.
//   - Colour never works alone: hard limits are on a pale red band with a
//     red bar under the words "Hard limits — never"; each traffic-light dot
//     has its colour's name beside it.
//   - A missing date, safeword, signal or aftercare is printed as "Not set
//     yet" or "Not written yet" so the gap shows; an empty setting, roles
//     or intensity line is left out. A template's untouched example text
//     for leaving a play party counts as not agreed.
//   - The scene and debrief dates show their time of day when they have
//     one; the negotiated and agreed dates never do. A document not yet
//     agreed says so under the names.
//   - Text sizes are tried from 1 down in steps of 0.05 while the body
//     stays at 7.5 pt or more (9 pt at scale 1). A document too long even
//     then goes on to further pages at the smallest size, cutting only
//     between lines, never through a box, a hard limit, a table row, or a
//     heading and what follows it.
//   - Each person's answer about drink or drugs is a column of the
//     physical and emotional table (when anyone answered). The check on
//     the day follows the table: the answers when someone has given them,
//     otherwise one small line that asks the question, so a page agreed
//     days before still asks it on the day (a full row would push the
//     realistic first scene off one A4 page). The safe call is printed
//     with leaving the play area for a party, or under its own heading
//     when written for another scene. A high-risk activity's note says so.
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
	title := doc.DisplayTitle()
	p, err := newPage(size, title, created)
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
		ops = layoutNegotiation(doc, m, s, width)
		if height(ops) <= room {
			break
		}
	}
	pieces, pages := paginate(ops, room, room-contRoom)
	for page := range pages {
		if page > 0 {
			p.newSheet()
			continuedHeader(p, m, doc, title)
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
		footer(p, created, page, pages)
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
