package compare

import (
	"slices"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// personPicker chooses one person of this vault for a comparison and opens
// their list, asking for the PIN of a protected one. The opened person is
// kept only for the comparison it was chosen for: Compare drops it when
// the comparison is made, and when the person goes back or leaves
// (Compare.dropPeople), so a protected list is never left open behind.
type personPicker struct {
	env      kit.Env
	problem  *kit.Problem
	onChange func()

	sel *widget.Select
	all []persistence.Profile
	// only: choose the one person of the vault by themselves (when their
	// list has no PIN), so nobody has to pick their own name from a list of one.
	only   bool
	person *persistence.Person // the opened person; nil until then
	// except, when set, says which profiles this picker leaves out: a
	// later person on one computer is never one chosen above.
	except func(id string) bool

	// the PIN dialog, while it is open (kept for the tests)
	pin       *widget.Entry
	pinDialog *kit.Form
}

func newPersonPicker(env kit.Env, p *kit.Problem, placeholder string, onChange func()) *personPicker {
	pk := &personPicker{env: env, problem: p, onChange: onChange}
	pk.sel = widget.NewSelect(nil, nil)
	pk.sel.PlaceHolder = placeholder
	pk.sel.OnChanged = func(string) { pk.choose(pk.sel.SelectedIndex()) }
	return pk
}

// drop forgets the opened person and the choice.
func (pk *personPicker) drop() {
	pk.person = nil
	onChanged := pk.sel.OnChanged
	pk.sel.OnChanged = nil
	pk.sel.ClearSelected()
	pk.sel.OnChanged = onChanged
}

// setPeople fills the choices, keeping the chosen person if still there;
// a person left out (except) who was chosen is dropped.
func (pk *personPicker) setPeople(all []persistence.Profile) {
	chosen := pk.chosenID() // perhaps still waiting for its PIN
	if pk.person != nil {
		chosen = pk.person.ID
	}
	pk.all = nil
	var names []string
	for _, p := range all {
		if pk.except != nil && pk.except(p.ID) {
			continue
		}
		pk.all = append(pk.all, p)
		names = append(names, profileLabel(p))
	}
	all = pk.all
	if pk.person != nil && !slices.ContainsFunc(all, func(p persistence.Profile) bool { return p.ID == pk.person.ID }) {
		pk.person = nil
	}
	onChanged := pk.sel.OnChanged
	pk.sel.OnChanged = nil
	pk.sel.SetOptions(names)
	pk.sel.ClearSelected()
	for i, p := range all {
		if p.ID == chosen {
			pk.sel.SetSelectedIndex(i)
		}
	}
	pk.sel.OnChanged = onChanged
	if pk.only && pk.person == nil && len(all) == 1 && !all[0].Sealed {
		pk.sel.SetSelectedIndex(0)
	}
}

func profileLabel(p persistence.Profile) string {
	if p.Sealed {
		return lang.L("{{.Name}} (protected by a PIN)", map[string]any{"Name": p.Name})
	}
	return p.Name
}

// chosenID is the profile chosen, its list open or its PIN being asked
// for; "" for none.
func (pk *personPicker) chosenID() string {
	if i := pk.sel.SelectedIndex(); i >= 0 && i < len(pk.all) {
		return pk.all[i].ID
	}
	return ""
}

// choose opens the i-th person, asking for their PIN if needed.
func (pk *personPicker) choose(i int) {
	pk.person = nil
	if i < 0 || i >= len(pk.all) {
		pk.onChange()
		return
	}
	prof := pk.all[i]
	prompt := kit.OpenProfile(pk.env, prof, pk.problem, func(p *persistence.Person) {
		if pk.chosenID() != prof.ID { // chosen again meanwhile
			return
		}
		pk.person = p
		pk.onChange()
	}, func() {
		if pk.chosenID() == prof.ID {
			pk.sel.ClearSelected()
		}
	})
	pk.pin, pk.pinDialog = prompt.Entry, prompt.Dialog
	pk.onChange()
}
