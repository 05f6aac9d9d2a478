package printout

import (
	"strings"
	"time"

	"parleyapp.org/parley/domain/message"
)

// RecoveryPage is a one-page PDF holding a vault's recovery code, to print
// and keep somewhere safe. hex is the same key as SQLCipher wants it, for
// opening the vault in another SQLCipher 4 tool.
func RecoveryPage(code, hex string, created time.Time, size PageSize) ([]byte, error) {
	return RecoveryPageIn(code, hex, created, size, nil)
}

// english renders the printout's own words in British English.
var english = message.NewTable(Messages, message.Dates)

// RecoveryPageIn is RecoveryPage in the language lang renders (nil:
// British English).
func RecoveryPageIn(code, hex string, created time.Time, size PageSize, lang message.Renderer) ([]byte, error) {
	if lang == nil {
		lang = english
	}
	say := func(id string, args message.Args) string { return lang.Render(message.New(id, args)) }
	title := say("recovery.title", nil)
	p, err := newPage(size, title, created)
	if err != nil {
		return nil, err
	}
	w := p.width()
	p.colour(43, 40, 37)
	p.text(0, w, title, true, 22)
	p.y += 6
	p.text(0, w, say("recovery.made-on", message.Args{"Date": message.DayMonth(created, true, false)}), false, 11)
	p.y += 18
	p.pdf.SetStrokeColor(46, 111, 104)
	p.pdf.SetLineWidth(1.2)
	top := p.y
	p.y += 16
	for _, line := range CodeLines(code, 6) {
		p.text(16, w-32, line, true, 17)
	}
	p.y += 12
	p.pdf.RectFromUpperLeftWithStyle(margin, top, w, p.y-top, "D")
	p.y += 20
	p.text(0, w, say("recovery.what-for.title", nil), true, 13)
	p.y += 2
	p.text(0, w, say("recovery.what-for", message.Args{"Button": message.New("recovery.button", nil)}), false, 11)
	p.y += 12
	p.text(0, w, say("recovery.without-parley.title", nil), true, 13)
	p.y += 2
	p.text(0, w, say("recovery.without-parley", nil), false, 11)
	p.y += 4
	p.text(12, w-12, "PRAGMA key = \"x'"+hex+"'\";", false, 8.5)
	p.text(12, w-12, "PRAGMA cipher_page_size = 4096;", false, 8.5)
	return p.bytes()
}

// CodeLines splits a grouped code ("ABCD-EFGH-…" or "ABCD EFGH …") into lines
// of n groups, so a group is never broken across lines.
func CodeLines(code string, n int) []string {
	groups := strings.FieldsFunc(code, func(r rune) bool { return r == '-' || r == ' ' })
	var lines []string
	for len(groups) > 0 {
		k := min(n, len(groups))
		lines = append(lines, strings.Join(groups[:k], "-"))
		groups = groups[k:]
	}
	return lines
}
