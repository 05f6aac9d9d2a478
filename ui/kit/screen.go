package kit

import "fyne.io/fyne/v2"

// Screen is one section of the main window, as the shell sees it.
type Screen interface {
	// View is the screen's content.
	View() fyne.CanvasObject
	// Leave is called before the screen goes away (another section, or a
	// lock): anything not yet saved is saved now.
	Leave()
}

// Opener is a screen that can show a place inside itself: the shell calls
// Open with the target after it has shown (or kept) the screen.
type Opener interface {
	Open(Target)
}

// Refresher is a screen that can show the vault's data afresh: the shell
// calls Refresh when something changed behind it (a debrief fell due).
type Refresher interface {
	Refresh()
}
