package i18n

import (
	"encoding/json"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"
)

// PseudoTag is the pseudo-language's tag: en-XA, the region code Android
// uses for its pseudo-locale, so English plural rules apply. It is never
// offered to people: System only chooses shipped languages.
const PseudoTag = "en-XA"

// Pseudo is f with the pseudo-language: every message and every content
// text of English, accented, lengthened by about 40% and wrapped in [ ],
// with its {{.Arguments}} and plural forms kept, and the catalog version
// copied. A screen or page shown in it that still has a plain English word
// has text that bypasses the catalogue; one that cuts text off has no room
// for a longer language.
func Pseudo(f Files) (Files, error) {
	data, err := fs.ReadFile(f.Messages, Source+".json")
	if err != nil {
		return f, err
	}
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		return f, err
	}
	for id, v := range raw {
		switch v := v.(type) {
		case string:
			raw[id] = PseudoText(v)
		case map[string]any:
			for form, t := range v {
				if s, ok := t.(string); ok {
					v[form] = PseudoText(s)
				}
			}
		}
	}
	messages, err := json.Marshal(raw)
	if err != nil {
		return f, err
	}
	content := map[string][]byte{}
	for _, name := range ContentNames {
		texts, err := ReadFlat(f.Content, path.Join(Source, name+".json"))
		if err != nil {
			return f, err
		}
		for k, v := range texts {
			if k != "catalog.version" {
				texts[k] = PseudoText(v)
			}
		}
		if content[name], err = json.Marshal(texts); err != nil {
			return f, err
		}
	}
	return f.With(PseudoTag, messages, content), nil
}

// accents maps ASCII letters to accented look-alikes that Noto Sans has.
var accents = strings.NewReplacer(
	"a", "á", "b", "ƀ", "c", "ç", "d", "ď", "e", "é", "f", "ƒ", "g", "ĝ", "h", "ĥ", "i", "í", "j", "ĵ",
	"k", "ķ", "l", "ļ", "m", "ɱ", "n", "ñ", "o", "ö", "p", "þ", "q", "ʠ", "r", "ř", "s", "š", "t", "ť",
	"u", "ü", "v", "ṽ", "w", "ŵ", "x", "ẋ", "y", "ý", "z", "ž",
	"A", "Á", "B", "Ɓ", "C", "Ç", "D", "Ď", "E", "É", "F", "Ƒ", "G", "Ĝ", "H", "Ĥ", "I", "Í", "J", "Ĵ",
	"K", "Ķ", "L", "Ļ", "M", "Ṁ", "N", "Ñ", "O", "Ö", "P", "Þ", "Q", "Ǫ", "R", "Ř", "S", "Š", "T", "Ť",
	"U", "Ü", "V", "Ṽ", "W", "Ŵ", "X", "Ẋ", "Y", "Ý", "Z", "Ž",
)

// PseudoText is one text in the pseudo-language: "Hello, {{.Name}}"
// becomes "[Ĥéļļö, {{.Name}}·····]", about 40% longer. Template actions
// are kept exactly; padding goes in at word breaks, so a long text still
// wraps as a real language would.
func PseudoText(s string) string {
	var b strings.Builder
	b.WriteString(pseudoOpen)
	rest := s
	for rest != "" {
		i := strings.Index(rest, "{{")
		if i < 0 {
			b.WriteString(accents.Replace(rest))
			break
		}
		b.WriteString(accents.Replace(rest[:i]))
		j := strings.Index(rest[i:], "}}")
		if j < 0 {
			b.WriteString(rest[i:])
			break
		}
		b.WriteString(rest[i : i+j+2])
		rest = rest[i+j+2:]
	}
	pad := (utf8.RuneCountInString(s)*2 + 4) / 5 // 40%
	words := strings.Repeat("·", pad%7)
	for n := 0; n < pad/7; n++ {
		words += " ······"
	}
	b.WriteString(words)
	b.WriteString(pseudoClose)
	return b.String()
}

// The pseudo-language's brackets: a text cut short loses its closing one.
// Plain brackets, because the printout's font has no ⟦ ⟧.
const (
	pseudoOpen  = "["
	pseudoClose = "]"
)

// IsPseudo reports whether s is a whole pseudo-language text.
func IsPseudo(s string) bool {
	return strings.HasPrefix(s, pseudoOpen) && strings.HasSuffix(s, pseudoClose)
}
