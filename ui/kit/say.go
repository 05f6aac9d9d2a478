package kit

import (
	"time"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/kinklist"
	msg "parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/persistence"
)

// SayMsg is a message of the catalogue (an ID with named arguments, as the
// domain returns them) in the screens' language: through Fyne's lang, like
// every lang.L on screen, with its arguments (dates, phrases) rendered the
// same way first. A message lang does not have is said in British English
// from its source, so a screen never shows an ID.
func SayMsg(m msg.Msg) string { return screenWords{}.Render(m) }

// screenWords renders messages through Fyne's lang.
type screenWords struct{}

func (w screenWords) Render(m msg.Msg) string {
	data := map[string]any{}
	for k, v := range m.Args {
		data[k] = msg.RenderValue(w, v)
	}
	src, ok := sources[m.ID]
	if !ok {
		return m.ID // not in any table: the extractor's tests catch it
	}
	if m.Count == nil {
		return lang.X(m.ID, src.Other, data)
	}
	n, _ := m.Count.(int)
	return sayCount(m.ID, src.One, src.Other, n, data)
}

// sources are the British English texts of every message the screens say
// through SayMsg, by ID.
var sources = func() map[string]msg.Source {
	out := map[string]msg.Source{}
	for _, list := range [][]msg.Source{negotiation.Messages, negotiation.DiffMessages, msg.Dates, kinklist.Messages, persistence.StrengthMessages} {
		for _, s := range list {
			out[s.ID] = s
		}
	}
	return out
}()

// LongDate is a date in words in the screens' language: "Friday 8 May
// 2026", with ", 20:00" when it has a time of day.
func LongDate(t time.Time) string {
	h, m, _ := t.Clock()
	return SayMsg(msg.LongDate(t, h != 0 || m != 0))
}

// DayDate is a date without its weekday: "8 May 2026".
func DayDate(t time.Time) string { return SayMsg(msg.DayMonth(t, true, false)) }

// Plural says a count in the screens' language, in the form the count
// takes in that language ("1 version", "2 versions"; French says 0 with
// the singular too), whatever language the system speaks (sayCount).
// other is the British text for most counts and the message's key, one
// the British text for a count of one; data holds the count under the
// name the texts use ({{.N}} or {{.Count}}). The extractor reads both
// texts from the call (internal/i18n/extract), so both must be literals.
func Plural(n int, one, other string, data map[string]any) string {
	return sayCount(other, one, other, n, data)
}

// sayCount says the message id for the count n. The form is chosen by the
// plural rule of the language whose messages Fyne's lang shows (the text
// of i18n.RuleID), not by the rule of the tag Fyne matched from the
// system, which on Windows and macOS may be another language's
// (internal/i18n, screen.go); the form's text is the plain message
// i18n.FormID(id, form). Where the messages came without those (a test
// that gave Fyne the bare files), Fyne chooses the form of id itself; a
// message Fyne does not have is said in British English (one for a count
// of one).
//
// The derived IDs are asked for with lang.LocalizeKey, not lang.X: they
// are not catalogue keys, and the extractor reads the message from the
// Plural call.
func sayCount(id, one, other string, n int, data map[string]any) string {
	if tag := lang.LocalizeKey(i18n.RuleID, i18n.RuleID); tag != i18n.RuleID {
		if s := lang.LocalizeKey(i18n.FormID(id, i18n.Form(tag, n)), "", data); s != "" {
			return s
		}
	}
	fallback := other
	if n == 1 && one != "" {
		fallback = one
	}
	return lang.XN(id, fallback, n, data)
}
