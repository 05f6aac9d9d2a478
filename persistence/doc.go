// Package persistence is Parley's vault: one encrypted SQLCipher database
// per computer account, its key kept in the OS keyring and/or sealed by a
// passphrase, a recovery code, numbered schema migrations, and backup and
// restore. Nothing else in Parley touches the disk's copy of a person's
// data; screens call this package (and the feature stores inside it) and
// never write SQL.
//
// # Using it
//
//	store := persistence.Store{Home: dir, Keyring: persistence.SystemKeyring(4 * time.Second), Now: time.Now}
//	if !store.Exists() {
//		v, code, err := store.Create(persistence.ModeKeyring, passphrase) // show code once
//	}
//	v, reason, err := store.OpenWithKeyring(ctx) // reason says why the unlock screen is needed
//	v, err = store.OpenWithPassphrase(p)         // or
//	v, err = store.OpenWithRecoveryCode(code)
//	defer v.Close()
//
// Every call may wait for the disk or the keyring: run it off the UI
// goroutine. Errors are constant sentinels of type Error (test them with
// errors.Is); each reads as a plain sentence, and the technical cause
// underneath (errors.Unwrap) never holds a key or a passphrase.
//
// # Files in the data folder
//
//   - parley.db: the SQLCipher 4 database, keyed by a raw 32-byte random key
//     (no key derivation on open), 4096-byte pages, WAL journal, foreign
//     keys on. While it is open SQLite keeps parley.db-wal and parley.db-shm
//     beside it (the WAL is encrypted too); they go away when it closes.
//     SQLite's temporary tables and sorts stay in memory.
//   - parley.vault: the sidecar, a small JSON file readable without
//     unlocking and holding nothing personal: "format" (1), "vault_id" (32
//     random hex digits), "mode", "key_fingerprint" (hex of the first 16
//     bytes of SHA-256("parley-key-fingerprint-v1" || key)) and, when a
//     passphrase is set, "passphrase": the key sealed with
//     XChaCha20-Poly1305 under Argon2id(passphrase, 16-byte random salt;
//     t=3, 64 MiB, 2 lanes, all stored) with additional data
//     "parley-wrap-v1:" + vault_id. A wrong passphrase fails the
//     authentication (ErrWrongPassphrase). The fingerprint tells a key that
//     does not belong to this vault (ErrWrongKey) from a database that no
//     longer reads (ErrDamaged).
//   - Only for a moment, or after an interruption: parley.db.creating (a
//     new vault being built), parley.db.restoring and parley.db.old (a
//     restore swapping files), .parley.vault-*.tmp (the sidecar being
//     replaced). The next open finishes or undoes what they stood for.
//     parley.vault.damaged is an unreadable sidecar set aside when the
//     recovery code rebuilt it; it is kept for a look and never read.
//
// Every file Parley writes goes to a temporary file in the same folder, is
// flushed, renamed into place and the folder flushed (WriteFileAtomic). The
// folder is created readable by its owner only.
//
// # Modes
//
// ModeKeyring keeps the key in the OS keyring (service "Parley", account
// "vault-<vault_id>", secret: the key as 64 hex digits; on Linux the Secret
// Service item has the attributes service and username), so Parley opens
// without a prompt; a passphrase is optional and is the way in wherever the
// keyring fails. ModeAsk keeps nothing in the keyring and needs a
// passphrase, for computers whose login other people share. SetMode moves
// between them. A keyring that is missing, locked or silent is never taken
// for "no key yet": SystemKeyring reports ErrKeyringUnavailable or
// ErrKeyringTimeout, and a new key is never made over an existing vault.
//
// Create in ModeKeyring when the keyring fails: without a passphrase
// nothing is created and the keyring's error is returned (so the UI asks
// for a passphrase and calls Create again); with a passphrase the vault is
// created and Vault.KeyringNote says why the key is not in the keyring.
// In ModeKeyring, opening with the passphrase or the recovery code puts
// the key back into the keyring.
//
// # The recovery code
//
// The recovery code is the raw key itself: its 64 hex digits and one Luhn
// mod 16 check character, in 13 groups of five (3f9a0-c41d2-...-b7e05).
// Parley accepts it with any spaces, dashes, line breaks and case. It opens
// the vault when both the keyring and the passphrase are lost, and it
// rebuilds a lost sidecar. Because it is the key, any SQLCipher 4 tool (the
// sqlcipher 4 shell, DB Browser for SQLite in SQLCipher 4 mode) opens the
// database with it: close Parley, take the code without its dashes and
// without its last character (RecoveryCode.Hex gives exactly that), and
// run
//
//	PRAGMA key = "x'<64 hex digits>'";
//	PRAGMA cipher_page_size = 4096;
//	SELECT * FROM settings;
//
// # Backups
//
// Vault.Backup writes one file: a SQLCipher 4 database keyed by the backup
// passphrase through SQLCipher's own key derivation and default settings,
// so it opens in any SQLCipher 4 tool with PRAGMA key = '<passphrase>'.
// Vault.Restore and Store.CreateFromBackup check the whole file first (the
// passphrase, PRAGMA integrity_check, the schema version) and change
// nothing unless it passes; Restore keeps the old database until the new
// one is in place and open.
//
// # Schema
//
// The schema is a numbered list of migrations (migrations.go), recorded in
// PRAGMA user_version, each applied in its own transaction; new features
// append steps and never edit old ones. A vault opens at any older version
// and is brought up to date; a vault from a newer Parley is refused with
// ErrNewerVersion and left byte for byte as it was.
//
// Vault.DB is for the feature stores inside this package; every change
// that touches more than one row goes through Vault.Tx.
//
// # Derived data
//
// What is worked out from a protected list is as private as the list
// (derived.go, derived_rows.go). Sealed to the person, and readable only
// through a Person opened with their PIN:
//
//   - a saved comparison (comparisons.payload) in which a protected person
//     on this computer took part (SavedComparison.Owners). It is sealed to
//     every protected owner, so for two protected people either PIN opens
//     it (OpenComparison). When only one of the two is protected, it is
//     sealed to that one only: the open person's list is readable by
//     anyone at the keyboard, so a copy opened by "their" key would hand
//     the protected person's matches to anyone. The open person sees the
//     result when it is made, and later with the other's PIN. Comparisons
//     lists such a result as Locked: its date and owners (profiles and
//     their names are public in the vault) and nothing else;
//   - limits brought into a draft from a protected list
//     (negotiation.LimitItem.Protected): every save moves them into a box
//     sealed to that list (Participant.HiddenLimits) and keeps them out of
//     the plain search column; RevealLimits puts them back in memory;
//   - the discoveries in the debrief of a person linked to a protected list
//     (Debrief.HiddenDiscoveries; RevealDiscoveries);
//   - the exchange state of a pending comparison, as before: encoded with
//     the person's codec, so sealed under their PIN-derived key;
//   - the limits timeline, as before: it is the answer_history rows, which
//     are profile rows sealed by the person's codec.
//
// Sealing must work when the person is not at the keyboard (a draft is
// autosaved long after the PIN was typed), so each protected profile has
// an X25519 key pair in profile_keys: the public key is plain, the private
// key is a profile row sealed by the codec and re-sealed by SealPerson
// when the PIN changes. A box is sealed to one or more public keys with a
// fresh content key (X25519 + HKDF-SHA-256 + XChaCha20-Poly1305); the
// place it belongs to ("comparisons|<id>", "limits|<profile>",
// "discoveries|<profile>") is bound in as associated data. Removing a PIN
// leaves boxes sealed, but the private key is then plain, so the person
// (now open) opens them without a PIN. Removing a person removes their
// key, and with it every box sealed only to them.
//
// Older vaults. The schema step "derived data sealed to protected lists"
// adds profile_keys and comparisons.owners and sealed_to, and works out
// the owners of older results (the exchange's person, or the profiles
// named by a result made on this computer). It cannot seal anything: that
// needs each protected person's PIN. Until then a plain row whose owner is
// protected reads as Locked, and the first OpenPerson with the PIN seals
// that person's plain results and debrief discoveries (catchUp). A result
// of two protected people is sealed at the first of their PINs, to those
// who have entered theirs since the update; the other then opens it with
// the first's PIN. Limits brought into drafts by an older Parley carry no
// mark of having come from a protected list, so they stay as written: the
// people can see them in the document, and nothing can tell them from
// limits typed by hand. A list protected for the first time seals its
// existing derived rows in the same transaction (SealPerson).
package persistence
