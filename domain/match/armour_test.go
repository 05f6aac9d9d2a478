package match

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// sampleRun is a small exchange with every list non-empty.
func sampleRun(t *testing.T) run {
	return exchange(t, 7,
		Person{Sheet: sheetOf("act-00/together=yes", "act-01/giving=maybe", "act-02/receiving=yes"), Maybes: true},
		Person{Sheet: sheetOf("act-00/together=yes", "act-01/receiving=yes", "act-04/giving=maybe"), Maybes: true})
}

// What messengers and mail programs do to pasted text, and what a person
// does when copying it. Every one must still read as the same message.
var pastes = map[string]func(string) string{
	"as sent": func(s string) string { return s },
	"CRLF":    func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
	"old Mac": func(s string) string { return strings.ReplaceAll(s, "\n", "\r") },
	"blank lines around": func(s string) string {
		return "\n\n  \n" + s + "\n\n\n"
	},
	"chat around": func(s string) string {
		return "Sam, 21:04:\nhere you go x\n" + s + "\nlet me know!"
	},
	"only the block": func(s string) string {
		return s[strings.Index(s, "-----BEGIN"):]
	},
	"quoted":         func(s string) string { return "> " + strings.ReplaceAll(s, "\n", "\n> ") },
	"quoted twice":   func(s string) string { return ">> " + strings.ReplaceAll(s, "\n", "\n> > ") },
	"indented":       func(s string) string { return "    " + strings.ReplaceAll(s, "\n", "\n    ") },
	"trailing space": func(s string) string { return strings.ReplaceAll(s, "\n", "   \n") },
	"lower case":     strings.ToLower,
	"one line":       func(s string) string { return strings.ReplaceAll(s, "\n", " ") },
	"rewrapped at 40": func(s string) string {
		return rewrap(s, 40)
	},
	"spaces inside lines": func(s string) string {
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if regexp.MustCompile(`^[A-Z2-7]+$`).MatchString(l) {
				lines[i] = regexp.MustCompile(`([A-Z2-7]{8})`).ReplaceAllString(l, "$1 ")
			}
		}
		return strings.Join(lines, "\n")
	},
	"long dashes": func(s string) string { return strings.ReplaceAll(s, "-----", "—–") },
	"invisible characters": func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, "\n", "\u200b\n\u00a0"), "Check:", "\ufeffCheck:")
	},
}

// rewrap joins the payload lines and breaks them again at width.
func rewrap(s string, width int) string {
	var out, payload []string
	for _, l := range strings.Split(s, "\n") {
		if regexp.MustCompile(`^[A-Z2-7]+$`).MatchString(l) {
			payload = append(payload, l)
			continue
		}
		if len(payload) > 0 {
			joined := strings.Join(payload, "")
			for len(joined) > width {
				out, joined = append(out, joined[:width]), joined[width:]
			}
			out, payload = append(out, joined), nil
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func TestCodesSurvivePasting(t *testing.T) {
	x := sampleRun(t)
	for _, m := range []Message{x.inv, x.reply, x.final} {
		for name, paste := range pastes {
			got, err := Decode([]byte(paste(string(m.Encode()))))
			if err != nil {
				t.Errorf("%s, %s: %v", m.Kind(), name, err)
				continue
			}
			if !reflect.DeepEqual(got, m) {
				t.Errorf("%s, %s: read back a different message", m.Kind(), name)
			}
		}
	}
}

func TestCodeLayout(t *testing.T) {
	x := sampleRun(t)
	for _, m := range []Message{x.inv, x.reply, x.final} {
		lines := strings.Split(strings.TrimSuffix(string(m.Encode()), "\n"), "\n")
		word := map[Kind]string{KindInvitation: "INVITATION", KindReply: "REPLY", KindFinal: "RESULT"}[m.Kind()]
		if !strings.Contains(lines[0], "Parley") || !strings.Contains(strings.ToLower(lines[0]), "paste") {
			t.Errorf("%s: first line %q does not say what to do", m.Kind(), lines[0])
		}
		if lines[1] != "-----BEGIN PARLEY "+word+"-----" || lines[len(lines)-1] != "-----END PARLEY "+word+"-----" {
			t.Errorf("%s: BEGIN/END lines %q %q", m.Kind(), lines[1], lines[len(lines)-1])
		}
		if !regexp.MustCompile(`^Check: [0-9]+ [0-9A-F]{8}$`).MatchString(lines[len(lines)-2]) {
			t.Errorf("%s: check line %q", m.Kind(), lines[len(lines)-2])
		}
		body := lines[2 : len(lines)-2]
		for i, l := range body {
			if !regexp.MustCompile(`^[A-Z2-7]+$`).MatchString(l) || len(l) > 64 || (i < len(body)-1 && len(l) != 64) {
				t.Errorf("%s: payload line %q", m.Kind(), l)
			}
		}
		if fn := m.Kind().FileName(); !strings.HasSuffix(fn, ".parley") || !strings.Contains(fn, strings.ToLower(word)) {
			t.Errorf("%s: file name %q", m.Kind(), fn)
		}
	}
}
