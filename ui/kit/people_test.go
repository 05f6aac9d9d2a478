package kit_test

import (
	"path/filepath"
	"testing"
	"time"

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
