package ui

import (
	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// The review checks the scene against each linked person's own checklist
// (negotiation.Facts.Linked), whether or not their limits were brought in.
// An open list is read when the editor opens. A protected one is read only
// after its owner types the PIN ("Check with Sam's list", on the review's
// finding or from bringing limits in); until then the review says the
// check could not be made, and printing and agreeing wait. The opened
// list is dropped as soon as its limits are read: the editor keeps only
// the limits (and what the person has done before), and only while
// it is open.

// linkedRead is what reading the linked lists found.
type linkedRead struct {
	linked    map[string]negotiation.Limits
	unchecked map[string]negotiation.Unchecked
	tried     map[string]map[string]bool
	gave      map[string]map[string]bool // the giving side of tried
}

// loadLinked reads, in the background, the limits on every linked open
// list and notes each protected one as not yet checked. Lists already
// checked with their PIN in this editor keep their limits.
func (ed *negEditor) loadLinked() {
	v := ed.app.Vault()
	if v == nil {
		return
	}
	type link struct{ pid, profile string }
	var links []link
	for _, p := range ed.doc.Participants {
		if p.ProfileID != "" {
			links = append(links, link{p.ID, p.ProfileID})
		}
	}
	cat := ed.app.cat
	background(func() (linkedRead, error) {
		out := linkedRead{map[string]negotiation.Limits{}, map[string]negotiation.Unchecked{}, map[string]map[string]bool{}, map[string]map[string]bool{}}
		profiles, err := v.Profiles()
		if err != nil {
			return out, err
		}
		for _, l := range links {
			prof, ok := profileByID(profiles, l.profile)
			switch {
			case !ok: // the list is gone: nothing to check against
			case prof.Sealed:
				out.unchecked[l.pid] = negotiation.UncheckedProtected
			default:
				person, err := v.OpenPerson(prof.ID, "")
				if err != nil {
					out.unchecked[l.pid] = negotiation.UncheckedUnreadable
					continue
				}
				limits, tried, gave, err := readLinked(v, cat, person)
				if err != nil {
					out.unchecked[l.pid] = negotiation.UncheckedUnreadable
					continue
				}
				out.linked[l.pid], out.tried[l.pid], out.gave[l.pid] = limits, tried, gave
			}
		}
		return out, nil
	}, func(r linkedRead, err error) {
		if ed.gone {
			return
		}
		if err != nil {
			ed.problem.Say(errorSentence(err))
			r.unchecked = map[string]negotiation.Unchecked{}
			for _, l := range links {
				r.unchecked[l.pid] = negotiation.UncheckedUnreadable
			}
		}
		for pid, l := range ed.linked { // checked with a PIN in this editor
			if r.unchecked[pid] == negotiation.UncheckedProtected {
				r.linked[pid] = l
				r.tried[pid], r.gave[pid] = ed.tried[pid], ed.gave[pid]
				delete(r.unchecked, pid)
			}
		}
		ed.linked, ed.unchecked = r.linked, r.unchecked
		ed.tried, ed.gave = r.tried, r.gave
		ed.review.update()
	})
}

// readLinked reads a person's limits (with the catalog's names) and what
// they have done before (either side, and the giving side apart).
func readLinked(v *persistence.Vault, cat *catalog.Catalog, person *persistence.Person) (negotiation.Limits, map[string]bool, map[string]bool, error) {
	sheet, custom, err := v.LoadChecklist(person)
	if err != nil {
		return negotiation.Limits{}, nil, nil, err
	}
	tried, gave := triedOf(sheet)
	return negotiation.LimitsFromSheet(sheet, activityNamer(cat, custom)), tried, gave, nil
}

func activityNamer(cat *catalog.Catalog, custom []catalog.Activity) func(string) string {
	if cat == nil {
		return nil
	}
	names := cat.WithCustom(custom)
	return func(id string) string {
		a, _ := names.Activity(id)
		return a.Name
	}
}

// triedOf is what a person has done before: either side (tried), and the
// giving side or together (gave).
func triedOf(sheet *checklist.Sheet) (tried, gave map[string]bool) {
	tried, gave = map[string]bool{}, map[string]bool{}
	for _, k := range sheet.Keys() {
		if sheet.Get(k).Tried {
			tried[k.Activity] = true
			if k.Direction != checklist.Receiving {
				gave[k.Activity] = true
			}
		}
	}
	return tried, gave
}

// checkLinked asks the PIN of a participant's protected list, then checks
// the scene against it and shows the limits they brought in from it.
func (ed *negEditor) checkLinked(pid string) {
	i := ed.doc.ParticipantIndex(pid)
	if i < 0 {
		return
	}
	profile := ed.doc.Participants[i].ProfileID
	v := ed.app.Vault()
	background(v.Profiles, func(all []persistence.Profile, err error) {
		if ed.gone {
			return
		}
		if err != nil {
			ed.problem.Say(errorSentence(err))
			return
		}
		prof, ok := profileByID(all, profile)
		if !ok {
			ed.problem.Say(lang.L("{{.Name}}'s list is no longer in Parley, so there is nothing to check against.", map[string]any{"Name": ed.doc.NameOf(pid)}))
			return
		}
		prompt := openProfile(ed.app, prof, ed.problem, func(person *persistence.Person) {
			ed.readWithPIN(pid, person, nil)
		}, func() {})
		ed.linkPIN, ed.linkDlg = prompt.Entry, prompt.Dialog
	})
}

// readWithPIN reads an opened protected list's limits for the review and
// shows the limits brought in from it; then (when not nil) next runs with
// the limits. The person is not kept.
func (ed *negEditor) readWithPIN(pid string, person *persistence.Person, next func(negotiation.Limits)) {
	v, cat := ed.app.Vault(), ed.app.cat
	doc := ed.doc.Clone()
	type read struct {
		limits negotiation.Limits
		tried  map[string]bool
		gave   map[string]bool
		doc    negotiation.Document
	}
	background(func() (read, error) {
		limits, tried, gave, err := readLinked(v, cat, person)
		if err != nil {
			return read{}, err
		}
		if err := v.RevealLimits(&doc, person); err != nil {
			return read{}, err
		}
		return read{limits, tried, gave, doc}, nil
	}, func(r read, err error) {
		if ed.gone {
			return
		}
		if err != nil {
			ed.problem.Say(errorSentence(err))
			return
		}
		ed.problem.Say("")
		if ed.linked == nil {
			ed.linked = map[string]negotiation.Limits{}
		}
		ed.linked[pid] = r.limits
		delete(ed.unchecked, pid)
		if ed.tried == nil {
			ed.tried, ed.gave = map[string]map[string]bool{}, map[string]map[string]bool{}
		}
		ed.tried[pid], ed.gave[pid] = r.tried, r.gave
		for j := range ed.doc.Participants {
			p := &ed.doc.Participants[j]
			if k := r.doc.ParticipantIndex(p.ID); k >= 0 && len(p.HiddenLimits) > 0 && p.ProfileID == person.ID {
				p.Limits, p.HiddenLimits = r.doc.Participants[k].Limits, r.doc.Participants[k].HiddenLimits
			}
		}
		ed.rebuild(negotiation.SectionLimits)
		ed.review.update()
		if next != nil {
			next(r.limits)
		}
	})
}
