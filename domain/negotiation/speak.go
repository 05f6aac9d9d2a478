package negotiation

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"parleyapp.org/parley/domain/message"
)

// english renders this package's messages in British English, for the
// Message and Words text still returned beside each message.
var english = message.NewTable(Messages, message.Dates)

// Msg is a message of this package's catalogue with its arguments.
type Msg = message.Msg

// Args are a message's named arguments.
type Args = message.Args

// newFinding is the one way a rule reports: the message and, beside it,
// its British English text (Message, as the screens show it today).
func newFinding(rule RuleID, sev Severity, m Msg, ref FieldRef) Finding {
	return Finding{Rule: rule, Severity: sev, Message: english.Render(m), Field: ref, Msg: m}
}

func msg(id string, args Args) Msg { return message.New(id, args) }

// sectionMsg is a section's name as a message.
func sectionMsg(s Section) Msg { return msg("section."+string(s), nil) }

// quoted is a person's words in the language's quotation marks. The words
// are trimmed, as quote did.
func quoted(s any) Msg {
	if t, ok := s.(string); ok {
		s = strings.TrimSpace(t)
	}
	return msg("phrase.quoted", Args{"Text": s})
}

// listMsg joins names (strings or messages) the language's way: "Sam",
// "Sam and Alex", "Sam, Alex and Kim".
func listMsg(items []any) any {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return msg("phrase.names.two", Args{"First": items[0], "Last": items[1]})
	}
	n := len(items)
	return msg("phrase.names.more", Args{
		"List": message.Join{Sep: msg("phrase.names.separator", nil), Items: items[:n-1]},
		"Last": items[n-1],
	})
}

// minutesMsg is "1 minute", "45 minutes".
func minutesMsg(m int) Msg { return message.Plural("phrase.minutes", m, nil) }

// dateMsg is formatDate as a message: "20 November", with the year when
// other is zero or in another year, and ", 20:00" when t has a time.
func dateMsg(t, other time.Time) Msg {
	return message.DayMonth(t, other.IsZero() || other.Year() != t.Year(), !dateOnly(t))
}

// longDateMsg is "Friday 20 November 2026".
func longDateMsg(t time.Time) Msg { return message.LongDate(t, false) }

// dateAndTimeMsg is longDateMsg with ", 20:00" when t carries a time.
func dateAndTimeMsg(t time.Time) Msg {
	h, m, s := t.Clock()
	return message.LongDate(t, h != 0 || m != 0 || s != 0)
}

// displayNameMsg is DisplayName as a message: the name, or "Person 2".
func (d Document) displayNameMsg(i int) any {
	if i < 0 || i >= len(d.Participants) {
		return msg("person.someone", nil)
	}
	if n := strings.TrimSpace(d.Participants[i].Name); n != "" {
		return n
	}
	return msg("person.numbered", Args{"Number": strconv.Itoa(i + 1)})
}

// nameOfMsg is NameOf as a message.
func (d Document) nameOfMsg(id string) any { return d.displayNameMsg(d.ParticipantIndex(id)) }

// labelsMsg names the activities at ks inside a sentence, each once,
// joined the language's way.
func (d Document) labelsMsg(ks []int) any {
	var seen []string
	var items []any
	for _, k := range ks {
		a := d.Scene.Activities[k]
		if n := midSentence(a.Label()); !slices.Contains(seen, n) {
			seen = append(seen, n)
			items = append(items, message.MidSentence{Value: a.nameMsg()})
		}
	}
	return listMsg(items)
}

// nameMsg is the activity's name: a shipped activity's name in the
// reader's language while the document still has the catalog's English
// name, else the name as written.
func (a Activity) nameMsg() any {
	if a.ID == "" || strings.HasPrefix(a.ID, "custom:") || strings.TrimSpace(a.Name) == "" {
		return a.Label()
	}
	return message.Content{File: "catalog", Key: "activity." + a.ID + ".name", Source: a.Label()}
}

// peopleMsg names the participants at indexes is, joined.
func (d Document) peopleMsg(is []int) any {
	items := make([]any, len(is))
	for n, i := range is {
		items[n] = d.displayNameMsg(i)
	}
	return listMsg(items)
}

// conditionMsg is a ConditionsToAsk question as its message (the Ask text
// is the English of one of the condition.* messages).
func conditionMsg(ask string) any {
	for _, m := range Messages {
		if strings.HasPrefix(m.ID, "condition.") && m.Other == ask {
			return msg(m.ID, nil)
		}
	}
	return ask
}
