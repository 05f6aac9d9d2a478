// Package ui is Parley's window: the first-run welcome, the unlock screen,
// the sidebar shell and one file per screen.
//
// Each screen is a struct that keeps its widgets, built by a constructor, so
// the headless tests (plain go test: Fyne's test driver needs no display and no build tag) can tap and type into it. Screens ask
// parley/domain what to show and decide, and parley/persistence (through the
// open *persistence.Vault) what to keep; they never write SQL and hold no
// rules of their own. Disk and keyring work runs off the UI goroutine
// (kit.Background) and comes back through the App's hand-back, Options.Do
// (fyne.Do in the app, a queue per App in the tests), kept in the kit.Env
// every screen gets: nothing package-level is swapped by tests.
//
// Text is British English, wrapped in lang.L so it can be translated.
//
// Decisions where the design was silent:
//   - Quick-hide (Ctrl+H) blanks the window at once behind a plain cover; it
//     does not lock, so what is typed on the screens is kept. It closes every
//     dialog and pop-up (a half-typed dialog is the price of hiding fast) and
//     takes back a secret Parley copied. Lock (Ctrl+L) does the same, then
//     closes the vault and drops every screen. Dialogs are closed by walking
//     the canvas's overlays, so none is missed, and without their callbacks,
//     so a closed dialog does nothing; screens check that the vault they were
//     built on is still the open one before any action (App.stillOpen), so a
//     button of a gone screen never reaches a closed vault.
//   - Lock and hide are shortcuts of the window's one menu ("Parley"), not of
//     the canvas: Fyne's desktop driver offers a key press to main-menu
//     shortcuts before the focused widget, and to the canvas only when the
//     focused widget takes no shortcuts, so canvas shortcuts never fire while
//     a text field has focus (internal/driver/glfw/window.go,
//     triggersShortcut). Fyne's test driver does not route key presses, so
//     the tests press shortcuts in the driver's order (pressShortcut) and the
//     real-window look run shows Ctrl+L locking from a focused field.
//   - A protected list is open only while its owner uses it. Nothing keeps an
//     opened person between flows: the Checklist asks for the PIN every time
//     a protected person is picked, and drops the person (its key zeroed
//     after the saves already queued) when it shows someone else or is left.
//     Changing or removing a PIN asks for the current one.
//   - "PIN" stays the word for a protected list's secret (it is short to say
//     and used across the app), but it must be at least "good" on the vault
//     passphrase's meter, and the dialog says in numbers why: 300-490 ms a
//     guess here once the vault file is copied, so 10,000 four-digit PINs
//     fall in under an hour; "fair" would fall in months to a many-core
//     computer (the reasoning is at minPINScore).
//   - The recovery code is shown in Settings only after the vault's
//     passphrase, or, in "open automatically" mode without one, after the
//     person confirms they set up the vault (there is nothing else to ask).
//   - A secret Parley copies (the recovery code, a comparison or result code)
//     leaves the clipboard after 30 seconds by the App's clock, and at lock or
//     hide, but only if the clipboard still holds it.
//   - In "open automatically" mode, unlocking after a lock takes one click
//     (the key is in the keyring); people who share a login should choose
//     "always ask for my passphrase", and Settings says so.
//   - Idle time counts from the last key press, tap or edit that reaches a
//     Parley screen.
//   - A protected list is opened for one flow and dropped when it ends
//     (Parley keeps no session cache of opened lists):
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
//   - The mouse wheel over a text field of a long page (the editor, the
//     debrief, the renegotiation questions, Compare's paste boxes, the
//     personality test's result code, the checklist's note in the details
//     panel) scrolls the field's own text
//     while it has more to show that way, and the page otherwise
//     (wheel.go says why Fyne needs the wrapper).
//   - A date field selects its whole text when the keyboard arrives (Tab,
//     a click from elsewhere, a jump from the review), so typing replaces
//     a date Parley filled in; a second click places the cursor. Dates are
//     read day first in every common en-GB form, with an optional time
//     (negotiate_dates.go), and a calendar button picks the day, keeping
//     the time of day already typed.
//   - A primary action that is grey says why on a quiet line beneath it
//     (enableWhy); an action that is only busy for a moment says nothing.
//   - Escape in a dialog's field closes the dialog as its Cancel does when
//     nothing was typed, and otherwise asks "Leave without saving?" with
//     "Keep editing" focused (dialog_keys.go). Every dialog with fields
//     opens with the keyboard in its first field; the unlock screen opens
//     with it in the passphrase (or on Unlock where there is none).
//     A dialog without fields (a confirmation, a message, a summary, the
//     recovery code shown again) closes on Escape as its Cancel, Close or
//     No does: the window's key handler finds the dialog on top in the
//     canvas's overlays, the list Lock closes (dialog_keys.go). A search
//     field's text is not kept, so Escape in "Add from Parley's list"
//     leaves at once.
//   - The "I have kept my recovery code somewhere safe" tick is asked only
//     for a code that is new: at first run, and after Settings' key change
//     (the old code stops working, so the new one must be kept as at first
//     run). Looking at the code again in Settings closes at once.
//   - The window opens at 800×600, the smallest screen Parley is made for:
//     Fyne 2.8.1 has no public way to ask the screen's size (the monitor
//     is read only inside its desktop driver), and a first window larger
//     than a small laptop's screen hides its own edges. The person makes it
//     larger or maximises it; Parley never resizes it after that.
//   - Small windows: every screen fits 800×600. Below 1000 px
//     the sidebar shows its icons only (same order, same keys); checklist
//     rows wrap a long name and grow to fit it (row heights in
//     checklist_row.go); category names wrap; the editor's bars wrap.
//     TestSmallWindowCutsNothing checks checklist, compare, editor and
//     history at 800, 1024 and 1280 px for cut, overflowing or overlapping
//     text.
//   - The checklist's selection belongs to an activity, not a row number:
//     a filter change keeps it when the activity is still shown and clears
//     it otherwise, and the details panel then says to pick one. Hover is a
//     faint neutral wash, selection a clear teal, in light and dark.
//   - A custom activity is the person's own unless they choose "Everyone
//     on this computer" when adding it; the dialog says that a shared one
//     is seen in every list, even behind a PIN, and that answers stay each
//     person's own. Own ones stay sealed with their person.
package ui
