package kit

import (
	"os"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/printout"
)

// SettingPageSize is the vault setting that holds the person's paper size
// (Settings writes it; the negotiation's printout reads it).
const SettingPageSize = "page_size"

// PageSize is the printout's paper: the person's choice in Settings, or the
// one the system's locale uses.
func PageSize(env Env) printout.PageSize {
	if v := env.Vault(); v != nil {
		if s, ok, _ := v.Setting(SettingPageSize); ok && (s == string(printout.A4) || s == string(printout.Letter)) {
			return printout.PageSize(s)
		}
	}
	return printout.PageSizeFor(Locale())
}

// Locale is the person's locale, for the paper size: the region's own
// variables first (LC_ALL, LC_PAPER, LANG), because the language setting
// puts a bare language ("de") first in LANGUAGE, which Fyne's SystemLocale
// reads first and which names no region (internal/i18n, choice.go).
func Locale() string {
	for _, name := range []string{"LC_ALL", "LC_PAPER", "LANG"} {
		if v := os.Getenv(name); i18n.Base(v) != "" {
			return v
		}
	}
	return string(lang.SystemLocale())
}
