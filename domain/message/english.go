package message

import (
	"fmt"
	"strings"
	"sync"
	"text/template"
	"unicode"
	"unicode/utf8"
)

// Table renders messages from Source tables in British English, with
// Go's text/template as go-i18n does, so a message reads the same here
// and through the catalogue (internal/i18n tests that it does). The domain
// uses it for the English text it still returns beside each Msg.
type Table struct {
	byID  map[string]Source
	mu    sync.Mutex
	cache map[string]*template.Template
}

// NewTable indexes sources by ID.
func NewTable(sources ...[]Source) *Table {
	t := &Table{byID: map[string]Source{}, cache: map[string]*template.Template{}}
	for _, list := range sources {
		for _, s := range list {
			t.byID[s.ID] = s
		}
	}
	return t
}

// Has reports whether the table knows id.
func (t *Table) Has(id string) bool { _, ok := t.byID[id]; return ok }

// Render writes m in British English: the One text for a count of one,
// else Other. An unknown ID renders as itself, which the tests catch.
func (t *Table) Render(m Msg) string {
	s, ok := t.byID[m.ID]
	if !ok {
		return m.ID
	}
	text := s.Other
	if s.One != "" && isOne(m.Count) {
		text = s.One
	}
	if !strings.Contains(text, "{{") {
		return text
	}
	data := map[string]any{}
	for k, v := range m.Args {
		data[k] = RenderValue(t, v)
	}
	tmpl, err := t.template(text)
	if err != nil {
		return m.ID
	}
	var b strings.Builder
	if err := tmpl.Execute(&b, data); err != nil {
		return m.ID
	}
	return b.String()
}

func (t *Table) template(text string) (*template.Template, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if tmpl, ok := t.cache[text]; ok {
		return tmpl, nil
	}
	tmpl, err := template.New("").Parse(text)
	if err == nil {
		t.cache[text] = tmpl
	}
	return tmpl, err
}

func isOne(count any) bool {
	switch n := count.(type) {
	case int:
		return n == 1
	case int64:
		return n == 1
	}
	return false
}

// RenderValue renders one argument with r: a Msg, a Join or a Capital is
// rendered first; anything else is itself.
func RenderValue(r Renderer, v any) any {
	switch v := v.(type) {
	case Msg:
		return r.Render(v)
	case Join:
		parts := make([]string, len(v.Items))
		for i, it := range v.Items {
			parts[i] = fmt.Sprint(RenderValue(r, it))
		}
		return strings.Join(parts, r.Render(v.Sep))
	case Concat:
		var b strings.Builder
		for _, it := range v {
			fmt.Fprint(&b, RenderValue(r, it))
		}
		return b.String()
	case Capital:
		return capFirst(fmt.Sprint(RenderValue(r, v.Value)))
	case Content:
		if c, ok := r.(ContentRenderer); ok {
			if text, ok := c.ContentText(v.File, v.Key, v.Source); ok {
				return text
			}
		}
		return v.Source
	case MidSentence:
		text := fmt.Sprint(RenderValue(r, v.Value))
		if k, ok := r.(interface{ KeepsCase() bool }); ok && k.KeepsCase() {
			return text
		}
		return lowerFirstWord(text)
	case Short:
		text := fmt.Sprint(RenderValue(r, v.Value))
		if i := strings.Index(text, " ("); i >= 0 {
			return text[:i]
		}
		return text
	}
	return v
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirstWord lower-cases the first letter of a name like "Ball gag"
// for the middle of a sentence, leaving names such as "CNC" or "Zoë's
// game" alone: only when the rest of the first word is lower case.
func lowerFirstWord(name string) string {
	first, _, _ := strings.Cut(name, " ")
	rs := []rune(first)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return name
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return name
		}
	}
	return string(unicode.ToLower(rs[0])) + string([]rune(name)[1:])
}
