package negotiation

import (
	"strconv"
	"strings"

	"parleyapp.org/parley/domain/message"
)

// A standing agreement's outline (OutlineOf branches on IsAgreement). It
// uses the scene's Part, Row, Table and Rule shapes, so a renderer that
// knows the scene's page needs only to know the new sections. What shows:
//
//   - Title (or "Our agreement"), people, the day it was talked through
//     and whether it is agreed, as on a scene.
//   - The parts, numbered in reading order: roles and how far they reach
//     (a row per person: role, reach, where it stops); standing rules
//     and rituals (each with who it is for and its note); limits (the
//     scene's own part, hard limits on the red band); safewords and
//     signals with the safeword rule; pausing or ending, with its own rule
//     box; aftercare, right after it, since what happens after a pause
//     is mostly aftercare ("aftercare as below"); then check-ins and the
//     review date, the two times the people talk about the dynamic from
//     outside it, last (the paper sets these two side by side). Headings
//     are Section.Label(), as the editor and the review name them.
//   - Gaps that matter show as "Not written yet" or "Not set yet": a role,
//     how far it reaches, where a role beyond scenes stops, the standing
//     rules, each way out, the check-in rhythm, the review date. Rituals
//     are optional and are left out when there are none; so is how the
//     check-in goes, and where a scenes-only role stops (a dash).

// UntitledAgreement is what an agreement is called while nobody has
// given it a title: document.untitled-agreement's English, for the
// screens that still read constants.
const UntitledAgreement = "Our agreement"

// The rule printed in a box beside the way out, worded like the
// safeword rule: stopping needs no reason and no argument. With three
// or four people, "either of us" becomes "any of us" (exitWords). These
// are the English of outline.exit-rule* and outline.review.reminder*,
// for the screens and tests that still read constants.
const (
	ExitRuleTitle = "Either of us can pause or end it, at any time"
	ExitRule      = "Whoever pauses or ends the dynamic, it stops straight away, for both of us. " +
		"No reason is needed, nobody argues or asks \u201care you sure?\u201d, and nobody is blamed. " +
		"Then do what is written here."
	ReviewReminder = "Until then, anything new needs its own conversation first, and either of us can ask to talk it through sooner."

	ExitRuleTitleGroup = "Any of us can pause or end it, at any time"
	ExitRuleGroup      = "Whoever pauses or ends the dynamic, it stops straight away, for all of us. " +
		"No reason is needed, nobody argues or asks \u201care you sure?\u201d, and nobody is blamed. " +
		"Then do what is written here."
	ReviewReminderGroup = "Until then, anything new needs its own conversation first, and any of us can ask to talk it through sooner."
)

// group is the message ID for two people, or its ".group" variant for
// three or four.
func group(d Document, id string) string {
	if len(d.Participants) > 2 {
		return id + ".group"
	}
	return id
}

// agreementParts are an agreement's parts in reading order, numbered.
func agreementParts(d Document) []Part {
	parts := []Part{rolesPart(d), standingPart(d), limitsPart(d), safewordsPart(d), exitPart(d), aftercarePart(d), checkInPart(d), reviewPart(d)}
	for i := range parts {
		parts[i].Number = strconv.Itoa(i + 1)
	}
	return parts
}

// rolesPart is each person's role, how far it reaches and where it
// always stops: a row per person.
func rolesPart(d Document) Part {
	t := &Table{Columns: []Words{say("outline.roles.role", nil), say("outline.roles.reach", nil), say("outline.roles.stops", nil)}}
	for _, i := range d.LimitsOrder() {
		r := d.Agreement.roleOf(d.Participants[i].ID)
		row := personRow(d, i, 3)
		row.Cells[0] = theirsOr(r.Role, Strong, notWritten)
		row.Cells[1] = []Span{ours(words(message.Capital{Value: reachMsg(r.Reach)}), Plain)}
		row.Cells[2] = theirsOr(r.Bounds, Plain, notWritten)
		if r.Reach == ReachUnsaid {
			row.Cells[1][0].Emphasis = Gap
		}
		if r.Reach == ReachScenes && blank(r.Bounds) {
			row.Cells[2] = []Span{ours(say("outline.roles.no-bounds", nil), Quiet)}
		}
		t.Rows = append(t.Rows, row)
	}
	return Part{Section: SectionDynamicRoles, Title: words(sectionMsg(SectionDynamicRoles)), Table: t}
}

// theirsOr is the people's text with this emphasis, or the missing
// words as a gap.
func theirsOr(text string, e Emphasis, missing Words) []Span {
	if text = strings.TrimSpace(text); text != "" {
		return []Span{theirs(capFirst(text), e)}
	}
	return []Span{ours(missing, Gap)}
}

// standingPart is the standing rules, then the rituals, each with who it
// asks something of and its note.
func standingPart(d Document) Part {
	p := Part{Section: SectionStanding, Title: words(sectionMsg(SectionStanding))}
	rules := Row{Label: say("outline.standing.rules", nil), List: true, Missing: say("outline.standing.none", nil)}
	rules.Items = standingItems(d, d.Agreement.Rules)
	p.Rows = append(p.Rows, rules)
	if items := standingItems(d, d.Agreement.Rituals); len(items) > 0 {
		p.Rows = append(p.Rows, Row{Label: say("outline.standing.rituals", nil), List: true, Items: items})
	}
	return p
}

// standingItems lists the rows that name something, each as its words,
// who it is for, and its note.
func standingItems(d Document, rows []Standing) [][]Span {
	var out [][]Span
	for _, s := range rows {
		if s.Blank() {
			continue
		}
		text := strings.TrimSpace(s.Text)
		if text == "" {
			text = d.activityName(s.ActivityID)
		}
		item := []Span{theirs(capFirst(text), Plain), ours(standingWho(d, s), Quiet)}
		if note := sentences(s.Note); note != "" {
			item = append(item, theirs("\n"+note, Quiet))
		}
		out = append(out, item)
	}
	return out
}

// standingWho says who a standing row asks something of: " — for" the
// people it names, or all of them.
func standingWho(d Document, s Standing) Words {
	if len(s.For) > 0 {
		return say("outline.standing.for", Args{"Names": d.idsMsg(s.For)})
	}
	if len(d.Participants) == 2 {
		return say("outline.standing.for-both", nil)
	}
	return say("outline.standing.for-all", nil)
}

// exitPart is how either person pauses or ends the dynamic and what
// happens then, beside its rule.
func exitPart(d Document) Part {
	e := d.Agreement.Exit
	rule := &Rule{Title: say(group(d, "outline.exit-rule.title"), nil), Text: say(group(d, "outline.exit-rule"), nil)}
	p := Part{Section: SectionExit, Title: words(sectionMsg(SectionExit)), Rule: rule}
	p.Rows = addText(p.Rows, say("outline.exit.pause", nil), e.Pause, notWritten)
	p.Rows = addText(p.Rows, say("outline.exit.end", nil), e.End, notWritten)
	p.Rows = addText(p.Rows, say("outline.exit.then", nil), e.Then, notWritten)
	return p
}

// checkInPart is how often, and how, the people talk about the dynamic
// from outside it.
func checkInPart(d Document) Part {
	c := d.Agreement.CheckIn
	p := Part{Section: SectionCheckIn, Title: words(sectionMsg(SectionCheckIn))}
	p.Rows = addText(p.Rows, say("outline.check-in.rhythm", nil), capFirst(strings.TrimSpace(c.Rhythm)), notSet)
	p.Rows = addText(p.Rows, say("outline.check-in.how", nil), capFirst(strings.TrimSpace(c.How)), noWords)
	return p
}

// reviewPart is when the whole agreement is talked through again, and
// what holds until then.
func reviewPart(d Document) Part {
	p := Part{Section: SectionReview, Title: words(sectionMsg(SectionReview))}
	p.Rows = []Row{dateRow("outline.review.next", d.Agreement.ReviewOn, longDateMsg)}
	p.Notes = [][]Span{{ours(say(group(d, "outline.review.reminder"), nil), Quiet)}}
	return p
}
