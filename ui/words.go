package ui

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// reasonSentence says, in plain words, why the unlock screen is shown.
func reasonSentence(r persistence.Reason) string {
	switch r {
	case persistence.ReasonAskMode:
		return lang.L("You chose to type your passphrase each time Parley opens.")
	case persistence.ReasonKeyringUnavailable:
		return lang.L("This computer has no keyring Parley can use, so your passphrase is the way in.")
	case persistence.ReasonKeyringTimeout:
		return lang.L("Your system keyring did not answer. It may be locked, or waiting for you in another window. You can unlock it there, or use your passphrase here.")
	case persistence.ReasonKeyMissing:
		return lang.L("Your system keyring no longer holds Parley's key. Your passphrase or recovery code will open your vault and put the key back.")
	case persistence.ReasonWrongKey:
		return lang.L("The key in your system keyring belongs to a different vault. Your passphrase or recovery code will open this one.")
	case persistence.ReasonDamaged:
		return lang.L("Parley's key is right, but the vault file could not be read. It may be damaged. Nothing has been changed: restore a backup from Settings once you are in, or ask for help.")
	case persistence.ReasonNewerVersion:
		return lang.L("This vault was saved by a newer version of Parley. Please update Parley to open it; nothing has been changed.")
	}
	return ""
}

func isKeyringError(err error) bool {
	return errors.Is(err, persistence.ErrKeyringUnavailable) || errors.Is(err, persistence.ErrKeyringTimeout)
}

func errorSentence(err error) string { return kit.ErrorSentence(err) } // forwarder (kit_forward.go)
