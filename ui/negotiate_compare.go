package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// settingNegotiateOpen remembers the draft being edited (its ID only), so
// coming back to Negotiate, from the guide or after a lock, reopens it.
const settingNegotiateOpen = "negotiate_open"

// checkComparison looks, when the screen opens, for a comparison the
// Compare screen asked to start from (and forgets the request), or else
// for a draft that was open when the person left.
func (n *Negotiate) checkComparison() {
	v := n.app.Vault()
	if v == nil {
		return
	}
	type found struct {
		cmp  *persistence.SavedComparison
		open string
	}
	handed := n.app.fromResult // a result Compare handed over (compare_result.go)
	n.app.fromResult = nil
	background(func() (found, error) {
		id, ok, err := v.Setting(settingNegotiateFrom)
		if err != nil {
			return found{}, err
		}
		if !ok || id == "" {
			open, _, err := v.Setting(settingNegotiateOpen)
			return found{open: open}, err
		}
		if err := v.SetSetting(settingNegotiateFrom, ""); err != nil {
			return found{}, err
		}
		if c := handed; c != nil && c.ID == id {
			return found{cmp: c}, nil
		}
		c, err := v.Comparison(id)
		return found{cmp: &c}, err
	}, func(f found, err error) {
		switch {
		case errors.Is(err, persistence.ErrNoSuchComparison):
			n.problem.Say(lang.L("That comparison is no longer saved, so there is nothing to start from. You can begin a new negotiation here all the same."))
		case err != nil:
			n.problem.Say(errorSentence(err))
		case f.cmp != nil:
			n.startNew(comparisonStart(n, *f.cmp))
		case f.open != "" && !n.asked:
			n.reopen(f.open)
		}
	})
}

// remember keeps (or, with "", forgets) which draft is open.
func (n *Negotiate) remember(id string) {
	v := n.app.Vault()
	if v == nil {
		return
	}
	n.app.saves.save(func() error { return v.SetSetting(settingNegotiateOpen, id) }, nil)
}

// comparisonStart is what a saved comparison brings to a new document:
// what both want as "yes", what is worth talking about as "not this
// time" with a note, each with who gives and receives.
func comparisonStart(n *Negotiate, c persistence.SavedComparison) *fromComparison {
	note := lang.L("Starting from the comparison of {{.A}} and {{.B}}: the {{.Yes}} things you both want come in as \"yes\", and the {{.Talk}} worth talking about come in as \"not this time\" until you choose them together. Change anything you like.",
		map[string]any{"A": c.StarterName, "B": c.ResponderName, "Yes": len(c.BothYes), "Talk": len(c.WorthTalking)})
	if len(c.WorthTalking) == 0 {
		note = lang.L("Starting from the comparison of {{.A}} and {{.B}}: the {{.Yes}} things you both want come in as \"yes\". Change anything you like.",
			map[string]any{"A": c.StarterName, "B": c.ResponderName, "Yes": len(c.BothYes)})
	}
	return &fromComparison{
		names: []string{c.StarterName, c.ResponderName},
		note:  note,
		fill: func(d *negotiation.Document) {
			fillFromComparison(n, d, c)
		},
	}
}

// fillFromComparison puts the comparison's matches into the scene in
// place of a template's empty rows.
func fillFromComparison(n *Negotiate, d *negotiation.Document, c persistence.SavedComparison) {
	if len(c.BothYes)+len(c.WorthTalking) == 0 {
		return
	}
	var kept []negotiation.Activity
	for _, a := range d.Scene.Activities {
		if !a.Blank() || strings.TrimSpace(a.Note) != "" {
			kept = append(kept, a)
		}
	}
	d.Scene.Activities = kept
	ids := map[string]string{}
	for _, p := range d.Participants {
		ids[strings.ToLower(strings.TrimSpace(p.Name))] = p.ID
	}
	add := func(m persistence.SavedMatch, status negotiation.Status, note string) {
		a := negotiation.CustomActivity(m.Name, status)
		if n.app.cat != nil {
			if ca, ok := n.app.cat.Activity(m.ActivityID); ok {
				a = negotiation.ActivityFromCatalog(ca, status)
			}
		}
		a.Note = note
		giver, receiver := ids[strings.ToLower(strings.TrimSpace(m.GiverName))], ids[strings.ToLower(strings.TrimSpace(m.ReceiverName))]
		switch {
		case m.Together:
			a.Together = true
		case giver != "" && receiver != "":
			a.Together, a.Givers, a.Receivers = false, []string{giver}, []string{receiver}
		}
		d.AddActivity(a)
	}
	for _, m := range c.BothYes {
		add(m, negotiation.StatusYes, "")
	}
	for _, m := range c.WorthTalking {
		add(m, negotiation.StatusNotThisTime, lang.L("From your comparison: worth talking about first"))
	}
}
