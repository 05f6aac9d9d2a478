package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/ui/kit"
)

// The shared widgets now live in ui/kit. These one-line forwarders keep the
// screens not yet moved out of package ui compiling unchanged; a mover
// replaces each use with the kit name (para → kit.Para, problem →
// kit.Problem, ...), and the last mover deletes this file.

type problem = kit.Problem

func heading(text string) *widget.Label                             { return kit.Heading(text) }
func subheading(text string) *widget.Label                          { return kit.Subheading(text) }
func para(text string) *widget.Label                                { return kit.Para(text) }
func newProblem() *problem                                          { return kit.NewProblem() }
func column(w float32, objs ...fyne.CanvasObject) fyne.CanvasObject { return kit.Column(w, objs...) }
func newCover(label string, onShow func()) fyne.CanvasObject        { return kit.NewCover(label, onShow) }
func spacer(h float32) fyne.CanvasObject                            { return kit.Spacer(h) }
func rightAligned(objs ...fyne.CanvasObject) fyne.CanvasObject      { return kit.RightAligned(objs...) }
func say(l *widget.Label, text string)                              { kit.Say(l, text) }
func disabledReason() *widget.Label                                 { return kit.DisabledReason() }
func enableWhy(b *widget.Button, why *widget.Label, on bool, reason string) {
	kit.EnableWhy(b, why, on, reason)
}
func fileWhere(path string) map[string]any { return kit.FileWhere(path) }

// ShowGuide opens the guide on one entry (a glossary term or an article,
// by its ID, e.g. "hard-limit").
func (a *App) ShowGuide(id string) { a.env.Navigate(kit.GuideTopic{ID: id}) }

// dialogkeys.go and wheel.go moved to kit (step 0).
type dialogEntry = kit.DialogEntry
type escButton = kit.EscButton
type pageEntry = kit.PageEntry

func newDialogPassword() *dialogEntry { return kit.NewDialogPassword() }
func escapeLeaves(win fyne.Window, cancel func(), fields ...*dialogEntry) {
	kit.EscapeLeaves(win, cancel, fields...)
}
func newEscButton(win fyne.Window, text string, tapped func()) (*widget.Button, fyne.CanvasObject) {
	return kit.NewEscButton(win, text, tapped)
}
func newPassphrasePair(strength *widget.Label) (pass, again *dialogEntry, why *widget.Label) {
	return kit.NewPassphrasePair(strength)
}
func escapeTopDialog(c fyne.Canvas) bool     { return kit.EscapeTopDialog(c) }
func strengthText(p string) string           { return kit.StrengthText(p) }
func samePassphrases(p, again string) string { return kit.SamePassphrases(p, again) }

// openProfile and pinSentence moved to kit (step 0).

// The outline's on-screen renderer moved to kit/render.go (step 0).

func previewSegments(d negotiation.Document) []widget.RichTextSegment { return kit.PreviewSegments(d) }

// Helpers several features share, moved to kit (step 0).

// The new-factor questions before a new version (History and Negotiate).
