package kit

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/persistence"
)

// SamePassphrases says what is wrong with a new passphrase and its repeat,
// or "" when they agree.
func SamePassphrases(p, again string) string {
	switch {
	case p == "":
		return lang.L("Type a passphrase first.")
	case p == again:
		return ""
	case strings.HasPrefix(p, again):
		return lang.L("Type the passphrase again in the second field, to be sure of it.")
	}
	return lang.L("The two passphrases differ.")
}

// StrengthText is the meter's sentence for a passphrase in the screen's
// language, or "" for none. The vault passphrase's meter and a protected
// list's PIN (pinHint) both say it.
func StrengthText(p string) string {
	if p == "" {
		return ""
	}
	_, hint := persistence.PasswordStrength(p)
	return SayMsg(hint)
}
