package checklist

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold prepares text for search: lower case, with the accents of Latin
// letters removed ("Crème" and "creme" match) and curly apostrophes made
// straight. Letters outside Latin-1 and Latin Extended-A are only
// lower-cased.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else if plain := unaccent(r); plain != "" {
			b.WriteString(plain)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// searchWords splits a search text into folded words.
func searchWords(q string) []string { return strings.Fields(fold(q)) }

// unaccent returns the plain letters for an accented lower-case Latin
// letter, or "" when r is not one.
func unaccent(r rune) string {
	switch {
	case r == '‘' || r == '’':
		return "'"
	case r == 'ß':
		return "ss"
	case r >= 0xE0 && r <= 0xFF:
		return latin1(r)
	case r >= 0x100 && r <= 0x17F:
		return latinExtendedA(r)
	}
	return ""
}

func latin1(r rune) string {
	switch {
	case r <= 'å':
		return "a"
	case r == 'æ':
		return "ae"
	case r == 'ç':
		return "c"
	case r <= 'ë':
		return "e"
	case r <= 'ï':
		return "i"
	case r == 'ð':
		return "d"
	case r == 'ñ':
		return "n"
	case r <= 'ö' || r == 'ø':
		return "o"
	case r >= 'ù' && r <= 'ü':
		return "u"
	case r == 'ý' || r == 'ÿ':
		return "y"
	case r == 'þ':
		return "th"
	}
	return ""
}

// latinExtendedA covers U+0100 to U+017F, where each letter comes in a run
// of upper- and lower-case forms with different accents.
func latinExtendedA(r rune) string {
	runs := []struct {
		last  rune
		plain string
	}{
		{0x105, "a"}, {0x10D, "c"}, {0x111, "d"}, {0x11B, "e"}, {0x123, "g"},
		{0x127, "h"}, {0x131, "i"}, {0x133, "ij"}, {0x135, "j"}, {0x138, "k"},
		{0x142, "l"}, {0x14B, "n"}, {0x151, "o"}, {0x153, "oe"}, {0x159, "r"},
		{0x161, "s"}, {0x167, "t"}, {0x173, "u"}, {0x175, "w"}, {0x178, "y"},
		{0x17E, "z"}, {0x17F, "s"},
	}
	for _, run := range runs {
		if r <= run.last {
			return run.plain
		}
	}
	return ""
}
