package printout

import (
	"parleyapp.org/parley/domain/negotiation"
)

// draw puts one op on the current page, top points below the page's top.
func draw(p *page, o op, top float64) {
	x, y := marginX+o.x, top+o.y
	switch o.kind {
	case opText:
		p.pdf.SetTextColor(o.colour.r, o.colour.g, o.colour.b)
		_ = p.pdf.SetFont(fontName(o.bold), "", o.size)
		// Centre the capitals in the line's box: Noto Sans's capitals
		// are 0.714 em tall.
		p.pdf.SetXY(x, y+o.h/2+0.357*o.size)
		_ = p.pdf.Text(o.text)
	case opRect:
		p.pdf.SetFillColor(o.fill.r, o.fill.g, o.fill.b)
		p.pdf.SetStrokeColor(o.colour.r, o.colour.g, o.colour.b)
		p.pdf.SetLineWidth(o.width)
		p.pdf.RectFromUpperLeftWithStyle(x, y, o.w, o.h, o.style)
	case opLine:
		p.pdf.SetStrokeColor(o.colour.r, o.colour.g, o.colour.b)
		p.pdf.SetLineWidth(o.width)
		p.pdf.Line(x, y, x+o.w, y+o.h)
	case opDot:
		p.pdf.SetFillColor(o.fill.r, o.fill.g, o.fill.b)
		_ = p.pdf.Rectangle(x, y, x+o.w, y+o.h, "F", o.w/2, 6)
	}
}

// continuedHeader is the small line at the top of the pages after the
// first.
func continuedHeader(p *page, m *measurer, o negotiation.Outline) {
	line := m.printable(o.Continued.Text)
	p.pdf.SetTextColor(muted.r, muted.g, muted.b)
	_ = p.pdf.SetFont(fontBold, "", labelSize+1)
	p.pdf.SetXY(marginX, marginTop+9)
	_ = p.pdf.Text(line)
	p.pdf.SetStrokeColor(ruleGrey.r, ruleGrey.g, ruleGrey.b)
	p.pdf.SetLineWidth(0.6)
	p.pdf.Line(marginX, marginTop+14, p.size.W-marginX, marginTop+14)
}

// footer says who made the page and when, and the page number when there
// is more than one.
func footer(p *page, o negotiation.Outline, page, pages int, pageOf func(page, pages int) string) {
	y := p.size.H - marginBottom
	p.pdf.SetTextColor(muted.r, muted.g, muted.b)
	_ = p.pdf.SetFont(fontRegular, "", footerSize)
	p.pdf.SetXY(marginX, y)
	_ = p.pdf.Text(o.Footer.Text)
	if pages > 1 {
		n := pageOf(page+1, pages)
		w, _ := p.pdf.MeasureTextWidth(n)
		p.pdf.SetXY(p.size.W-marginX-w, y)
		_ = p.pdf.Text(n)
	}
}
