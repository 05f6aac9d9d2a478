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
// "20 to 30 minutes", "an hour or two", or in any other language Parley
// ships: "1 Stunde", "eine halbe Stunde", "2 heures", "une heure et demie",
// "30 minutos", "una hora y media", "1 uur", "een kwartier". A range counts
// as its upper end. It reports false when the text names no length.
//
// Decision: it reads the words of all five languages at once, whatever
// language the screen speaks. A negotiation is shared: the same text is
// read by each partner's Parley, perhaps in different languages, and the
// review, the outline and the list of changes must give both the same
// minutes. The five vocabularies do not clash (durationWords).
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
	if f, ok := fractionWords[t]; ok {
		p.fraction(f)
		return
	}
	switch {
	case t == "a" || t == "an":
		if !p.has && beforeUnit {
			p.pending, p.has = 1, true
		}
	case t == ":" || t == "am" || t == "pm":
		p.has = false // a clock time, not a length
	case rangeWords[t]:
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
	case p.has && rangeWords[p.prev]:
		p.pending = math.Max(p.pending, v)
	case p.has && prevNum && isTens(p.prev) && v < 10 && !isDigits(t):
		p.pending += v // "forty five"
	default:
		p.pending = v
	}
	p.has = true
}

// fraction handles "half an hour", "one and a half hours", "an hour and a
// half", "three quarters of an hour" (and "une heure et demie", "tres
// cuartos de hora", "een half uur").
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
	v, ok := numberWords[t]
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
	u, ok := unitWords[t]
	return u, ok
}

func isUnit(t string) bool { _, ok := unitMinutes(t); return ok }

// vaguePhrase reports whether the text says the length is open-ended,
// even if it names a number ("at least an hour").
func vaguePhrase(text string) bool {
	t := " " + strings.Join(strings.Fields(strings.ToLower(text)), " ") + " "
	for _, open := range vagueWords {
		if strings.Contains(t, open) {
			return true
		}
	}
	return false
}

// durationWords: the words ParseDuration and vaguePhrase know, in British
// English, German, French, Spanish and Dutch, lower-case. A word that means
// "one" and also "a" in its language ("ein", "une", "una", "een") is the
// number one, so "eine halbe Stunde" is half of one hour. Words two
// languages share mean the same in both ("six", "min", "half"); Spanish
// "a" (as in "20 a 30") is English's article, which reads a range right
// anyway (the later number wins).
var (
	unitWords = map[string]float64{
		"m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1, // en, fr
		"minuten": 1, "minuut": 1, "minuto": 1, "minutos": 1, // de, nl, es
		"h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60,
		"stunde": 60, "stunden": 60, "std": 60, // de
		"heure": 60, "heures": 60, "d'heure": 60, // fr
		"hora": 60, "horas": 60, // es
		"uur": 60, "uren": 60, // nl
		"viertelstunde": 15, "kwartier": 15,
	}
	numberWords = map[string]float64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
		"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
		"forty": 40, "fifty": 50, "sixty": 60, "ninety": 90, "couple": 2,
		// de
		"ein": 1, "eine": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
		"sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "fünfzehn": 15,
		"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "neunzig": 90,
		"anderthalb": 1.5, "eineinhalb": 1.5, "dreiviertel": 0.75, "paar": 2,
		// fr
		"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
		"huit": 8, "neuf": 9, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30,
		"quarante": 40, "cinquante": 50, "soixante": 60,
		// es
		"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
		"siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "quince": 15, "veinte": 20,
		"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "noventa": 90,
		// nl
		"een": 1, "één": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7,
		"negen": 9, "tien": 10, "vijftien": 15, "twintig": 20, "dertig": 30,
		"veertig": 40, "vijftig": 50, "zestig": 60, "negentig": 90, "anderhalf": 1.5,
	}
	fractionWords = map[string]float64{
		"half": 0.5, "quarter": 0.25, "quarters": 0.25,
		"halb": 0.5, "halbe": 0.5, "halben": 0.5, "viertel": 0.25, // de
		"demi": 0.5, "demie": 0.5, "quart": 0.25, "quarts": 0.25, // fr
		"media": 0.5, "medio": 0.5, "cuarto": 0.25, "cuartos": 0.25, // es
		"halve": 0.5, // nl
	}
	// rangeWords join the two ends of a range: "20 to 30", "20 bis 30",
	// "20 à 30", "20 o 30", "20 tot 30".
	rangeWords = map[string]bool{
		"to": true, "or": true, "-": true, "bis": true, "oder": true,
		"à": true, "ou": true, "o": true, "tot": true, "of": true,
	}
	// vagueWords say a length is open-ended, even beside a number.
	vagueWords = []string{
		"as long as", "however long", "or more", "or longer", "at least",
		"no limit", "no time limit", "open-ended", "open ended", "see how",
		"whenever", "all night", "all day", "until we're done", "until done",
		"mindestens", "so lange", "oder länger", "oder mehr", "ohne zeitlimit", "open end", "mal sehen", "die ganze nacht", "den ganzen tag",
		"au moins", "aussi longtemps", "ou plus", "sans limite", "on verra", "toute la nuit", "toute la journée",
		"al menos", "por lo menos", "lo que haga falta", "o más", "sin límite", "ya veremos", "toda la noche", "todo el día",
		"minstens", "ten minste", "zo lang als", "of langer", "of meer", "geen limiet", "we zien wel", "de hele nacht", "de hele dag",
	}
)
