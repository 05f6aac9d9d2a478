package negotiate

import (
	"fyne.io/fyne/v2/lang"
	"parleyapp.org/parley/ui/kit"
	"slices"

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
	conds     map[string]map[string][]checklist.Condition
}

// loadLinked reads, in the background, the limits on every linked open
// list and notes each protected one as not yet checked. Lists already
// checked with their PIN in this editor keep their limits.
func (ed *negEditor) loadLinked() {
	v := ed.env.Vault()
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
	cat := ed.env.Catalog
	kit.Background(ed.env, func() (linkedRead, error) {
		out := linkedRead{map[string]negotiation.Limits{}, map[string]negotiation.Unchecked{}, map[string]map[string]bool{}, map[string]map[string]bool{}, map[string]map[string][]checklist.Condition{}}
		profiles, err := v.Profiles()
		if err != nil {
			return out, err
		}
		for _, l := range links {
			prof, ok := kit.ProfileByID(profiles, l.profile)
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
				limits, tried, gave, conds, err := readLinkedConditions(v, cat, person)
				if err != nil {
					out.unchecked[l.pid] = negotiation.UncheckedUnreadable
					continue
				}
				out.linked[l.pid], out.tried[l.pid], out.gave[l.pid], out.conds[l.pid] = limits, tried, gave, conds
			}
		}
		return out, nil
	}, func(r linkedRead, err error) {
		if ed.gone {
			return
		}
		if err != nil {
			ed.problem.Say(kit.ErrorSentence(err))
			r.unchecked = map[string]negotiation.Unchecked{}
			for _, l := range links {
				r.unchecked[l.pid] = negotiation.UncheckedUnreadable
			}
		}
		if ed.sealed == nil {
			ed.sealed = map[string]bool{}
		}
		for pid, u := range r.unchecked {
			if u == negotiation.UncheckedProtected {
				ed.sealed[pid] = true
			}
		}
		for pid, l := range ed.linked { // checked with a PIN in this editor
			if r.unchecked[pid] == negotiation.UncheckedProtected {
				r.linked[pid] = l
				r.tried[pid], r.gave[pid], r.conds[pid] = ed.tried[pid], ed.gave[pid], ed.conds[pid]
				delete(r.unchecked, pid)
			}
		}
		ed.linked, ed.unchecked = r.linked, r.unchecked
		ed.tried, ed.gave = r.tried, r.gave
		had := len(ed.conds) > 0
		ed.conds = r.conds
		if had || len(r.conds) > 0 {
			ed.rebuild(negotiation.SectionActivities)
		}
		if ed.syncConditions() {
			ed.changed()
		}
		ed.review.update()
	})
}

// readLinked reads a person's limits (with the catalog's names) and what
// they have done before (either side, and the giving side apart).
// readLinkedConditions is readLinked with the "only with…" conditions the
// person's own Yes and Maybe answers carry, by activity ID.
func readLinkedConditions(v *persistence.Vault, cat *catalog.Catalog, person *persistence.Person) (negotiation.Limits, map[string]bool, map[string]bool, map[string][]checklist.Condition, error) {
	sheet, custom, err := v.LoadChecklist(person)
	if err != nil {
		return negotiation.Limits{}, nil, nil, nil, err
	}
	tried, gave := triedOf(sheet)
	return negotiation.LimitsFromSheet(sheet, activityNamer(cat, custom)), tried, gave, conditionsOf(sheet), nil
}

// conditionsOf lists, by activity ID, the conditions a person's Yes and
// Maybe answers carry (one per direction that has one).
func conditionsOf(sheet *checklist.Sheet) map[string][]checklist.Condition {
	out := map[string][]checklist.Condition{}
	for _, k := range sheet.Keys() {
		if c := sheet.Get(k).Conditions(); !c.IsZero() && !slices.Contains(out[k.Activity], c) {
			out[k.Activity] = append(out[k.Activity], c)
		}
	}
	return out
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
	v := ed.env.Vault()
	kit.Background(ed.env, v.Profiles, func(all []persistence.Profile, err error) {
		if ed.gone {
			return
		}
		if err != nil {
			ed.problem.Say(kit.ErrorSentence(err))
			return
		}
		prof, ok := kit.ProfileByID(all, profile)
		if !ok {
			ed.problem.Say(lang.L("{{.Name}}'s list is no longer in Parley, so there is nothing to check against.", map[string]any{"Name": ed.doc.NameOf(pid)}))
			return
		}
		prompt := kit.OpenProfile(ed.env, prof, ed.problem, func(person *persistence.Person) {
			ed.readWithPIN(pid, person, nil)
		}, func() {})
		ed.linkPIN, ed.linkDlg = prompt.Entry, prompt.Dialog
	})
}

// readWithPIN reads an opened protected list's limits for the review and
// shows the limits brought in from it; then (when not nil) next runs with
// the limits. The person is not kept.
func (ed *negEditor) readWithPIN(pid string, person *persistence.Person, next func(negotiation.Limits)) {
	v, cat := ed.env.Vault(), ed.env.Catalog
	doc := ed.doc.Clone()
	type read struct {
		limits negotiation.Limits
		tried  map[string]bool
		gave   map[string]bool
		conds  map[string][]checklist.Condition
		doc    negotiation.Document
	}
	kit.Background(ed.env, func() (read, error) {
		limits, tried, gave, conds, err := readLinkedConditions(v, cat, person)
		if err != nil {
			return read{}, err
		}
		if err := v.RevealLimits(&doc, person); err != nil {
			return read{}, err
		}
		return read{limits, tried, gave, conds, doc}, nil
	}, func(r read, err error) {
		if ed.gone {
			return
		}
		if err != nil {
			ed.problem.Say(kit.ErrorSentence(err))
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
		if ed.sealed == nil {
			ed.sealed = map[string]bool{}
		}
		ed.sealed[pid] = true // only a protected list is read with its PIN
		if ed.conds == nil {
			ed.conds = map[string]map[string][]checklist.Condition{}
		}
		ed.conds[pid] = r.conds
		for j := range ed.doc.Participants {
			p := &ed.doc.Participants[j]
			if k := r.doc.ParticipantIndex(p.ID); k >= 0 && len(p.HiddenLimits) > 0 && p.ProfileID == person.ID {
				p.Limits, p.HiddenLimits = r.doc.Participants[k].Limits, r.doc.Participants[k].HiddenLimits
			}
		}
		if ed.syncConditions() {
			ed.changed()
		}
		ed.rebuild(negotiation.SectionLimits, negotiation.SectionActivities)
		ed.review.update()
		if next != nil {
			next(r.limits)
		}
	})
}
