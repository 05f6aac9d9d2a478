package printout

import "parleyapp.org/parley/domain/message"

// Messages are the British English sources of the printout's own words
// (the recovery-code page; the negotiation page's words are the outline's,
// in domain/negotiation's Messages). The SQL lines on the recovery page are
// commands, not words, and are never translated.
var Messages = []message.Source{
	{ID: "recovery.title", Other: "Parley recovery code"},
	{ID: "recovery.made-on", Other: "Made on {{.Date}}. Keep this page private and away from the computer."},
	{ID: "recovery.what-for.title", Other: "What this is for"},
	{ID: "recovery.what-for", Other: "If you forget your passphrase and your computer's keyring is lost, type this code on Parley's unlock screen (choose \"{{.Button}}\"). Parley opens your vault and puts its key back in the keyring."},
	{ID: "recovery.button", Other: "Use my recovery code instead"},
	{ID: "recovery.without-parley.title", Other: "Opening the vault without Parley"},
	{ID: "recovery.without-parley", Other: "The code is the vault's own key, so any SQLCipher 4 tool can open parley.db with it. In the sqlcipher shell or DB Browser for SQLite, give the key as a raw key and set the page size:"},
}
