package kit

import (
	"fyne.io/fyne/v2/lang"

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
	return printout.PageSizeFor(string(lang.SystemLocale()))
}
