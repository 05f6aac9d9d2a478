package persistence

// Mode says how a vault opens.
type Mode string

const (
	ModeKeyring Mode = "keyring" // key in the OS keyring: opens without a prompt
	ModeAsk     Mode = "ask"     // always ask for the passphrase; nothing kept in the keyring
)

func (m Mode) valid() bool { return m == ModeKeyring || m == ModeAsk }

// Reason says why the unlock screen is shown (the UI words it).
type Reason int

const (
	ReasonNone               Reason = iota
	ReasonAskMode                   // the person chose "always ask"
	ReasonKeyringUnavailable        // no keyring service on this computer
	ReasonKeyringTimeout            // the keyring did not answer (locked, or a prompt is waiting)
	ReasonKeyMissing                // the keyring works but holds no key for this vault
	ReasonWrongKey                  // a key was found but it does not fit this vault (fingerprint differs)
	ReasonDamaged                   // the key fits (fingerprint matches) but the database cannot be read
	ReasonNewerVersion              // the vault was written by a newer Parley
)

// String names the reason for logs and tests (not for people).
func (r Reason) String() string {
	names := []string{"none", "ask-mode", "keyring-unavailable", "keyring-timeout",
		"key-missing", "wrong-key", "damaged", "newer-version"}
	if r < 0 || int(r) >= len(names) {
		return "unknown"
	}
	return names[r]
}

// HasPassphrase reports, without unlocking, whether a passphrase can open
// the vault (the sidecar holds a wrapped key). False when the sidecar
// cannot be read.
func (s Store) HasPassphrase() bool {
	sc, err := s.readSidecar()
	return err == nil && sc.Passphrase != nil
}
