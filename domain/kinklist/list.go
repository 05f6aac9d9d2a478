package kinklist

import (
	"strings"
	"unicode/utf8"
)

// MaxListBytes bounds a pasted list text. KinkList's default list is about
// 2 KB; the limit leaves room for very long lists of one's own.
const MaxListBytes = 256 << 10

// List is a KinkList list text read into categories. The order matters: a
// KinkList code holds one level per item and column, in this order
// (category by category, item by item, column by column).
type List struct {
	Categories []Category
}

// Category is one "#Name" block: its columns (KinkList calls them fields,
// such as "Giving, Receiving" or a single "General") and its items.
type Category struct {
	Name   string
	Fields []string
	Items  []string
}

// Slots is the number of levels a code for this list holds.
func (l List) Slots() int {
	n := 0
	for _, c := range l.Categories {
		n += len(c.Fields) * len(c.Items)
	}
	return n
}

// ParseList reads a list text the way KinkList v1.0.2 reads its edit box:
// a line "#Name" starts a category, a line "(a, b)" gives its columns (the
// brackets' last character is dropped whatever it is, as KinkList does), a
// line "* item" adds an item, and every other line is ignored. Carriage
// returns are dropped. Unlike KinkList, which quietly keeps only one of two
// categories of the same name, a repeated name is refused, because the
// code would then be read against the wrong items.
func ParseList(text string) (List, error) {
	if len(text) > MaxListBytes {
		return List{}, ErrListTooLarge
	}
	if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
		return List{}, ErrListNotText
	}
	var l List
	seen := map[string]bool{}
	var cur *Category
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		if line == "" {
			continue
		}
		switch {
		case line[0] == '#':
			if err := finish(cur); err != nil {
				return List{}, err
			}
			name := strings.TrimSpace(line[1:])
			if seen[name] {
				return List{}, ErrListTwice
			}
			seen[name] = true
			l.Categories = append(l.Categories, Category{Name: name})
			cur = &l.Categories[len(l.Categories)-1]
		case cur == nil:
			// KinkList ignores everything before the first category.
		case line[0] == '(':
			cur.Fields = fields(line)
		case line[0] == '*':
			cur.Items = append(cur.Items, strings.TrimSpace(line[1:]))
		}
	}
	if err := finish(cur); err != nil {
		return List{}, err
	}
	if len(l.Categories) == 0 {
		return List{}, ErrListEmpty
	}
	return l, nil
}

// fields splits a "(a, b)" line as KinkList does: between the first and
// the last character, at every comma, each part trimmed.
func fields(line string) []string {
	inner := ""
	if _, size := utf8.DecodeLastRuneInString(line); len(line)-size > 1 {
		inner = line[1 : len(line)-size]
	}
	parts := strings.Split(strings.TrimSpace(inner), ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// finish checks a category once its block has ended.
func finish(c *Category) error {
	switch {
	case c == nil:
		return nil
	case len(c.Fields) == 0:
		return ErrListNoFields
	case len(c.Items) == 0:
		return ErrListNoItems
	}
	return nil
}
