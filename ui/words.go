package ui

import (
	"errors"
	"strconv"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/persistence"
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

// errorSentence turns an error from the vault into a sentence for a person.
// Unknown errors get a calm general sentence; their detail is not shown
// (it could name a file path) and is never logged.
func errorSentence(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, persistence.ErrWrongPassphrase):
		return lang.L("That passphrase does not open this vault. Check Caps Lock and try again, or use your recovery code.")
	case errors.Is(err, persistence.ErrNoPassphraseSet):
		return lang.L("No passphrase has been set for this vault. Use your recovery code instead.")
	case errors.Is(err, persistence.ErrRecoveryCodeInvalid):
		return lang.L("That recovery code has a typing mistake somewhere. Check each group against your copy and try again.")
	case errors.Is(err, persistence.ErrWrongKey):
		return lang.L("That recovery code is for a different vault.")
	case errors.Is(err, persistence.ErrNewerVersion):
		return lang.L("This was saved by a newer version of Parley. Please update Parley first; nothing has been changed.")
	case errors.Is(err, persistence.ErrDamaged):
		return lang.L("The vault file could not be read and may be damaged. Nothing has been changed.")
	case errors.Is(err, persistence.ErrBackupPassphrase):
		return lang.L("That passphrase does not open this backup. Nothing has been changed.")
	case errors.Is(err, persistence.ErrBackupDamaged):
		return lang.L("This backup file is incomplete or damaged, so it was not used. Nothing has been changed.")
	case errors.Is(err, persistence.ErrNameRequired):
		return lang.L("A person needs a name. Please type one and try again.")
	case errors.Is(err, persistence.ErrPassphraseRequired):
		return lang.L("Please choose a passphrase first.")
	case errors.Is(err, persistence.ErrKeyringUnavailable), errors.Is(err, persistence.ErrKeyringTimeout):
		return lang.L("Your system keyring is not available right now, so Parley needs a passphrase to protect your vault.")
	}
	var own persistence.Error // the vault's own sentences name no file and no secret
	if errors.As(err, &own) {
		return lang.L(string(own))
	}
	return lang.L("Something went wrong while saving or reading your data. Nothing you typed has been lost; please try again. If it keeps happening, check that the disk is not full.")
}

func isKeyringError(err error) bool {
	return errors.Is(err, persistence.ErrKeyringUnavailable) || errors.Is(err, persistence.ErrKeyringTimeout)
}

func itoa(n int) string { return strconv.Itoa(n) }
