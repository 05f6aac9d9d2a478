package kit_test

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
	"parleyapp.org/parley/ui/kit/kittest"
)

// The person bar works over an Env alone: adding a person opens their list,
// and "Someone else" asks the shell to build the section afresh (the
// chooser again) through Env.Reopen, as it asked the shell itself before.
func TestPeopleOverEnv(t *testing.T) {
	store := persistence.Store{Home: filepath.Join(t.TempDir(), "parley"), Now: time.Now}
	v, _, err := store.Create(persistence.ModeAsk, "tulip river candle orbit")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { v.Close() })
	env := kittest.New(t, v)
	var opened *persistence.Person
	pp := kit.NewPeople(env.Env, kit.NewProblem(), func(p *persistence.Person) { opened = p })
	pp.Refresh()
	pp.AddPerson("Sam", "")
	env.Eventually(t, "Sam's list opens", func() bool { return opened != nil && opened.Name == "Sam" })
	env.Eventually(t, "the chooser lists Sam", func() bool { return len(pp.All) == 1 && pp.All[0].Name == "Sam" })
	if pp.Current() != opened {
		t.Fatalf("the bar shows %v, want Sam", pp.Current())
	}
	pp.BackToChooser()
	if env.Reopened != 1 {
		t.Fatalf("Someone else rebuilt the section %d times, want 1", env.Reopened)
	}
}

// While a list is being sealed (Argon2id, about half a second) the PIN
// dialog stays open, and typing in it must neither offer "Protect my list"
// again nor read the person the save is rewriting on the saver goroutine
// (go test -race caught that read).
func TestSealingKeepsSaveGreyWhileTypingGoesOn(t *testing.T) {
	env := kittest.NewVaulted(t, nil)
	v := env.V
	pp := kit.NewPeople(env.Env.Env, kit.NewProblem(), func(*persistence.Person) {})
	env.Window.SetContent(pp.Bar())
	pp.AddPerson("Sam", "")
	env.Eventually(t, "Sam's list opens", func() bool { return pp.Current() != nil })

	pp.AskSeal()
	form := env.Window.Canvas().Overlays().Top()
	var fields []*kit.DialogEntry
	var save *widget.Button
	kittest.Walk(form, nil, func(o fyne.CanvasObject, _ []fyne.CanvasObject) {
		switch o := o.(type) {
		case *kit.DialogEntry:
			fields = append(fields, o)
		case *kit.EscButton:
			if o.Text == "Protect my list" {
				save = &o.Button
			}
		}
	})
	if len(fields) != 2 || save == nil {
		t.Fatalf("the PIN dialog has %d fields and save %v", len(fields), save)
	}
	const pin = "quiet harbour lantern seven"
	test.Type(fields[0], pin)
	test.Type(fields[1], pin)
	test.Tap(save)
	test.Type(fields[0], "s")
	test.Type(fields[1], "s")
	if !save.Disabled() {
		t.Fatal("typing while the list was being sealed offered Protect my list again")
	}
	env.Eventually(t, "the dialog closes", func() bool { return env.Window.Canvas().Overlays().Top() == nil })
	if !pp.Current().Sealed {
		t.Fatal("Sam's list is not protected after the dialog closed")
	}
	if _, err := v.OpenPerson(pp.Current().ID, pin); err != nil {
		t.Fatalf("the PIN typed before Protect my list does not open the list: %v", err)
	}
}
