package kit

import (
	"time"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/kinklist"
	msg "parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/domain/negotiation"
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
	fallback := src.Other
	if n == 1 && src.One != "" {
		fallback = src.One
	}
	return lang.XN(m.ID, fallback, n, data)
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
// takes there (go-i18n's plural forms: "1 version", "2 versions"; French
// says 0 with the singular too). other is the British text for most
// counts and the message's key, one the British text for a count of one;
// data holds the count under the name the texts use ({{.N}} or
// {{.Count}}). The extractor reads both texts from the call
// (internal/i18n/extract), so both must be literals.
func Plural(n int, one, other string, data map[string]any) string {
	fallback := other
	if n == 1 {
		fallback = one
	}
	return lang.XN(other, fallback, n, data)
}
