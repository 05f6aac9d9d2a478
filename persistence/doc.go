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
//     keys on, secure_delete on (a replaced row's bytes are overwritten)
//     and trusted_schema off on every connection. While it is open SQLite
//     keeps parley.db-wal and parley.db-shm beside it (the WAL is encrypted
//     too). Close waits for every call still using the database (a
//     background read included), checkpoints with
//     PRAGMA wal_checkpoint(TRUNCATE) and waits until the connection is
//     really closed, so after a normal quit neither file is left
//     (TestCloseLeavesNoWAL; scripts/privacy.sh fails if they are). Sealing
//     or re-sealing a person and forgetting an exchange secret checkpoint
//     at once, so the old form of those rows does not wait in the WAL.
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
//     longer reads (ErrDamaged). "mac" authenticates every other field
//     (sidecarMAC: HMAC-SHA-256 under HMAC-SHA-256(key,
//     "parley-sidecar-mac-key-v1") over the fields in a fixed order, each
//     length-prefixed), and "key_change" is there only while ChangeKey is
//     under way (see Key change).
//   - Only for a moment, or after an interruption: parley.db.creating (a
//     new vault being built), parley.db.restoring and parley.db.old (a
//     restore swapping files), .parley.vault-*.tmp (the sidecar being
//     replaced). The next open finishes or undoes what they stood for.
//     Beside a backup's destination, .parley-backup-<digits>.tmp is the
//     backup being written; one left by a backup that was stopped is
//     removed by the next backup to that folder and, in the background, by
//     the next start (the folder of the last backup is kept in the meta
//     table). Only regular files of exactly that name (and its -wal, -shm,
//     -journal), owned by this user and unchanged for ten minutes, are
//     removed; nothing else (TestBackupLeftoversAreTidied).
//     parley.vault.damaged is an unreadable sidecar set aside when the
//     recovery code rebuilt it; it is kept for a look and never read.
//
// Every file Parley writes goes to a temporary file in the same folder, is
// flushed, renamed into place and the folder flushed (internal/atomicfile). The
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
// # The sidecar is checked before the keyring is written
//
// The mode in the sidecar decides whether an unlock puts the key into the
// keyring, and the sidecar can be changed by anyone with the computer
// account. So as soon as the key is known (from the keyring, the
// passphrase or the recovery code) and the database is open, and before
// anything is written to the keyring, checkSidecar verifies the MAC. The
// database's meta table records the mode and that the sidecar carries a
// MAC ("sidecar_auth"). A sidecar whose MAC does not fit, or that lacks
// one although the database says it had one, was changed outside Parley:
// it is written again from the database's record (mode and vault ID), the
// vault is closed again and the unlock fails with ErrSidecarChanged,
// which says so; the next unlock opens it as it was
// (TestFlippedModeNeverReachesTheKeyring, and with the real keyring
// TestRealKeyringFlippedModeWritesNothing). A sidecar from before the MAC
// (none, and no record of one) opens and is authenticated on that unlock;
// if its mode differs from the database's record it is treated as changed
// and put back to "ask" when a passphrase exists, which never writes the
// keyring (TestOldSidecarOpensAndIsMigrated, TestOldSidecarFlipped). An
// older Parley that rewrites the sidecar drops the MAC; the next unlock
// here then reports the sidecar as changed once and repairs it.
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
// Vault.Backup writes one file: a SQLCipher 4 database (4096-byte pages,
// journal mode DELETE) keyed by a fresh random 32-byte backup key, then
// one 4096-byte trailer page in the clear: "PARLEY-BACKUP-KEY-1\n", one
// line of JSON {"format":1, "backup_id": 32 hex digits, "key": {...}} and
// zero bytes to the end of the page. "key" is the backup key wrapped as
// the sidecar's "passphrase" is: XChaCha20-Poly1305 under
// Argon2id(backup passphrase, its salt, t, memory_kib, threads; 32 bytes),
// 24-byte nonce, additional data "parley-wrap-v1:backup-" + backup_id. So
// guessing a backup's passphrase costs an Argon2id per guess, as for the
// vault (before, SQLCipher's PBKDF2 of the passphrase keyed the file).
// SQLite reads a database only up to the page count in its own header, so
// the trailer travels inside the one file without disturbing it. To open
// a backup in the sqlcipher 4 shell: unwrap the key (BackupKey does it,
// and so does scripts/backupkey;
// by hand: derive the Argon2id key from the passphrase and the trailer's
// parameters, open sealed_key with it, the nonce and the additional data
// above), then
//
//	sqlcipher backup.parley
//	PRAGMA key = "x'<64 hex digits of the backup key>'";
//	PRAGMA cipher_page_size = 4096;
//	SELECT * FROM settings;
//
// (TestBackupOpensWithPlainSQLCipher). A backup without the trailer (from
// an older Parley) is keyed by its passphrase through SQLCipher's own key
// derivation and still restores (TestOldBackupStillRestores).
//
// Vault.Restore and Store.CreateFromBackup check the whole file first (the
// passphrase, PRAGMA integrity_check, the schema version, and that it
// holds nothing Parley did not create) and change nothing unless it
// passes; Restore keeps the old database until the new one is in place
// and open. The new database is built with Parley's own migrations up to
// the backup's version, and only Parley's tables are copied, column by
// named column; then the migrations go on to the latest version. Every
// exchange in it loses its private part and, if it was still waiting,
// counts as expired from the moment of the restore: the backup may be
// older than the exchange's last step, and its secret must not answer a
// second reply (TestRestoreDoesNotBringBackAnExchangeSecret).
//
// # Key change
//
// Vault.ChangeKey(passphrase) gives the vault a new random key: new
// sidecar wrap and fingerprint, PRAGMA rekey of every page, the keyring
// updated in ModeKeyring, a new recovery code returned; the old code and
// the old key no longer open the file (TestChangeKey). The passphrase is
// asked for when one is set, since it wraps the new key. It runs in four
// durable steps, recorded in the sidecar's "key_change" (keychange.go), so
// that a stop at any moment leaves a vault that the next open settles on
// one key, with nobody locked out (TestChangeKeyInterrupted, and the
// "changekey" operation of TestHostileCrashes).
//
// # Planted SQL, swapped and rolled-back rows
//
// A vault or backup whose sqlite_master differs from what Parley's
// migrations create at its version (a trigger, a view, an extra table,
// index or column) is refused: ErrForeignSchema for the vault, which is
// not opened, ErrBackupForeign for a backup (schema.go;
// TestPlantedTriggerIsRefused, TestPlantedSchemaObjectsAreRefused,
// TestRestoreRefusesPlantedBackup, TestRestoreRefusesExtraColumn). A
// sealed person's checklist, history and personality-test rows are bound
// to their slot and version and listed in a manifest sealed under the PIN
// (rows.go), so an older row copied over a newer one, a row moved to
// another slot, removed or put back is ErrRowsChanged and nothing is read
// (TestOlderSealedRowCopiedOverNewerIsRefused and the tests beside it).
// What no check inside the file can see is a rollback of the whole file
// (or of one person's rows and seal together) to an earlier copy by
// someone who holds the key (TestWholeFileRollbackIsNotDetected).
//
// # A locked vault
//
// Every exported Vault method, on a closed vault or a nil *Vault, returns
// ErrClosed (or its zero value) and never panics
// (TestEveryMethodRefusesWhenClosed). While it is open the vault runs one
// goroutine of its own, stopped and waited for by Close: it tidies the
// last backup folder once, then every minute empties the private part of
// exchanges past their expiry (TestExpiredSecretsAreWipedWhileNobodyLooks).
//
// # Schema
//
// The schema is a numbered list of migrations (migrations.go), recorded in
// PRAGMA user_version, each applied in its own transaction; new features
// append steps and never edit old ones. A vault opens at any older version
// and is brought up to date; a vault from a newer Parley is refused with
// ErrNewerVersion and left byte for byte as it was.
//
// Vault.db is for the feature stores inside this package (unexported, so
// nothing outside persistence can write SQL); every change that touches
// more than one row goes through Vault.tx.
//
// Step 7, "fantasy answers, conditions and group comparisons", changes no
// table: a "fantasy" answer and an answer's condition ("condition":
// {"with", "after_talking", "up_to"}) live in the answer's JSON row, so
// they are sealed exactly like every other row of a protected list, and a
// group comparison (SavedComparison.Group: three or four names, what all
// want, each pair's result) lives in the comparison's payload, sealed to
// every protected person in the group. The step is there so that an older
// Parley, which would read a fantasy answer as unanswered and drop a
// condition at its next save, refuses the vault as newer instead
// (TestAVaultWithFantasiesIsRefusedByTheParleyBefore). Rows and results
// saved before it read as they were: no condition, two people.
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
//
// # Passphrase strength
//
// PasswordStrength (strength.go) rates the vault passphrase while it is
// typed and is the bar a protected list's PIN must pass. The estimate
// comes from zxcvbn (github.com/ccojocar/zxcvbn-go, MIT licence, no
// dependencies outside the standard library, no network: its word lists
// are built into the binary), the estimator password managers such as
// KeePassXC use, because it counts guesses the way people are guessed:
// the 10,000 most used passwords, English words, first names and
// surnames, keyboard walks, runs, repeats and look-alike letters, word by
// word. A hand-kept list can never match that, and it was Parley's own
// weak spot: the older meter called "Liverpool1" and "14/03/1990" good.
//
// On top of zxcvbn sit Parley's own rules and words: the score is never
// above zxcvbn's, "good" still needs about 40 bits (2^40 guesses) and
// "strong" 52, because a copied vault is guessed offline without limit;
// under eight characters is at most "weak"; a calendar date in any usual
// form is 0 (the Go port misses most dates); and the sentence names the
// pattern that makes a weak passphrase weak (a number, a date, a common
// passphrase, a name, a run or a repeat), in Parley's words, never
// repeating what was typed.
//
// What zxcvbn costs: its lists are unpacked while the program starts
// (package initialisation, not at the first use), measured here as 50 to
// 130 ms of start-up CPU on a busy 2-core machine, about 7 MiB of heap
// kept, and 1.4 MB more binary. Its matching time grows with the cube of
// the length (1,000 characters: 11 s), so only the first 64 characters
// are rated (a few milliseconds); the meter follows every key press.
package persistence
