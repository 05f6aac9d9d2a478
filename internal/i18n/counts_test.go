package i18n

import (
	"regexp"
	"testing"
)

// countArg finds a count among a message's arguments: Parley names a
// number of things Count or N.
var countArg = regexp.MustCompile(`\{\{-?\s*\.(Count|N)\b`)

// numbersThatName are the messages whose N is a number that names
// something (a version, a place in a list), not a count of things: no
// word in them agrees with it in any shipped language.
var numbersThatName = map[string]bool{
	"Last time: version {{.N}}":           true,
	"Version {{.N}} compared with itself": true,
	"Version {{.N}} stays as you agreed it. The new version starts as a copy, and you change together what is different this time.": true,
	"Version {{.N}} · saved {{.Date}} · {{.State}}":                                     true,
	"Version {{.N}}, as it was written. It is kept as it is and can't be changed here.": true,
	"{{.N}} of {{.T}}": true,
}

// Every message that says a count has plural forms (one and other) in
// every shipped language, so "1 versions" and "1 Versionen" cannot be
// said: the catalogue is scanned, not a list of call sites.
func TestEveryCountHasPluralForms(t *testing.T) {
	f := Embedded()
	for _, tag := range Shipped {
		msgs, err := readMessages(f.Messages, tag+".json")
		if err != nil {
			t.Fatal(err)
		}
		src, err := readMessages(f.Messages, Source+".json")
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range sortedKeys(msgs) {
			forms := msgs[id]
			if numbersThatName[id] || !countArg.MatchString(src[id]["other"]) {
				continue
			}
			if forms["one"] == "" || forms["other"] == "" {
				t.Errorf("%s.json: %q says a count but has no plural forms (one and other)", tag, id)
			}
		}
	}
}
