package persistence

// Error is the type of every error this package promises. Each one is a
// constant sentinel, so callers test with errors.Is, and each reads as a
// plain sentence a person can understand (the UI may reword it).
type Error string

func (e Error) Error() string { return string(e) }

// The errors a person can meet. Functions wrap them (errors.Is finds them)
// and may carry the technical cause underneath (errors.Unwrap), which is
// never shown and never contains a key or a passphrase.
const (
	ErrVaultExists         Error = "There is already a Parley vault in this folder, so no new one was made."
	ErrPassphraseRequired  Error = "A passphrase is needed for this. Please choose one and try again."
	ErrWrongPassphrase     Error = "That passphrase does not open this vault. Check it and try again, or use your recovery code."
	ErrNoPassphraseSet     Error = "This vault has no passphrase. Please use your recovery code instead."
	ErrNewerVersion        Error = "This was saved by a newer version of Parley. Please update Parley to open it; nothing has been changed."
	ErrDamaged             Error = "The vault's files could not be read and may be damaged. Nothing has been changed."
	ErrWrongKey            Error = "That key belongs to a different vault. Please use this vault's passphrase or recovery code."
	ErrRecoveryCodeInvalid Error = "That recovery code has a typing mistake in it. Please check each group against your copy."
	ErrKeyNotFound         Error = "The system keyring holds no key for this vault. Please use your passphrase or recovery code."
	ErrKeyringUnavailable  Error = "The system keyring cannot be used on this computer right now, so a passphrase is needed."
	ErrKeyringTimeout      Error = "The system keyring did not answer in time. It may be locked, or waiting for you in another window."
	ErrAskMode             Error = "This vault asks for its passphrase each time it opens."
	ErrInvalidMode         Error = "Parley does not know that way of opening a vault."
	ErrUpgradeFailed       Error = "Parley could not bring the vault up to date. Nothing was lost; please check that the disk is not full and try again."
	ErrWriteFailed         Error = "Parley could not save to the disk. Please check that the disk is not full and that the folder can be written to, then try again."
	ErrInUse               Error = "The vault is in use by another copy of Parley. Please close it there and try again."
	ErrClosed              Error = "The vault is locked. Please unlock it and try again."
	ErrBackupMissing       Error = "Parley could not find that backup file. Please check where it is and try again."
	ErrBackupPassphrase    Error = "That passphrase does not open this backup. Check it and try again; nothing has been changed."
	ErrSidecarChanged      Error = "The file parley.vault beside your vault was changed outside Parley, so the vault was not opened this time and nothing was put into the system keyring. Parley has put the file back as your vault recorded it: please unlock again. If you did not change it, someone else using this computer account may have."
	ErrBackupDamaged       Error = "This backup file is damaged or incomplete, so it was not used. Nothing has been changed."
)

// errDBClosed is database/sql's (unexported) error for a call that reached
// a database Close had already closed.
const errDBClosed = "sql: database is closed"

// failure carries a sentinel (what a person is told) and its technical
// cause (for a developer's debugger). Its message is the sentinel's alone.
type failure struct {
	kind  Error
	cause error
}

func (f *failure) Error() string   { return string(f.kind) }
func (f *failure) Unwrap() []error { return []error{f.kind, f.cause} }

// fail wraps cause under kind; with no cause it is kind itself.
func fail(kind Error, cause error) error {
	if cause == nil {
		return kind
	}
	if cause.Error() == errDBClosed {
		kind = ErrClosed // the vault was locked while the call was on its way
	}
	return &failure{kind: kind, cause: cause}
}
