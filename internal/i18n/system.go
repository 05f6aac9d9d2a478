package i18n

import "strings"

// Base reduces a locale name to Parley's language tag: "de_DE.UTF-8",
// "de-AT" and "DE" are "de"; "C", "POSIX" and "" are "" (no language
// said).
func Base(locale string) string {
	s := strings.TrimSpace(locale)
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexAny(s, "_-"); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	if s == "c" || s == "posix" {
		return ""
	}
	return s
}

// System chooses the language from the environment the way POSIX programs
// do (LC_ALL, then LC_MESSAGES, then LANG; the first that is set wins, and
// LANGUAGE's first entry before them when the locale is not C), then
// other (what the platform says, e.g. Fyne's lang.SystemLocale() on
// Windows and macOS), then English. Only shipped languages are chosen: a
// Swedish system gets English, not a half-empty Swedish.
func System(getenv func(string) string, other string) string {
	var candidates []string
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			locale = v
			break
		}
	}
	if locale != "" && Base(locale) != "" {
		if list := getenv("LANGUAGE"); list != "" {
			candidates = append(candidates, strings.Split(list, ":")...)
		}
		candidates = append(candidates, locale)
	}
	candidates = append(candidates, other)
	for _, c := range candidates {
		if b := Base(c); b != "" {
			if shipped(b) {
				return b
			}
			if c == locale { // the locale names an unshipped language: English, not the platform's guess
				return Source
			}
		}
	}
	return Source
}

func shipped(tag string) bool {
	for _, s := range Shipped {
		if s == tag {
			return true
		}
	}
	return false
}
