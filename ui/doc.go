// Package ui is Parley's window: the first-run welcome, the unlock screen,
// the sidebar shell and one file per screen.
//
// Each screen is a struct that keeps its widgets, built by a constructor, so
// the headless tests (go test -tags ci) can tap and type into it. Screens ask
// parley/domain what to show and decide, and parley/persistence (through the
// open *persistence.Vault) what to keep; they never write SQL and hold no
// rules of their own. Disk and keyring work runs off the UI goroutine
// (background) and comes back through onUI (fyne.Do).
//
// Text is British English, wrapped in lang.L so it can be translated.
//
// Decisions where the design was silent:
//   - Quick-hide (Ctrl+H) blanks the window at once behind a plain cover; it
//     does not lock, so nothing typed is lost. Lock (Ctrl+L) closes the vault
//     and drops every screen.
//   - In "open automatically" mode, unlocking after a lock takes one click
//     (the key is in the keyring); people who share a login should choose
//     "always ask for my passphrase", and Settings says so.
//   - Idle time counts from the last key press, tap or edit that reaches a
//     Parley screen.
//   - A protected list is opened for one flow and dropped when it ends
//     (openProfile never takes one from, or puts one into, App.openPeople):
//     Compare drops its chosen people once a comparison, invitation or
//     reply is made and whenever it goes home or is left; bringing limits
//     in, checking a document against a list, showing sealed limits or
//     discoveries keep the person only inside their background work; the
//     debrief's confirmation page holds it until the changes are written
//     or the page is left. What a flow showed (a result, limits on a page)
//     stays on that page until it is left.
//   - The negotiation editor keeps each linked person's limits (not their
//     list) while it is open, so the review stays right as the scene
//     changes (negotiate_linked.go).
package ui
