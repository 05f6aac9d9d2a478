package negotiation

import (
	"fmt"

	"parleyapp.org/parley/domain/message"
)

// In is the outline with Parley's words in the language r renders: every
// Words, and the names Parley writes ("Person 2"), in r's language; the
// people's own text as it is. OutlineOf's outline is in British English;
// the printout and the preview call In for any other language.
func (o Outline) In(r message.Renderer) Outline {
	out := o
	out.Title = spanIn(o.Title, r)
	if o.PeopleSays != nil {
		out.People = fmt.Sprint(message.RenderValue(r, o.PeopleSays))
	}
	out.Dates = rowsIn(o.Dates, r)
	out.Agreed = spanIn(o.Agreed, r)
	out.Parts = make([]Part, len(o.Parts))
	for i, p := range o.Parts {
		out.Parts[i] = partIn(p, r)
	}
	out.Continued, out.Footer = o.Continued.In(r), o.Footer.In(r)
	return out
}

func partIn(p Part, r message.Renderer) Part {
	q := p
	q.Title, q.Empty = p.Title.In(r), p.Empty.In(r)
	if p.Rule != nil {
		q.Rule = &Rule{Title: p.Rule.Title.In(r), Text: p.Rule.Text.In(r)}
	}
	q.Rows, q.Aside = rowsIn(p.Rows, r), rowsIn(p.Aside, r)
	q.Groups = make([]Group, len(p.Groups))
	for i, g := range p.Groups {
		h := g
		h.Person = personIn(g.Person, g.PersonSays, r)
		h.Note, h.Empty, h.Rows = g.Note.In(r), g.Empty.In(r), rowsIn(g.Rows, r)
		q.Groups[i] = h
	}
	if p.Table != nil {
		t := &Table{Columns: make([]Words, len(p.Table.Columns)), Rows: make([]TableRow, len(p.Table.Rows))}
		for i, c := range p.Table.Columns {
			t.Columns[i] = c.In(r)
		}
		for i, row := range p.Table.Rows {
			t.Rows[i] = TableRow{Person: personIn(row.Person, row.PersonSays, r), PersonSays: row.PersonSays, Cells: make([][]Span, len(row.Cells))}
			for j, c := range row.Cells {
				t.Rows[i].Cells[j] = spansIn(c, r)
			}
		}
		q.Table = t
	}
	q.Notes = make([][]Span, len(p.Notes))
	for i, n := range p.Notes {
		q.Notes[i] = spansIn(n, r)
	}
	return q
}

func personIn(text string, says any, r message.Renderer) string {
	if says == nil {
		return text
	}
	return fmt.Sprint(message.RenderValue(r, says))
}

func rowsIn(rows []Row, r message.Renderer) []Row {
	if rows == nil {
		return nil
	}
	out := make([]Row, len(rows))
	for i, row := range rows {
		q := row
		q.Label, q.Missing = row.Label.In(r), row.Missing.In(r)
		q.Value = spansIn(row.Value, r)
		if row.Items != nil {
			q.Items = make([][]Span, len(row.Items))
			for j, it := range row.Items {
				q.Items[j] = spansIn(it, r)
			}
		}
		out[i] = q
	}
	return out
}

func spansIn(ss []Span, r message.Renderer) []Span {
	if ss == nil {
		return nil
	}
	out := make([]Span, len(ss))
	for i, s := range ss {
		out[i] = spanIn(s, r)
	}
	return out
}

func spanIn(s Span, r message.Renderer) Span {
	s.Words = s.Words.In(r)
	return s
}
