package persistence_test

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/persistence"
)

// A vault in a folder of its own, in "always ask" mode (the key is sealed
// by the passphrase only, nothing goes to the keyring): a person, one
// saved answer, and the answer is still there after closing and opening
// again with the passphrase.
func Example() {
	dir, err := os.MkdirTemp("", "parley-example-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	store := persistence.Store{Home: filepath.Join(dir, "parley"), Now: time.Now}

	v, code, err := store.Create(persistence.ModeAsk, "tulip river candle orbit")
	if err != nil {
		panic(err)
	}
	_ = code // shown to the person once: it opens the vault if the passphrase is lost

	sam, err := v.AddProfile(persistence.Profile{Name: "Sam"})
	if err != nil {
		panic(err)
	}
	p, err := v.OpenPerson(sam.ID, "") // "" for a list without a PIN
	if err != nil {
		panic(err)
	}
	k := checklist.Key{Activity: "blindfold", Direction: checklist.Receiving}
	entry := checklist.Entry{Answer: checklist.Yes, Note: "Soft ones only", Changed: time.Now()}
	change := &checklist.Change{Key: k, From: checklist.Unanswered, To: checklist.Yes, At: entry.Changed}
	if err := v.SaveAnswer(p, k, entry, change); err != nil {
		panic(err)
	}
	p.Forget()
	if err := v.Close(); err != nil {
		panic(err)
	}

	v, err = store.OpenWithPassphrase("tulip river candle orbit")
	if err != nil {
		panic(err)
	}
	defer v.Close()
	people, err := v.Profiles()
	if err != nil {
		panic(err)
	}
	p, err = v.OpenPerson(people[0].ID, "")
	if err != nil {
		panic(err)
	}
	defer p.Forget()
	sheet, _, err := v.LoadChecklist(p)
	if err != nil {
		panic(err)
	}
	got := sheet.Get(k)
	fmt.Printf("%s: %s, %q\n", people[0].Name, got.Answer, got.Note)
	// Output:
	// Sam: yes, "Soft ones only"
}
