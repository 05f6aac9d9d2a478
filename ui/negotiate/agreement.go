package negotiate

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// A standing agreement (negotiation.KindAgreement) is edited in the same
// editor as a scene, with its own parts: roles and how far they reach,
// standing rules and rituals, check-ins, pausing or ending, and the review
// date, around the parts both kinds share (people, limits, safewords,
// aftercare). Its review runs the agreement's own rules (the domain's
// Review branches on IsAgreement), and its preview and PDF draw its own
// outline; nothing of a scene (activities, the scene date, the debrief)
// is asked for.

// sectionName is a part's name in the person's language.
func (ed *negEditor) sectionName(s negotiation.Section) string {
	return ed.env.Lang.Text("section."+string(s), nil)
}

// buildAgreementSections is buildSections for a standing agreement.
func (ed *negEditor) buildAgreementSections() {
	ed.section(negotiation.SectionTitle, container.NewVBox(), ed.titleBody)
	ed.section(negotiation.SectionParticipants, ed.partHead("", negotiation.SectionParticipants), ed.peopleBody)
	ed.section(negotiation.SectionDynamicRoles, ed.partHead("1", negotiation.SectionDynamicRoles), ed.dynamicRolesBody)
	ed.section(negotiation.SectionStanding, ed.partHead("2", negotiation.SectionStanding), ed.standingBody)
	ed.section(negotiation.SectionLimits, ed.partHead("3", negotiation.SectionLimits, "hard-limit", "soft-limit"), ed.limitsBody)
	ed.section(negotiation.SectionSafewords, ed.partHead("4", negotiation.SectionSafewords, "safeword-rule", "traffic-light-system", "non-verbal-signal"), ed.safewordsBody)
	ed.section(negotiation.SectionExit, ed.partHead("5", negotiation.SectionExit), ed.exitBody)
	ed.section(negotiation.SectionAftercare, ed.partHead("6", negotiation.SectionAftercare, "aftercare-stages", "sub-drop-top-drop"), ed.aftercareBody)
	ed.section(negotiation.SectionCheckIn, ed.partHead("7", negotiation.SectionCheckIn), ed.checkInBody)
	ed.section(negotiation.SectionReview, ed.partHead("8", negotiation.SectionReview), ed.reviewDateBody)
	ed.rebuild()
}

// agreementParts are the parts bar's buttons for an agreement, numbered
// as the printed outline numbers them.
func agreementParts() []negotiation.Section {
	return []negotiation.Section{negotiation.SectionDynamicRoles, negotiation.SectionStanding, negotiation.SectionLimits,
		negotiation.SectionSafewords, negotiation.SectionExit, negotiation.SectionAftercare, negotiation.SectionCheckIn, negotiation.SectionReview}
}

// dynRole is the agreement's role row for a participant, added if missing.
func (ed *negEditor) dynRole(id string) *negotiation.DynamicRole {
	a := &ed.doc.Agreement
	for i := range a.Roles {
		if a.Roles[i].ParticipantID == id {
			return &a.Roles[i]
		}
	}
	a.Roles = append(a.Roles, negotiation.DynamicRole{ParticipantID: id})
	return &a.Roles[len(a.Roles)-1]
}

// dynamicRolesBody is each person's role, how far it reaches and where it
// always stops.
func (ed *negEditor) dynamicRolesBody() []fyne.CanvasObject {
	out := []fyne.CanvasObject{kit.Hint(lang.L("Each of you says your role in your own words, how far it reaches beyond scenes, and where it always stops."))}
	reaches := negotiation.Reaches()
	var choices []string
	for _, r := range reaches {
		choices = append(choices, ed.env.Lang.Text("reach."+reachID(r), nil))
	}
	for i, p := range ed.doc.Participants {
		id, key := p.ID, "dynamic-roles/"+strconv.Itoa(i)
		r := *ed.dynRole(id)
		role := ed.entry(key, r.Role, lang.L("In your own words, for example: the one who leads"), func(s string) { ed.dynRole(id).Role = s })
		reach := widget.NewSelect(choices, nil)
		for j, x := range reaches {
			if x == r.Reach {
				reach.SetSelectedIndex(j)
			}
		}
		reach.PlaceHolder = lang.L("How far it reaches")
		reach.OnChanged = func(string) {
			if j := reach.SelectedIndex(); j >= 0 {
				ed.dynRole(id).Reach = reaches[j]
				ed.changed()
			}
		}
		ed.fields[key+"/reach"] = reach
		bounds := ed.entry(key+"/bounds", r.Bounds, lang.L("Where it always stops, for example: work, family, money"), func(s string) { ed.dynRole(id).Bounds = s })
		out = append(out, kit.Spacer(4), personName(ed.name(i)), formRows(
			widget.NewLabel(lang.L("Role")), role,
			widget.NewLabel(lang.L("Reaches")), reach,
			widget.NewLabel(lang.L("Stops at")), bounds))
	}
	return out
}

// reachID is the message ID's tail of a reach ("reach.<id>").
func reachID(r negotiation.Reach) string {
	switch r {
	case negotiation.ReachScenes:
		return "scenes"
	case negotiation.ReachTimes:
		return "times"
	case negotiation.ReachDaily:
		return "daily"
	}
	return "unsaid"
}

// standingBody is the standing rules and the rituals, each with who it is
// for.
func (ed *negEditor) standingBody() []fyne.CanvasObject {
	a := &ed.doc.Agreement
	out := []fyne.CanvasObject{kit.Hint(lang.L("Write each one plainly enough that you would both read it the same way in a month. Nothing here may touch a hard limit."))}
	out = append(out, ed.standingList("rules", lang.L("Standing rules"), &a.Rules, lang.L("For example: a message when I get home safely"))...)
	out = append(out, ed.standingList("rituals", lang.L("Rituals"), &a.Rituals, lang.L("For example: tea together on Sunday mornings"))...)
	return out
}

func (ed *negEditor) standingList(part, title string, rows *[]negotiation.Standing, placeholder string) []fyne.CanvasObject {
	head := widget.NewLabel(title)
	head.TextStyle.Bold = true
	out := []fyne.CanvasObject{kit.Spacer(4), head}
	for j := range *rows {
		j := j
		key := "standing/" + part + "/" + strconv.Itoa(j)
		text := ed.entry(key, (*rows)[j].Text, placeholder, func(s string) { (*rows)[j].Text = s })
		if j == 0 && part == "rules" {
			ed.fields["standing"] = text
		}
		out = append(out, text, ed.standingFor(key, &(*rows)[j]))
	}
	add := widget.NewButtonWithIcon(lang.L("Add another"), theme.ContentAddIcon(), func() {
		*rows = append(*rows, negotiation.Standing{})
		ed.changed()
		ed.rebuild(negotiation.SectionStanding)
	})
	add.Importance = widget.LowImportance
	ed.fields["standing/"+part+"/add"] = add
	return append(out, container.NewHBox(add))
}

// standingFor is who a rule or ritual asks something of: a tick per
// person; none ticked means everyone.
func (ed *negEditor) standingFor(key string, s *negotiation.Standing) fyne.CanvasObject {
	row := container.NewHBox(kit.Quiet(lang.L("For:")))
	for i, p := range ed.doc.Participants {
		id := p.ID
		c := widget.NewCheck(ed.name(i), nil)
		for _, x := range s.For {
			if x == id {
				c.SetChecked(true)
			}
		}
		c.OnChanged = func(on bool) {
			s.For = setMember(s.For, id, on)
			ed.changed()
		}
		ed.fields[key+"/for/"+strconv.Itoa(i)] = c
		row.Add(c)
	}
	row.Add(kit.Quiet(lang.L("(none ticked: everyone)")))
	return container.New(layout.NewRowWrapLayout(), row.Objects...)
}

// setMember adds or removes id from ids.
func setMember(ids []string, id string, on bool) []string {
	var out []string
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	if on {
		out = append(out, id)
	}
	return out
}

// checkInBody is how often, and how, the people talk about the dynamic
// outside it.
func (ed *negEditor) checkInBody() []fyne.CanvasObject {
	c := &ed.doc.Agreement.CheckIn
	rhythm := ed.entry("check-in", c.Rhythm, lang.L("How often, for example: every Sunday evening"), func(s string) { c.Rhythm = s })
	ed.fields["check-in/rhythm"] = rhythm
	how := ed.multi("check-in/how", c.How, lang.L(negotiation.CheckInHint), func(s string) { c.How = s })
	return []fyne.CanvasObject{
		kit.Hint(lang.L("Regular talks outside the dynamic keep it something you both still choose.")),
		formRows(widget.NewLabel(lang.L("How often")), rhythm, widget.NewLabel(lang.L("How")), how),
	}
}

// exitBody is how either person pauses or ends the dynamic at once, and
// what happens then.
func (ed *negEditor) exitBody() []fyne.CanvasObject {
	x := &ed.doc.Agreement.Exit
	pause := ed.multi("exit", x.Pause, lang.L(negotiation.PauseHint), func(s string) { x.Pause = s })
	ed.fields["exit/pause"] = pause
	end := ed.multi("exit/end", x.End, lang.L(negotiation.EndHint), func(s string) { x.End = s })
	then := ed.multi("exit/then", x.Then, lang.L(negotiation.ThenHint), func(s string) { x.Then = s })
	return []fyne.CanvasObject{
		kit.Hint(lang.L("Either of you can pause or end the dynamic at any time, with no reason needed.")),
		formRows(widget.NewLabel(lang.L("To pause it")), pause, widget.NewLabel(lang.L("To end it")), end, widget.NewLabel(lang.L("What happens then")), then),
	}
}

// reviewDateBody is the day the agreement is talked through again.
func (ed *negEditor) reviewDateBody() []fyne.CanvasObject {
	a := &ed.doc.Agreement
	f := ed.dateField("review", a.ReviewOn, func(t time.Time) { a.ReviewOn = t })
	ed.fields["review/on"] = f.entry
	return []fyne.CanvasObject{
		kit.Hint(lang.L("A day to look at it all again together. Anything new before then needs its own conversation first.")),
		container.NewVBox(widget.NewLabel(lang.L("We look at it again on")), f.entry, f.read),
	}
}

// fillAgreements lists the standing agreements under the scenes, under
// their own heading: each says when it is next looked at again.
func (n *Negotiate) fillAgreements() {
	if len(n.agreements) == 0 {
		return
	}
	n.list.Add(kit.Spacer(8))
	n.list.Add(kit.Subheading(lang.L("Agreements for an ongoing dynamic")))
	for _, s := range n.agreements {
		s := s
		b := widget.NewButtonWithIcon(kit.NegotiationTitle(s.Title, s.People), theme.FileTextIcon(), func() { n.open(s.ID) })
		b.Alignment = widget.ButtonAlignLeading
		info := widget.NewLabel(agreementLine(s, n.env.Now()))
		info.Importance = widget.LowImportance
		info.Wrapping = fyne.TextWrapWord
		n.openBtns = append(n.openBtns, b)
		n.list.Add(container.NewVBox(b, info))
	}
}

// agreementLine is an agreement's state and review date in a sentence.
func agreementLine(s persistence.AgreementSummary, now time.Time) string {
	state := kit.StateWords(negotiation.State(s.State))
	if s.ReviewOn.IsZero() {
		return lang.L("Standing agreement · {{.State}} · no review date yet", map[string]any{"State": state})
	}
	r := negotiation.ReviewDue(s.ReviewOn, now)
	data := map[string]any{"State": state, "Date": kit.LongDate(s.ReviewOn)}
	switch {
	case r.Overdue:
		return lang.L("Standing agreement · {{.State}} · its review was due on {{.Date}}", data)
	case r.Due:
		return lang.L("Standing agreement · {{.State}} · review due on {{.Date}}", data)
	}
	return lang.L("Standing agreement · {{.State}} · next review on {{.Date}}", data)
}
