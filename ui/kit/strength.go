package kit

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	msg "parleyapp.org/parley/domain/message"

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
	return lang.X(hint.ID, strengthEnglish.Render(hint))
}

// strengthEnglish is the meter's sentences in British English, the
// fallback should a language not have one.
var strengthEnglish = msg.NewTable(persistence.StrengthMessages)
