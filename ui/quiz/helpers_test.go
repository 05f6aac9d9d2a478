package quiz

import (
	"image/color"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// testPass is the passphrase of every test vault.
const testPass = "tulip river candle orbit"

// fixture is one test's vault (a real SQLCipher file in a temp dir), the
// test Env the screen is built on, the drafts the sidebar would keep and
// what the screen put on the (shell's) clipboard.
type fixture struct {
	v      *persistence.Vault
	env    *kittest.Env
	make   func(env kit.Env, copySecret func(string)) kit.Screen
	copied string
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	store := persistence.Store{Home: filepath.Join(t.TempDir(), "parley"), Now: time.Now}
	v, _, err := store.Create(persistence.ModeAsk, testPass)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{v: v, env: kittest.New(t, v), make: Section()}
	current = f
	t.Cleanup(func() { v.Close() })
	return f
}

// current is the latest test's fixture (the tests do not run in parallel:
// Fyne 2.8.1's text shaper panicked with two laying out at once).
var current *fixture

// eventually waits, draining the latest fixture's queue, until ok.
func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	current.env.Eventually(t, what, ok)
}

// openQuiz builds the Personality test screen afresh, as the sidebar does.
func openQuiz(t *testing.T, f *fixture) *Quiz {
	t.Helper()
	q := f.make(f.env.Env, func(s string) { f.copied = s }).(*Quiz)
	f.env.Window.SetContent(q.View())
	return q
}

// wait lets every queued save finish.
func (f *fixture) wait() {
	done := make(chan struct{})
	f.env.Save(func() error { close(done); return nil }, nil)
	<-done
	f.env.Drain()
}

func tap(b *widget.Button) { test.Tap(b) }

func texts(o fyne.CanvasObject) []string { return kittest.Texts(o) }

func contains(all []string, s string) bool { return kittest.Contains(all, s) }

func walk(o fyne.CanvasObject, parents []fyne.CanvasObject, visit func(fyne.CanvasObject, []fyne.CanvasObject)) {
	kittest.Walk(o, parents, visit)
}

// tapText taps the nearest tappable holding a text that contains s, in
// the topmost overlay (a dialog or a menu) or the window.
func tapText(t *testing.T, f *fixture, s string) {
	t.Helper()
	kittest.TapText(t, f.env.Window, s)
}

// variantTheme is Fyne's theme in one variant (the hover test's light and dark).
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

func inVariant(v fyne.ThemeVariant) fyne.Theme { return variantTheme{theme.DefaultTheme(), v} }
