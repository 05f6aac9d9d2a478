package printout

import (
	"fmt"
	"strings"
	"time"

	"github.com/signintech/gopdf"

	"parleyapp.org/parley/assets"
)

// PageSize is the paper a page is laid out for.
type PageSize string

const (
	A4     PageSize = "A4"
	Letter PageSize = "Letter"
)

// PageSizeFor picks the usual paper for a locale such as "en-GB" or
// "en_US.UTF-8": US Letter in the United States, Canada, Mexico, the
// Philippines and a few others; A4 everywhere else.
func PageSizeFor(locale string) PageSize {
	l := strings.ToUpper(strings.ReplaceAll(locale, "_", "-"))
	if i := strings.IndexAny(l, ".@"); i >= 0 {
		l = l[:i]
	}
	parts := strings.Split(l, "-")
	region := parts[len(parts)-1]
	switch region {
	case "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR":
		return Letter
	}
	return A4
}

func (s PageSize) rect() *gopdf.Rect {
	if s == Letter {
		return gopdf.PageSizeLetter
	}
	return gopdf.PageSizeA4
}

const (
	fontRegular = "regular"
	fontBold    = "bold"
	margin      = 42.0 // points: about 15 mm
)

// page is a PDF under construction with a y cursor.
type page struct {
	pdf    gopdf.GoPdf
	size   *gopdf.Rect
	y      float64
	pages  int
	scale  float64 // text size multiplier, 1 = normal
	onPage func(p *page)
}

func newPage(size PageSize, title string, created time.Time) (*page, error) {
	p := &page{size: size.rect(), scale: 1}
	p.pdf.Start(gopdf.Config{PageSize: *p.size, Unit: gopdf.UnitPT})
	p.pdf.SetInfo(gopdf.PdfInfo{Title: title, Creator: "Parley", Producer: "Parley", CreationDate: created})
	if err := p.pdf.AddTTFFontData(fontRegular, assets.FontRegular); err != nil {
		return nil, fmt.Errorf("printout: font: %w", err)
	}
	if err := p.pdf.AddTTFFontData(fontBold, assets.FontBold); err != nil {
		return nil, fmt.Errorf("printout: font: %w", err)
	}
	p.newSheet()
	return p, nil
}

func (p *page) newSheet() {
	p.pdf.AddPage()
	p.pages++
	p.y = margin
	if p.onPage != nil {
		p.onPage(p)
	}
}

func (p *page) width() float64  { return p.size.W - 2*margin }
func (p *page) bottom() float64 { return p.size.H - margin }

// ensure starts a new sheet when h points do not fit on this one.
func (p *page) ensure(h float64) {
	if p.y+h > p.bottom() {
		p.newSheet()
	}
}

func (p *page) font(bold bool, size float64) {
	name := fontRegular
	if bold {
		name = fontBold
	}
	_ = p.pdf.SetFont(name, "", size*p.scale)
}

// text writes wrapped text at x (relative to the left margin) within width
// w, moving the cursor down, and returns the height used.
func (p *page) text(x, w float64, s string, bold bool, size float64) float64 {
	p.font(bold, size)
	lead := size * p.scale * 1.32
	start := p.y
	for _, para := range strings.Split(s, "\n") {
		lines := []string{""}
		if strings.TrimSpace(para) != "" {
			var err error
			lines, err = p.pdf.SplitTextWithWordWrap(para, w)
			if err != nil {
				lines = []string{para}
			}
		}
		for _, line := range lines {
			p.ensure(lead)
			p.pdf.SetXY(margin+x, p.y)
			_ = p.pdf.Cell(nil, line)
			p.y += lead
		}
	}
	return p.y - start
}

// colour sets the text colour.
func (p *page) colour(r, g, b uint8) { p.pdf.SetTextColor(r, g, b) }

func (p *page) bytes() ([]byte, error) { return p.pdf.GetBytesPdfReturnErr() }
