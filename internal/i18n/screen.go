package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Counts on the screens.
//
// Fyne's lang picks a plural form by the rule of the tag it matched from
// the system's list, and on Windows and macOS the chosen language's
// messages are also added under that tag (choice.go, ScreenTags): English
// chosen on a French computer would say "0 answer", German chosen on a
// Japanese one "1 Versionen". So the screens do not let Fyne choose.
// ScreenMessages is a message file as Fyne's lang gets it, with two
// things added:
//
//   - RuleID, whose text is the file's own language tag ("de", "en-XA"):
//     whatever tag Fyne registered the file under, the messages say which
//     language's plural rule they follow.
//   - Each plural form of each message under FormID(id, form), the
//     message's ID, "#" and the CLDR category: "{{.N}} versions#one",
//     "{{.N}} versions#other". These are plain messages, so Fyne returns
//     the text without applying any rule.
//
// kit.Plural (and kit.SayMsg for a domain message with a count) asks
// Fyne's lang for RuleID, takes that language's CLDR cardinal rule for the
// count (Form) and asks for FormID of the category. Where nothing was
// added with ScreenMessages (a test that gave Fyne the bare files) it
// falls back to the plain ID, and so to Fyne's own choice of form.
//
// Decision: the rules are golang.org/x/text's CLDR cardinal rules, a
// dependency already (go-i18n keeps its own rules internal). They agree
// with go-i18n's, which the printout and the domain use, on every count
// the shipped languages say differently; for a million in French and
// Spanish x/text says "other" where go-i18n says "many", and the
// translation terms ask for those two forms to be written alike.

// RuleID is the message, added by ScreenMessages, whose text is the tag
// of the language whose messages Fyne's lang shows.
const RuleID = "#plural-rule"

// FormID is the ID under which ScreenMessages adds one plural form (a
// CLDR category: "one", "other", "few"...) of the message id.
func FormID(id, form string) string { return id + "#" + form }

// forms are the CLDR categories by x/text's numbering, named as go-i18n's
// JSON names them.
var forms = map[plural.Form]string{
	plural.Other: "other", plural.Zero: "zero", plural.One: "one",
	plural.Two: "two", plural.Few: "few", plural.Many: "many",
}

// Form is the CLDR cardinal category of the whole number n in the
// language tag ("en", "fr", "en-XA"): for French 0 and 1 are "one", for
// Japanese every count is "other".
func Form(tag string, n int) string {
	if n < 0 {
		n = -n
	}
	return forms[plural.Cardinal.MatchPlural(language.Make(tag), n, 0, 0, 0, 0)]
}

// ScreenMessages is the message file of the language tag (tag.json in
// f.Messages) for Fyne's lang, with RuleID and each plural form under its
// FormID added (see above). Register it under any tag: the rule goes with
// the messages.
func (f Files) ScreenMessages(tag string) ([]byte, error) {
	data, err := fs.ReadFile(f.Messages, tag+".json")
	if err != nil {
		return nil, fmt.Errorf("i18n: %s.json: %w", tag, err)
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("i18n: %s.json does not read as go-i18n JSON: %w", tag, err)
	}
	out := make(map[string]any, len(raw)*2)
	for id, v := range raw {
		out[id] = v
		if byForm, ok := v.(map[string]any); ok {
			for form, text := range byForm {
				if s, ok := text.(string); ok {
					out[FormID(id, form)] = s
				}
			}
		}
	}
	out[RuleID] = tag
	return json.Marshal(out)
}
