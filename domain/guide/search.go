package guide

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// doc is a term or an article prepared for search.
type doc struct {
	kind   Kind
	id     string
	title  string
	pieces []piece  // the definition, or each paragraph, heading and bullet
	titleW []string // lower-cased words of the title
	bodyW  []string // lower-cased words of every piece
}

// piece is one searchable text of a doc.
type piece struct {
	text    string
	heading bool
}

func newDoc(kind Kind, id, title string, pieces []piece) doc {
	d := doc{kind: kind, id: id, title: title, pieces: pieces}
	for _, w := range words(title) {
		d.titleW = append(d.titleW, w.text)
	}
	for _, p := range pieces {
		for _, w := range words(p.text) {
			d.bodyW = append(d.bodyW, w.text)
		}
	}
	return d
}

// Search finds the terms and articles that contain every word of the query,
// ignoring case and punctuation. A query word matches any word that starts
// with it ("safe" finds "safeword"), and a trailing "s" on a query word of
// four letters or more is ignored ("limits" finds "limit"). Results whose
// title or name holds every query word come first, then those whose title
// holds some of them, then the rest; within each group, terms come before
// articles, in guide order. A query without words finds nothing.
func (g *Guide) Search(query string) []Ref {
	q := queryWords(query)
	if len(q) == 0 {
		return nil
	}
	type hit struct {
		doc  int
		rank int
	}
	var hits []hit
	for i, d := range g.docs {
		inTitle, ok := matchAll(q, d)
		if !ok {
			continue
		}
		rank := 2
		switch {
		case inTitle == len(q):
			rank = 0
		case inTitle > 0:
			rank = 1
		}
		hits = append(hits, hit{i, rank})
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].rank < hits[b].rank })
	out := make([]Ref, 0, len(hits))
	for _, h := range hits {
		d := g.docs[h.doc]
		out = append(out, Ref{Kind: d.kind, ID: d.id, Title: d.title, Snippet: d.snippet(q)})
	}
	return out
}

// matchAll reports how many query words the title matches, and whether
// every query word matches the title or the body.
func matchAll(q []string, d doc) (inTitle int, ok bool) {
	for _, w := range q {
		switch {
		case anyPrefix(d.titleW, w):
			inTitle++
		case anyPrefix(d.bodyW, w):
		default:
			return 0, false
		}
	}
	return inTitle, true
}

func anyPrefix(words []string, w string) bool {
	for _, x := range words {
		if strings.HasPrefix(x, w) {
			return true
		}
	}
	return false
}

// queryWords splits a query into distinct lower-case words, dropping a
// plural "s" from words of four letters or more.
func queryWords(query string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range words(query) {
		t := w.text
		if utf8.RuneCountInString(t) >= 4 && strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
			t = t[:len(t)-1]
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

type word struct {
	text  string // lower case
	start int    // byte offset in the original text
}

// words splits text into runs of letters and digits.
func words(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, word{strings.ToLower(text[start:i]), start})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{strings.ToLower(text[start:]), start})
	}
	return out
}

// snippet shows the first piece holding a query word that is not in the
// title, around that word; a hit in a heading shows the heading and the
// start of what follows it. When every query word is in the title, it shows
// the start of the text.
func (d doc) snippet(q []string) string {
	var body []string
	for _, w := range q {
		if !anyPrefix(d.titleW, w) {
			body = append(body, w)
		}
	}
	for i, p := range d.pieces {
		for _, w := range words(p.text) {
			if !startsWithAny(w.text, body) {
				continue
			}
			if p.heading && i+1 < len(d.pieces) {
				return snippetAt(p.text+": "+d.pieces[i+1].text, 0)
			}
			return snippetAt(p.text, w.start)
		}
	}
	return d.opening()
}

// opening is the start of the doc's text, skipping a leading heading.
func (d doc) opening() string {
	for _, p := range d.pieces {
		if !p.heading {
			return snippetAt(p.text, 0)
		}
	}
	return ""
}

func startsWithAny(word string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(word, p) {
			return true
		}
	}
	return false
}

const (
	snippetLen    = 160 // bytes, roughly two lines
	snippetBefore = 50  // bytes of context before the hit
)

// snippetAt returns about snippetLen bytes of text around byte offset pos,
// cut at spaces, with an ellipsis where text was left out.
func snippetAt(text string, pos int) string {
	if len(text) <= snippetLen {
		return text
	}
	start := 0
	if pos > snippetBefore {
		start = pos - snippetBefore
		if sp := strings.IndexByte(text[start:pos], ' '); sp >= 0 {
			start += sp + 1
		} else {
			start = pos
		}
	}
	end := start + snippetLen
	if end >= len(text) {
		end = len(text)
	} else if sp := strings.LastIndexByte(text[start:end], ' '); sp > 0 {
		end = start + sp
	} else {
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
	}
	s := strings.TrimSpace(text[start:end])
	if start > 0 {
		s = "…" + s
	}
	if end < len(text) {
		s += "…"
	}
	return s
}
