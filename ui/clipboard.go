package ui

import "time"

// clipboardLife is how long a secret Parley copied (the recovery code, a
// comparison code) may stay on the clipboard.
const clipboardLife = 30 * time.Second

// copySecret puts text on the clipboard for clipboardLife. After that,
// and at lock or quick-hide, Parley takes it back, but only if the
// clipboard still holds it: whatever the person copied since is theirs.
func (a *App) copySecret(text string) {
	a.fyne.Clipboard().SetContent(text)
	a.copied, a.copiedAt = text, a.now()
	time.AfterFunc(clipboardLife, func() { a.env.Do(a.expireClipboard) })
}

// expireClipboard takes back a copied secret once its time is up (by the
// App's clock, so tests can move it).
func (a *App) expireClipboard() {
	if a.copied != "" && a.now().Sub(a.copiedAt) >= clipboardLife {
		a.clearClipboard()
	}
}

// clearClipboard takes back a copied secret now, if it is still there.
func (a *App) clearClipboard() {
	if a.copied == "" {
		return
	}
	if cb := a.fyne.Clipboard(); cb.Content() == a.copied {
		cb.SetContent("")
	}
	a.copied = ""
}
