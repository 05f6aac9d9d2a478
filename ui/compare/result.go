package compare

import (
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// side is whose screen a result is shown on: both people (on one
// computer), or one side of an exchange between two computers.
type side int

const (
	bothSides side = iota
	starterSide
	responderSide
)

// savedResult turns the engine's Result into what the vault keeps and the
// screen shows. cat should hold the custom activities of the person (or
// people) on this computer, so their names can be shown.
func savedResult(cat *catalog.Catalog, r match.Result, starter, responder string, from side) persistence.SavedComparison {
	c := persistence.SavedComparison{
		StarterName:       starter,
		ResponderName:     responder,
		CatalogVersion:    r.CatalogVersion,
		MaybesCompared:    r.MaybesCompared,
		FantasiesCompared: r.FantasiesCompared,
		StarterCount:      r.StarterCount.Yes,
		ResponderCount:    r.ResponderCount.Yes,
		OverClaimWarning:  overClaimWarning(r, starter, responder, from),
		Local:             from == bothSides,
	}
	for _, m := range r.BothYes {
		c.BothYes = append(c.BothYes, savedMatch(cat, m, starter, responder))
	}
	for _, m := range r.WorthTalking {
		c.WorthTalking = append(c.WorthTalking, savedMatch(cat, m, starter, responder))
	}
	for _, m := range r.Fantasy {
		c.Fantasy = append(c.Fantasy, savedMatch(cat, m, starter, responder))
	}
	sortByCategory(cat, c.BothYes)
	sortByCategory(cat, c.WorthTalking)
	sortByCategory(cat, c.Fantasy)
	return c
}

func savedMatch(cat *catalog.Catalog, m match.Match, starter, responder string) persistence.SavedMatch {
	s := persistence.SavedMatch{ActivityID: m.Activity, Slot: string(m.Slot), Name: strings.TrimPrefix(m.Activity, "custom:")}
	if a, ok := cat.Activity(m.Activity); ok {
		s.Name = a.Name
		if k, ok := cat.Category(a.Category); ok {
			s.Category = k.Name
		}
	}
	switch m.Slot {
	case match.SlotStarterGives:
		s.GiverName, s.ReceiverName = starter, responder
	case match.SlotResponderGives:
		s.GiverName, s.ReceiverName = responder, starter
	default:
		s.Together = true
	}
	return s
}

// sortByCategory orders matches by the catalog's category order (own
// activities without a category last), then by name.
func sortByCategory(cat *catalog.Catalog, ms []persistence.SavedMatch) {
	rank := categoryRank(cat)
	sort.SliceStable(ms, func(i, j int) bool {
		if rank(ms[i].Category) != rank(ms[j].Category) {
			return rank(ms[i].Category) < rank(ms[j].Category)
		}
		return ms[i].Name < ms[j].Name
	})
}

// categoryRank is a category's place in the catalog (own activities
// without a category last).
func categoryRank(cat *catalog.Catalog) func(string) int {
	rank := map[string]int{}
	for i, k := range cat.Categories {
		rank[k.Name] = i + 1
	}
	return func(name string) int {
		if r, ok := rank[name]; ok {
			return r
		}
		return len(cat.Categories) + 1
	}
}

// overClaimWarning is the gentle warning shown when a side said yes to
// nearly everything (and so learns nearly everything the other said yes to).
func overClaimWarning(r match.Result, starter, responder string, from side) string {
	var parts []string
	warn := func(over bool, name, other string, isMe bool) {
		switch {
		case !over:
		case isMe:
			parts = append(parts, lang.L("You said yes to nearly everything, so this list shows nearly all of {{.Other}}'s yeses, and Parley tells them so. Talk about it.", map[string]any{"Other": other}))
		case from == bothSides:
			parts = append(parts, lang.L("{{.Name}} said yes to nearly everything, so this list may show more of {{.Other}}'s yeses than a real overlap would. Talk about it.", map[string]any{"Name": name, "Other": other}))
		default:
			parts = append(parts, lang.L("{{.Name}} said yes to nearly everything, so this list may show more of your yeses than a real overlap would. Talk about it.", map[string]any{"Name": name}))
		}
	}
	warn(r.StarterOverClaims, starter, responder, from == starterSide)
	warn(r.ResponderOverClaims, responder, starter, from == responderSide)
	return kit.Capitalise(strings.Join(parts, " "))
}

// rolesText says who gives, in words: "Sam gives, Alex receives", or "Together".
func rolesText(m persistence.SavedMatch) string {
	if m.Together {
		return lang.L("Together")
	}
	return kit.Capitalise(lang.L("{{.Giver}} gives, {{.Receiver}} receives", map[string]any{"Giver": m.GiverName, "Receiver": m.ReceiverName}))
}

// countsText says how many yes answers each side shared.
func countsText(c persistence.SavedComparison) string {
	return kit.Capitalise(kit.Plural(c.ResponderCount, "{{.A}} shared {{.Yeses}}; {{.B}} shared {{.N}}.", "{{.A}} shared {{.Yeses}}; {{.B}} shared {{.N}}.", map[string]any{
		"A": c.StarterName, "Yeses": yesAnswers(c.StarterCount), "B": c.ResponderName, "N": c.ResponderCount,
	}))
}

func yesAnswers(n int) string {
	return kit.Plural(n, "{{.N}} yes answer", "{{.N}} yes answers", map[string]any{"N": n})
}

// resultView shows a comparison's result: what both want, grouped by
// category, what is worth talking about, both counts and any warning.
type resultView struct {
	content fyne.CanvasObject
	saved   persistence.SavedComparison
	final   *codeOut // the result code still to send; nil when there is none
	both    *fyne.Container
	worth   *fyne.Container
	fantasy *fyne.Container // nil unless fantasies were compared
	counts  *widget.Label
	warning *widget.Label
	note    *kit.Problem
	// fingerprint shows the exchange fingerprint of a comparison between
	// two computers; hidden on one computer and for a result opened again
	// later (the vault does not keep it).
	fingerprint     *fyne.Container
	fingerprintCode *widget.Label
	negotiate       *widget.Button    // nil when there is no negotiation editor yet
	conds           conditions        // shown beside matches; nil for none
	everyone        *fyne.Container   // a group's common list; nil for two people
	pairs           []*fyne.Container // a group's pairs' lists, in order
	back            *widget.Button
}

// newResultView builds the view. final is the result code the starter
// still has to send (nil otherwise); saveErr says the result could not be
// kept in the vault.
func newResultView(cmp *Compare, c persistence.SavedComparison, final match.Message, saveErr error, fingerprint string, conds conditions, back func()) *resultView {
	rv := &resultView{saved: c, counts: kit.Para(countsText(c)), note: kit.NewProblem(), conds: conds}
	var objs []fyne.CanvasObject
	if c.Group != nil {
		objs = rv.groupObjects(*c.Group, c.Created)
	} else {
		objs = rv.pairObjects(cmp, c, final)
	}
	rv.fingerprintCode = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true, Bold: true})
	rv.fingerprint = container.NewVBox(rv.fingerprintCode, kit.Para(lang.L("This is the fingerprint of your exchange. Your partner's Parley shows the same one unless a code was changed on its way. When it matters, read it to each other by voice.")))
	if fingerprint != "" {
		rv.fingerprintCode.SetText(lang.L("Exchange fingerprint: {{.Code}}", map[string]any{"Code": fingerprint}))
		objs = append(objs, rv.fingerprint)
	} else {
		rv.fingerprint.Hide()
	}
	rv.warning = kit.Para(c.OverClaimWarning)
	rv.warning.TextStyle.Bold = true
	if c.OverClaimWarning != "" {
		objs = append(objs, container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.WarningIcon())), nil, rv.warning))
	}
	if saveErr != nil {
		rv.note.Say(lang.L("This result is on screen, but it could not be saved in your vault. Check that the disk is not full; it will not be shown again once you leave."))
	}
	objs = append(objs, rv.note)
	rv.back = widget.NewButtonWithIcon(lang.L("Back to Compare"), theme.NavigateBackIcon(), back)
	buttons := []fyne.CanvasObject{rv.back}
	if saveErr == nil {
		rv.negotiate = widget.NewButtonWithIcon(lang.L("Start a negotiation from this"), theme.DocumentCreateIcon(), func() { startNegotiation(cmp.env, c) })
		rv.negotiate.Importance = widget.HighImportance
		buttons = append(buttons, rv.negotiate)
	}
	objs = append(objs, kit.Spacer(8), kit.RightAligned(buttons...))
	rv.content = kit.Column(720, objs...)
	return rv
}

// categoryLabel is a category's name over its matches.
func categoryLabel(name string) *widget.Label {
	if name == "" {
		name = lang.L("Your own activities")
	}
	l := widget.NewLabel(name)
	l.TextStyle.Bold = true
	return l
}

// matchList lists matches under their category names.
func matchList(ms []persistence.SavedMatch, conds conditions) *fyne.Container {
	box, category := container.NewVBox(), "\x00"
	for _, m := range ms {
		listRow(box, &category, m.Category, m.Name, rolesText(m))
		for _, line := range conds[condKey(m.ActivityID, m.Slot)] {
			box.Add(kit.Quiet(line))
		}
	}
	return box
}

// listRow adds one match to a list under category names: the category's
// name when it is not the last row's (*last), then the match's name with
// who gives and who receives beside it.
func listRow(box *fyne.Container, last *string, category, name, roles string) {
	if category != *last {
		*last = category
		box.Add(categoryLabel(category))
	}
	l := widget.NewLabel(name)
	l.Wrapping = fyne.TextWrapWord
	box.Add(container.NewBorder(nil, nil, nil, widget.NewLabel(roles), l))
}

// startNegotiation opens the negotiation editor on a new document from this
// result. The result goes along in memory (kit.NegotiateFrom), so a
// protected one is not asked for again, and nothing is written.
func startNegotiation(env kit.Env, c persistence.SavedComparison) {
	if env.Vault() == nil { // Parley locked meanwhile
		return
	}
	env.Navigate(kit.NegotiateFrom{ComparisonID: c.ID, Result: &c})
}

// pairObjects is the result of two people: what both want, worth talking
// about, fantasies, the counts, and the result code still to send.
func (rv *resultView) pairObjects(cmp *Compare, c persistence.SavedComparison, final match.Message) []fyne.CanvasObject {
	objs := []fyne.CanvasObject{
		kit.Heading(lang.L("What you both want")),
		kit.Para(lang.L("{{.A}} and {{.B}}, {{.Date}}.", map[string]any{"A": kit.Capitalise(c.StarterName), "B": c.ResponderName, "Date": dateText(c.Created)})),
	}
	if final != nil {
		rv.final = newCodeOut(cmp, final)
		partner := c.ResponderName
		objs = append(objs,
			kit.Subheading(lang.L("Step 3 of 3: send this result code back")),
			kit.Para(kit.Capitalise(lang.L("{{.Partner}} needs it to see this same result. Send it the way you sent the invitation.", map[string]any{"Partner": partner}))),
			rv.final.content,
			widget.NewSeparator())
	}
	rv.both = matchList(c.BothYes, rv.conds)
	objs = append(objs, kit.Subheading(lang.L("Both want")))
	if len(c.BothYes) == 0 {
		objs = append(objs, kit.Para(lang.L("You didn't both say yes to anything this time. That is worth knowing too, and a good place to start talking.")))
	}
	objs = append(objs, rv.both)
	if c.MaybesCompared {
		rv.worth = matchList(c.WorthTalking, rv.conds)
		objs = append(objs, kit.Subheading(lang.L("Worth talking about")),
			kit.Para(lang.L("One or both of you said maybe to these. A maybe is a question, not a promise: talk about what would make it a yes.")))
		if len(c.WorthTalking) == 0 {
			objs = append(objs, kit.Para(lang.L("No maybes met this time.")))
		}
		objs = append(objs, rv.worth)
	}
	if c.FantasiesCompared {
		rv.fantasy = matchList(c.Fantasy, rv.conds)
		objs = append(objs, kit.Subheading(lang.L("To talk about or role-play")),
			kit.Para(lang.L("One or both of you would like these as a fantasy only: to talk about or play out as a story, not to do.")))
		if len(c.Fantasy) == 0 {
			objs = append(objs, kit.Para(lang.L("No fantasies met this time.")))
		}
		objs = append(objs, rv.fantasy)
	}
	objs = append(objs, kit.Spacer(8), rv.counts, kit.Para(lang.L("Nothing else either of you answered was shown.")))
	return objs
}

// groupObjects is the result of three or four people: what all want, then
// each pair's own result, labelled by who.
func (rv *resultView) groupObjects(g persistence.SavedGroup, created time.Time) []fyne.CanvasObject {
	objs := []fyne.CanvasObject{
		kit.Heading(lang.L("What all of you want")),
		kit.Para(lang.L("{{.Names}}, {{.Date}}.", map[string]any{"Names": kit.JoinWords(g.Names), "Date": dateText(created)})),
		kit.Subheading(lang.L("All of you want")),
	}
	if len(g.Everyone) == 0 {
		objs = append(objs, kit.Para(lang.L("There is nothing all of you said yes to this time. Each pair's own result is below.")))
	}
	rv.everyone = groupList(g.Everyone)
	objs = append(objs, rv.everyone)
	if g.MaybesCompared {
		objs = append(objs, kit.Subheading(lang.L("Worth talking about, all of you")))
		if len(g.WorthTalking) == 0 {
			objs = append(objs, kit.Para(lang.L("No maybes met this time.")))
		}
		objs = append(objs, groupList(g.WorthTalking))
	}
	if g.FantasiesCompared {
		objs = append(objs, kit.Subheading(lang.L("To talk about or role-play, all of you")))
		if len(g.Fantasy) == 0 {
			objs = append(objs, kit.Para(lang.L("No fantasies met this time.")))
		}
		objs = append(objs, groupList(g.Fantasy))
	}
	objs = append(objs, widget.NewSeparator(), kit.Subheading(lang.L("What each pair wants")),
		kit.Para(lang.L("Each pair's own result, as the two of them would see it comparing alone.")))
	for _, p := range g.Pairs {
		objs = append(objs, kit.Subheading(lang.L("{{.A}} and {{.B}}", map[string]any{"A": p.FirstName, "B": p.SecondName})))
		if len(p.BothYes) == 0 {
			objs = append(objs, kit.Para(lang.L("Nothing both said yes to.")))
		}
		list := matchList(p.BothYes, nil)
		rv.pairs = append(rv.pairs, list)
		objs = append(objs, list)
		if p.MaybesCompared && len(p.WorthTalking) > 0 {
			objs = append(objs, kit.Quiet(lang.L("Worth talking about")), matchList(p.WorthTalking, nil))
		}
		if p.FantasiesCompared && len(p.Fantasy) > 0 {
			objs = append(objs, kit.Quiet(lang.L("To talk about or role-play")), matchList(p.Fantasy, nil))
		}
	}
	return append(objs, kit.Spacer(8), kit.Para(lang.L("Nothing else any of you answered was shown.")))
}
