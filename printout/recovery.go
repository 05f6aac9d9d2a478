package printout

import (
	"strings"
	"time"
)

// RecoveryPage is a one-page PDF holding a vault's recovery code, to print
// and keep somewhere safe. hex is the same key as SQLCipher wants it, for
// opening the vault in another SQLCipher 4 tool.
func RecoveryPage(code, hex string, created time.Time, size PageSize) ([]byte, error) {
	p, err := newPage(size, "Parley recovery code", created)
	if err != nil {
		return nil, err
	}
	w := p.width()
	p.colour(43, 40, 37)
	p.text(0, w, "Parley recovery code", true, 22)
	p.y += 6
	p.text(0, w, "Made on "+created.Format("2 January 2006")+". Keep this page private and away from the computer.", false, 11)
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
	p.text(0, w, "What this is for", true, 13)
	p.y += 2
	p.text(0, w, "If you forget your passphrase and your computer's keyring is lost, type this code on Parley's unlock screen (choose \"Use my recovery code\"). Parley opens your vault and puts its key back in the keyring.", false, 11)
	p.y += 12
	p.text(0, w, "Opening the vault without Parley", true, 13)
	p.y += 2
	p.text(0, w, "The code is the vault's own key, so any SQLCipher 4 tool can open parley.db with it. In the sqlcipher shell or DB Browser for SQLite, give the key as a raw key and set the page size:", false, 11)
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
