package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// The shared widgets now live in ui/kit. These one-line forwarders keep the
// screens not yet moved out of package ui compiling unchanged; a mover
// replaces each use with the kit name (para → kit.Para, problem →
// kit.Problem, ...), and the last mover deletes this file.

type problem = kit.Problem
type progressLine = kit.ProgressLine

func heading(text string) *widget.Label                             { return kit.Heading(text) }
func subheading(text string) *widget.Label                          { return kit.Subheading(text) }
func para(text string) *widget.Label                                { return kit.Para(text) }
func newProblem() *problem                                          { return kit.NewProblem() }
func column(w float32, objs ...fyne.CanvasObject) fyne.CanvasObject { return kit.Column(w, objs...) }
func scrollOf(page fyne.CanvasObject) *container.Scroll             { return kit.ScrollOf(page) }
func newCover(label string, onShow func()) fyne.CanvasObject        { return kit.NewCover(label, onShow) }
func spacer(h float32) fyne.CanvasObject                            { return kit.Spacer(h) }
func rightAligned(objs ...fyne.CanvasObject) fyne.CanvasObject      { return kit.RightAligned(objs...) }
func say(l *widget.Label, text string)                              { kit.Say(l, text) }
func submitOnEnter(d *dialog.FormDialog, entries ...*widget.Entry)  { kit.SubmitOnEnter(d, entries...) }
func newProgressLine() *progressLine                                { return kit.NewProgressLine() }
func disabledReason() *widget.Label                                 { return kit.DisabledReason() }
func enableWhy(b *widget.Button, why *widget.Label, on bool, reason string) {
	kit.EnableWhy(b, why, on, reason)
}
func wrappingButton(text string, icon fyne.Resource, tapped func()) (*widget.Button, fyne.CanvasObject) {
	return kit.WrappingButton(text, icon, tapped)
}
func fileWhere(path string) map[string]any { return kit.FileWhere(path) }
func hint(text string) *widget.Label       { return kit.Hint(text) }
func quiet(text string) *widget.Label      { return kit.Quiet(text) }

func guideHelp(a *App, ids ...string) *widget.Button { return kit.GuideHelp(a.env, ids...) }

// ShowGuide opens the guide on one entry (a glossary term or an article,
// by its ID, e.g. "hard-limit").
func (a *App) ShowGuide(id string) { a.env.Navigate(kit.GuideTopic{ID: id}) }

func longDate(t time.Time) string { return kit.LongDate(t) }
func negotiationTitle(title string, people []string) string {
	return kit.NegotiationTitle(title, people)
}
func joinWords(names []string) string                          { return kit.JoinWords(names) }
func capitalise(s string) string                               { return kit.Capitalise(s) }
func expiresText(e persistence.Exchange, now time.Time) string { return kit.ExpiresText(e, now) }

// dialogkeys.go and wheel.go moved to kit (step 0).
type dialogEntry = kit.DialogEntry
type escButton = kit.EscButton
type pageEntry = kit.PageEntry

func newDialogEntry() *dialogEntry    { return kit.NewDialogEntry() }
func newDialogPassword() *dialogEntry { return kit.NewDialogPassword() }
func newPageEntry(multi bool, page func() *container.Scroll) *pageEntry {
	return kit.NewPageEntry(multi, page)
}
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

var errNotYet = kit.ErrNotYet

// openProfile and pinSentence moved to kit (step 0).
func openProfile(a *App, prof persistence.Profile, p *problem, opened func(*persistence.Person), failed func()) kit.PinPrompt {
	return kit.OpenProfile(a.env, prof, p, opened, failed)
}
func pinSentence(err error, name string) string { return kit.PinSentence(err, name) }

// The outline's on-screen renderer moved to kit/render.go (step 0).
var (
	plainInline  = kit.PlainInline
	strongInline = kit.StrongInline
	quietInline  = kit.QuietInline
	redStrong    = kit.RedStrong
)

func previewSegments(d negotiation.Document) []widget.RichTextSegment { return kit.PreviewSegments(d) }
func seg(style widget.RichTextStyle, text string) *widget.TextSegment { return kit.Seg(style, text) }
func hiddenLimitsLine(name string) string                             { return kit.HiddenLimitsLine(name) }
func hiddenLimitButtons(doc negotiation.Document, ask func(profile string)) []*widget.Button {
	return kit.HiddenLimitButtons(doc, ask)
}

// Helpers several features share, moved to kit (step 0).
func flagWords(limitsSpeech, marks, needsSkill bool) string {
	return kit.FlagWords(limitsSpeech, marks, needsSkill)
}
func labelled(label string, field fyne.CanvasObject) fyne.CanvasObject {
	return kit.Labelled(label, field)
}
func profileByID(all []persistence.Profile, id string) (persistence.Profile, bool) {
	return kit.ProfileByID(all, id)
}
func summaryLine(s persistence.NegotiationSummary) string { return kit.SummaryLine(s) }
func docTitle(d negotiation.Document) string              { return kit.DocTitle(d) }
func whoseDebriefs(d negotiation.Document, debriefs []negotiation.Debrief) (written, waiting []string) {
	return kit.WhoseDebriefs(d, debriefs)
}
func debriefsLeft(written, waiting []string) string { return kit.DebriefsLeft(written, waiting) }

// The new-factor questions before a new version (History and Negotiate).
type askAgain = kit.AskAgain

func newAskAgain(title string, intro []string, prev negotiation.Document, prevTitle string, backLabel string, back func(), start func([]negotiation.NewFactors)) *askAgain {
	return kit.NewAskAgain(title, intro, prev, prevTitle, backLabel, back, start)
}
func docText(doc negotiation.Document) *widget.RichText      { return kit.DocText(doc) }
func backButton(label string, back func()) fyne.CanvasObject { return kit.BackButton(label, back) }
