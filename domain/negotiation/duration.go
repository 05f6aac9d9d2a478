package negotiation

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// SetDuration stores the duration as typed and the minutes read from it
// (0 when the text gives no length).
func (s *Scene) SetDuration(text string) {
	s.DurationText = text
	s.DurationMinutes, _ = ParseDuration(text)
}

// Minutes is the planned length in minutes: DurationMinutes, or what
// ParseDuration reads from DurationText when that is 0.
func (s Scene) Minutes() int {
	if s.DurationMinutes > 0 {
		return s.DurationMinutes
	}
	m, _ := ParseDuration(s.DurationText)
	return m
}

// ParseDuration reads a length typed in everyday English: "30", "45 min",
// "about an hour", "1h30", "an hour and a half", "half an hour",
// "20 to 30 minutes", "an hour or two". A range counts as its upper end.
// It reports false when the text names no length.
func ParseDuration(text string) (int, bool) {
	var p durationParser
	toks := durationTokens(text)
	for i, t := range toks {
		p.token(t, i+1 < len(toks) && isUnit(toks[i+1]))
	}
	return p.result()
}

// durationParser adds up "number unit" pairs, keeping the larger side of
// a range.
type durationParser struct {
	total, best float64 // minutes so far, and the largest earlier range end
	pending     float64 // a number waiting for its unit
	has         bool    // pending is set
	lastUnit    float64 // minutes in the last unit seen
	prev        string  // the previous token
	afterRange  bool    // a range word followed a complete quantity
	found       bool
}

func (p *durationParser) token(t string, beforeUnit bool) {
	defer func() { p.prev = t }()
	if v, ok := numberToken(t); ok {
		p.number(t, v)
		return
	}
	if u, ok := unitMinutes(t); ok {
		if p.has {
			p.total += p.pending * u
			p.has, p.found, p.lastUnit = false, true, u
		}
		return
	}
	switch t {
	case "a", "an":
		if !p.has && beforeUnit {
			p.pending, p.has = 1, true
		}
	case "half":
		p.fraction(0.5)
	case "quarter", "quarters":
		p.fraction(0.25)
	case ":", "am", "pm":
		p.has = false // a clock time, not a length
	case "to", "or", "-":
		if !p.has && p.found {
			p.best = math.Max(p.best, p.total)
			p.total, p.afterRange = 0, true
		}
	}
}

func (p *durationParser) number(t string, v float64) {
	_, prevNum := numberToken(p.prev)
	switch {
	case p.prev == ":":
		return // minutes of a clock time
	case p.has && (p.prev == "to" || p.prev == "or" || p.prev == "-"):
		p.pending = math.Max(p.pending, v)
	case p.has && prevNum && isTens(p.prev) && v < 10 && !isDigits(t):
		p.pending += v // "forty five"
	default:
		p.pending = v
	}
	p.has = true
}

// fraction handles "half an hour", "one and a half hours", "an hour and a
// half", "three quarters of an hour".
func (p *durationParser) fraction(f float64) {
	_, prevNum := numberToken(p.prev)
	switch {
	case p.has && prevNum:
		p.pending *= f // "three quarters"
	case p.has:
		p.pending += f // "one and a half"
	case p.lastUnit > 0:
		p.total += f * p.lastUnit // "an hour and a half"
	default:
		p.pending, p.has = f, true // "half an hour"
	}
}

func (p *durationParser) result() (int, bool) {
	if p.has {
		switch {
		case p.afterRange && p.lastUnit > 0:
			p.total += p.pending * p.lastUnit // "an hour or two"
		default:
			p.total += p.pending // a bare number is minutes: "45", "1h30"
		}
		p.found = true
	}
	if !p.found {
		return 0, false
	}
	return int(math.Round(math.Max(p.total, p.best))), true
}

// durationTokens lower-cases the text and splits it into numbers, words
// and dashes: "1h30" becomes "1", "h", "30".
func durationTokens(text string) []string {
	var out []string
	var cur []rune
	kind := 0 // 1 digits, 2 letters
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
		}
		cur, kind = cur[:0], 0
	}
	for _, r := range strings.ToLower(text) {
		k := 0
		switch {
		case unicode.IsDigit(r) || (r == '.' && kind == 1):
			k = 1
		case unicode.IsLetter(r) || r == '\'':
			k = 2
		}
		if k != kind {
			flush()
		}
		switch {
		case k != 0:
			cur, kind = append(cur, r), k
		case r == '-' || r == '–' || r == '—':
			out = append(out, "-")
		case r == ':':
			out = append(out, ":")
		}
	}
	flush()
	return out
}

func numberToken(t string) (float64, bool) {
	if isDigits(t) {
		v, err := strconv.ParseFloat(strings.TrimSuffix(t, "."), 64)
		return v, err == nil
	}
	words := map[string]float64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
		"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
		"forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "couple": 2,
	}
	v, ok := words[t]
	return v, ok
}

func isDigits(t string) bool {
	return t != "" && strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) < 0
}

func isTens(t string) bool {
	switch t {
	case "twenty", "thirty", "forty", "fifty":
		return true
	}
	return false
}

func unitMinutes(t string) (float64, bool) {
	switch t {
	case "m", "min", "mins", "minute", "minutes":
		return 1, true
	case "h", "hr", "hrs", "hour", "hours":
		return 60, true
	}
	return 0, false
}

func isUnit(t string) bool { _, ok := unitMinutes(t); return ok }

// vaguePhrase reports whether the text says the length is open-ended,
// even if it names a number ("at least an hour").
func vaguePhrase(text string) bool {
	t := " " + strings.Join(strings.Fields(strings.ToLower(text)), " ") + " "
	for _, open := range []string{
		"as long as", "however long", "or more", "or longer", "at least",
		"no limit", "no time limit", "open-ended", "open ended", "see how",
		"whenever", "all night", "all day", "until we're done", "until done",
	} {
		if strings.Contains(t, open) {
			return true
		}
	}
	return false
}
