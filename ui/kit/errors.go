package kit

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/persistence"
)

// ErrorSentence turns an error from the vault into a sentence for a person.
// Unknown errors get a calm general sentence; their detail is not shown
// (it could name a file path) and is never logged.
func ErrorSentence(err error) string {
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
