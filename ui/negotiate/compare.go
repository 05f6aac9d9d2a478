package negotiate

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	msg "parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// settingNegotiateOpen remembers the draft being edited (its ID only), so
// coming back to Negotiate, from the guide or after a lock, reopens it.
const settingNegotiateOpen = "negotiate_open"

// checkComparison reopens, when the screen opens, the draft that was being
// edited. A comparison to start from arrives as a kit.NegotiateFrom (Open).
func (n *Negotiate) checkComparison() {
	v := n.env.Vault()
	if v == nil {
		return
	}
	kit.Background(n.env, func() (string, error) {
		open, _, err := v.Setting(settingNegotiateOpen)
		return open, err
	}, func(open string, err error) {
		switch {
		case err != nil:
			n.problem.Say(kit.ErrorSentence(err))
		case open != "" && !n.asked:
			n.reopen(open)
		}
	})
}

// Open goes to a place the rest of Parley asked for (kit.Env.Navigate):
// one negotiation, or a new one from a comparison. A comparison handed in
// memory is used as it is; one named by its ID alone is read from the vault.
func (n *Negotiate) Open(t kit.Target) {
	switch t := t.(type) {
	case kit.NegotiateOpen:
		n.open(t.NegotiationID)
	case kit.NegotiateFrom:
		n.asked = true
		if t.Result != nil {
			n.startNew(comparisonStart(n, *t.Result))
			return
		}
		n.startFromSaved(t.ComparisonID)
	}
}

// startFromSaved reads a saved comparison and starts a new document from it.
func (n *Negotiate) startFromSaved(id string) {
	v := n.env.Vault()
	if v == nil {
		return
	}
	kit.Background(n.env, func() (persistence.SavedComparison, error) { return v.Comparison(id) }, func(c persistence.SavedComparison, err error) {
		switch {
		case errors.Is(err, persistence.ErrNoSuchComparison):
			n.problem.Say(lang.L("That comparison is no longer saved, so there is nothing to start from. You can begin a new negotiation here all the same."))
		case err != nil:
			n.problem.Say(kit.ErrorSentence(err))
		default:
			n.startNew(comparisonStart(n, c))
		}
	})
}

// remember keeps (or, with "", forgets) which draft is open.
func (n *Negotiate) remember(id string) {
	v := n.env.Vault()
	if v == nil {
		return
	}
	n.env.Save(func() error { return v.SetSetting(settingNegotiateOpen, id) }, nil)
}

// comparisonStart is what a saved comparison brings to a new document:
// what both want as "yes", what is worth talking about as "not this
// time" with a note, each with who gives and receives.
func comparisonStart(n *Negotiate, c persistence.SavedComparison) *fromComparison {
	if c.Group != nil {
		return groupStart(n, c)
	}
	note := lang.L("Starting from the comparison of {{.A}} and {{.B}}: what you both want comes in as \"yes\", and what is worth talking about comes in as \"not this time\" until you choose it together. Change anything you like.",
		map[string]any{"A": c.StarterName, "B": c.ResponderName})
	if len(c.WorthTalking) == 0 {
		note = lang.L("Starting from the comparison of {{.A}} and {{.B}}: what you both want comes in as \"yes\". Change anything you like.",
			map[string]any{"A": c.StarterName, "B": c.ResponderName})
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
	clearTemplateRows(d)
	ids := participantIDs(d)
	add := func(m persistence.SavedMatch, status negotiation.Status, note string) {
		a := comparedActivity(n, m.ActivityID, m.Name, status)
		a.Note = note
		giver, receiver := ids[nameKey(m.GiverName)], ids[nameKey(m.ReceiverName)]
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

// clearTemplateRows drops a template's empty rows (nothing chosen, no
// note), so that what a comparison found takes their place.
func clearTemplateRows(d *negotiation.Document) {
	var kept []negotiation.Activity
	for _, a := range d.Scene.Activities {
		if !a.Blank() || strings.TrimSpace(a.Note) != "" {
			kept = append(kept, a)
		}
	}
	d.Scene.Activities = kept
}

// participantIDs maps each participant's name, as nameKey has it, to their
// ID: a comparison names people, the scene keeps IDs.
func participantIDs(d *negotiation.Document) map[string]string {
	ids := map[string]string{}
	for _, p := range d.Participants {
		ids[nameKey(p.Name)] = p.ID
	}
	return ids
}

// nameKey is a name as the comparison and the scene are matched by: any
// case, no spaces around it.
func nameKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

// comparedActivity is a compared match as a scene activity: the catalog's
// own, or a custom one by the name the comparison kept.
func comparedActivity(n *Negotiate, id, name string, status negotiation.Status) negotiation.Activity {
	if n.env.Catalog != nil {
		if ca, ok := n.env.Catalog.Activity(id); ok {
			return negotiation.ActivityFromCatalog(ca, status)
		}
	}
	return negotiation.CustomActivity(name, status)
}

// groupStart is comparisonStart for three or four people compared on this
// computer: every one of them takes part; what all of them want comes in
// as "yes", with who gives and who receives, and what all of them said
// Yes or Maybe to as "not this time" until they choose it together. What
// only a pair wants comes in too, as "not this time" under "Only some of
// you" with who wants it (negotiation's wanted.go), so the group sees it
// and nothing the pairs found is lost; a group scene still starts from
// what the whole group shares.
func groupStart(n *Negotiate, c persistence.SavedComparison) *fromComparison {
	g := c.Group
	return &fromComparison{
		names: append([]string(nil), g.Names...),
		note:  groupNote(*g),
		fill:  func(d *negotiation.Document) { fillFromGroup(n, d, *g) },
	}
}

// groupNote says what comes in from a group's comparison, one sentence
// per count so each says its count in the right form.
func groupNote(g persistence.SavedGroup) string {
	names := msg.Args{"Names": kit.JoinWords(g.Names)}
	first := msg.Plural("from-group.everyone", len(g.Everyone), names)
	if len(g.Everyone) == 0 {
		first = msg.New("from-group.nothing", names)
	}
	says := []string{kit.SayMsg(first)}
	if n := len(g.WorthTalking); n > 0 {
		says = append(says, kit.SayMsg(msg.Plural("from-group.worth-talking", n, nil)))
	}
	if n := len(pairOnly(g)); n > 0 {
		says = append(says, kit.SayMsg(msg.Plural("from-group.only-some", n, nil)))
	}
	return strings.Join(append(says, kit.SayMsg(msg.New("from-group.change", nil))), " ")
}

// fillFromGroup puts what the whole group shares into the scene in place
// of a template's empty rows.
func fillFromGroup(n *Negotiate, d *negotiation.Document, g persistence.SavedGroup) {
	if len(g.Everyone)+len(g.WorthTalking) == 0 {
		return
	}
	clearTemplateRows(d)
	ids := participantIDs(d)
	who := func(names []string) []string {
		var out []string
		for _, name := range names {
			if id := ids[nameKey(name)]; id != "" {
				out = append(out, id)
			}
		}
		return out
	}
	add := func(m persistence.SavedGroupMatch, status negotiation.Status, note string) int {
		a := comparedActivity(n, m.ActivityID, m.Name, status)
		a.Note = note
		givers, receivers := who(m.GiverNames), who(m.ReceiverNames)
		switch {
		case m.Together:
			a.Together = true
		case len(givers) > 0 && len(receivers) > 0:
			a.Together, a.Givers, a.Receivers = false, givers, receivers
		}
		return d.AddActivity(a)
	}
	for _, m := range g.Everyone {
		add(m, negotiation.StatusYes, "")
	}
	for _, m := range g.WorthTalking {
		add(m, negotiation.StatusNotThisTime, lang.L("From your comparison: worth talking about first"))
	}
	for _, po := range pairOnly(g) {
		if pair := who(po.names); len(pair) == 2 {
			d.AddWantedBy(add(po.match, negotiation.StatusNotThisTime, ""), pair...)
		}
	}
}

// pairMatch is what one pair of a group wants and the whole group does
// not, as a group match, with the pair's names.
type pairMatch struct {
	match persistence.SavedGroupMatch
	names []string
}

// pairOnly lists what each pair of g says Yes to that is not already
// among what the whole group wants or would talk about: it comes into a
// group negotiation as "only some of you" (negotiation.Activity.WantedBy).
func pairOnly(g persistence.SavedGroup) []pairMatch {
	var out []pairMatch
	for _, p := range g.Pairs {
		for _, m := range p.BothYes {
			if groupHas(g, m) {
				continue
			}
			gm := persistence.SavedGroupMatch{ActivityID: m.ActivityID, Name: m.Name, Category: m.Category, Together: m.Together}
			if !m.Together {
				gm.GiverNames, gm.ReceiverNames = []string{m.GiverName}, []string{m.ReceiverName}
			}
			out = append(out, pairMatch{gm, []string{p.FirstName, p.SecondName}})
		}
	}
	return out
}

// groupHas reports whether a pair's match is already among what the whole
// group wants or would talk about (the same activity, the pair's giver
// among its givers and its receiver among its receivers).
func groupHas(g persistence.SavedGroup, m persistence.SavedMatch) bool {
	for _, gm := range append(slices.Clone(g.Everyone), g.WorthTalking...) {
		if gm.ActivityID != m.ActivityID {
			continue
		}
		if gm.Together && m.Together || slices.Contains(gm.GiverNames, m.GiverName) && slices.Contains(gm.ReceiverNames, m.ReceiverName) {
			return true
		}
	}
	return false
}
