package kit

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
)

// PreviewSegments is the page as the screen shows it: a renderer of the
// document's outline (negotiation.OutlineOf), so the preview, the
// history's read-only view (docText) and the printout show the same
// parts, labels and gaps. The footer is the paper's alone.
func PreviewSegments(d negotiation.Document) []widget.RichTextSegment {
	return OutlineSegments(negotiation.OutlineOf(d, time.Time{}))
}

// OutlineSegments renders an outline as rich text, top to bottom.
func OutlineSegments(o negotiation.Outline) []widget.RichTextSegment {
	p := &pageText{}
	p.add(Seg(block(widget.RichTextStyleHeading), o.Title.String()))
	if o.People != "" {
		p.line(Seg(PlainInline, o.People))
	}
	for _, r := range o.Dates {
		p.row(r)
	}
	p.line(spanSegs([]negotiation.Span{o.Agreed})...)
	for _, part := range o.Parts {
		p.part(part)
	}
	return EndLines(p.segs)
}

// pageText collects the preview's segments.
type pageText struct{ segs []widget.RichTextSegment }

var (
	PlainInline  = widget.RichTextStyleInline
	StrongInline = widget.RichTextStyleStrong
	QuietInline  = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}
	RedStrong    = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameError, TextStyle: fyne.TextStyle{Bold: true}}
)

func Seg(style widget.RichTextStyle, text string) *widget.TextSegment {
	return &widget.TextSegment{Style: style, Text: text}
}

// block is a style that ends its line. Fyne's heading styles are inline,
// so without this a heading and the line after it are drawn as one.
func block(style widget.RichTextStyle) widget.RichTextStyle {
	style.Inline = false
	return style
}

func (p *pageText) add(s ...widget.RichTextSegment) { p.segs = append(p.segs, s...) }

// paragraph turns runs into one paragraph: every run inline but the
// last, which ends the line (RichText breaks after a block segment).
// A run that starts with a line break (an activity's notes, a condition)
// starts a new line: the run before it ends its line instead, because a
// break inside an inline run wraps the rest of the item oddly.
func paragraph(runs []*widget.TextSegment) *widget.ParagraphSegment {
	texts := make([]widget.RichTextSegment, len(runs))
	for i, r := range runs {
		breaks := i+1 < len(runs) && strings.HasPrefix(runs[i+1].Text, "\n")
		if i == len(runs)-1 || breaks || strings.HasPrefix(r.Text, "\n") {
			c := *r
			if rest, ok := strings.CutPrefix(c.Text, "\n"); ok {
				c.Text = " " + rest // a space where the break was, for text read out or copied
			}
			if i == len(runs)-1 || breaks {
				c.Style.Inline = false
			}
			r = &c
		}
		texts[i] = r
	}
	return &widget.ParagraphSegment{Texts: texts}
}

// line is one paragraph made of runs.
func (p *pageText) line(runs ...*widget.TextSegment) { p.add(paragraph(runs)) }

// bullets is a list, each item a paragraph of runs.
func (p *pageText) bullets(items [][]*widget.TextSegment) {
	if len(items) == 0 {
		return
	}
	list := &widget.ListSegment{}
	for _, runs := range items {
		list.Items = append(list.Items, paragraph(runs))
	}
	p.add(list)
}

// part is one part of the outline: its heading, the safeword rule, its
// rows, each person's block, its table and its notes.
func (p *pageText) part(part negotiation.Part) {
	if part.Title.Text != "" {
		title := Words(part.Title)
		if part.Number != "" {
			title = part.Number + "   " + title
		}
		p.add(&widget.SeparatorSegment{})
		p.add(Seg(block(widget.RichTextStyleSubHeading), title))
	}
	if r := part.Rule; r != nil {
		p.line(Seg(StrongInline, Words(r.Title)))
		p.line(Seg(PlainInline, Words(r.Text)))
	}
	if len(part.Rows) == 0 && part.Empty.Text != "" {
		p.line(Seg(QuietInline, Words(part.Empty)))
	}
	for _, r := range append(part.Rows, part.Aside...) {
		p.row(r)
	}
	for _, g := range part.Groups {
		p.line(Seg(StrongInline, g.Person))
		if g.Note.Text != "" {
			p.line(Seg(QuietInline, Words(g.Note)))
		}
		if len(g.Rows) == 0 && g.Empty.Text != "" {
			p.line(Seg(QuietInline, Words(g.Empty)))
		}
		for _, r := range g.Rows {
			p.row(r)
		}
	}
	if t := part.Table; t != nil {
		for _, r := range t.Rows {
			p.line(Seg(StrongInline, r.Person))
			var items [][]*widget.TextSegment
			for col, cell := range r.Cells {
				if cell != nil {
					items = append(items, append([]*widget.TextSegment{Seg(StrongInline, Words(t.Columns[col])+": ")}, spanSegs(cell)...))
				}
			}
			p.bullets(items)
		}
	}
	for _, n := range part.Notes {
		p.line(spanSegs(n)...)
	}
}

// row is "Label: value", a label over a list, or the label with its
// missing words in a quiet voice.
func (p *pageText) row(r negotiation.Row) {
	var label []*widget.TextSegment
	if r.Label.Text != "" {
		label = []*widget.TextSegment{Seg(labelStyle(r.Emphasis), Words(r.Label)+": ")}
	}
	switch {
	case r.List || len(r.Items) > 0:
		if r.Label.Text != "" {
			p.line(Seg(labelStyle(r.Emphasis), Words(r.Label)))
		}
		if r.Empty() {
			p.line(Seg(QuietInline, Words(r.Missing)))
		}
		var items [][]*widget.TextSegment
		for _, it := range r.Items {
			segs := spanSegs(it)
			if r.Band { // a hard limit: red and bold, as on paper's band
				for i, s := range segs {
					segs[i] = Seg(RedStrong, s.Text)
				}
			}
			items = append(items, segs)
		}
		p.bullets(items)
	case r.Empty():
		p.line(append(label, Seg(QuietInline, Words(r.Missing)))...)
	default:
		p.line(append(label, spanSegs(r.Value)...)...)
	}
}

// labelStyle is a label's style: bold, red for the hard limits.
func labelStyle(e negotiation.Emphasis) widget.RichTextStyle {
	if e == negotiation.Danger {
		return RedStrong
	}
	return StrongInline
}

// spanSegs turns an outline's spans into text segments.
func spanSegs(spans []negotiation.Span) []*widget.TextSegment {
	var out []*widget.TextSegment
	for _, s := range spans {
		text := s.Text
		if text == "" {
			text = Words(s.Words)
		}
		style := PlainInline
		switch s.Emphasis {
		case negotiation.Strong:
			style = StrongInline
		case negotiation.Quiet, negotiation.Gap:
			style = QuietInline
		case negotiation.Danger:
			style = RedStrong
		case negotiation.Green:
			style = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameSuccess, TextStyle: fyne.TextStyle{Bold: true}}
		case negotiation.Amber:
			style = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}}
		}
		out = append(out, Seg(style, text))
	}
	return out
}

// Words is the outline's own text as the screen shows it. Not through
// lang.L yet: the outline's words carry people's names inside them, and
// lang.L would read those as templates (and log a failure with the name
// in it). The languages issue turns Words into a message ID and
// arguments; this is the one place that then calls lang.L.
func Words(w negotiation.Words) string { return w.Text }

// HiddenLimitButtons offers, for each person whose limits are still sealed
// to their protected list, a button that asks for that list's PIN (ask
// gets the list's profile ID).
func HiddenLimitButtons(doc negotiation.Document, ask func(profile string)) []*widget.Button {
	var out []*widget.Button
	for i, part := range doc.Participants {
		if len(part.HiddenLimits) == 0 {
			continue
		}
		profile := part.ProfileID
		out = append(out, widget.NewButtonWithIcon(lang.L("Show {{.Name}}'s limits…", map[string]any{"Name": doc.DisplayName(i)}), theme.VisibilityIcon(), func() { ask(profile) }))
	}
	return out
}

// HiddenLimitsLine stands in for limits still sealed to a protected list:
// never their content.
func HiddenLimitsLine(name string) string {
	return lang.L("{{.Name}}'s limits from their protected list — enter {{.Name}}'s PIN to show.", map[string]any{"Name": name})
}

// EndLines makes every paragraph end its line. Fyne 2.7 ends a row after
// a paragraph only when the paragraph's last text is not inline;
// otherwise the next paragraph runs on along the same row.
func EndLines(segs []widget.RichTextSegment) []widget.RichTextSegment {
	out := make([]widget.RichTextSegment, len(segs))
	for i, s := range segs {
		switch s := s.(type) {
		case *widget.ParagraphSegment:
			texts := append([]widget.RichTextSegment(nil), s.Texts...)
			if n := len(texts); n > 0 {
				if last, ok := texts[n-1].(*widget.TextSegment); ok && last.Style.Inline {
					ended := *last
					ended.Style.Inline = false
					texts[n-1] = &ended
				}
			}
			out[i] = &widget.ParagraphSegment{Texts: texts}
		case *widget.ListSegment:
			out[i] = &widget.ListSegment{Items: EndLines(s.Items), Ordered: s.Ordered}
		default:
			out[i] = s
		}
	}
	return out
}
