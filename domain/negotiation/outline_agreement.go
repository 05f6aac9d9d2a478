package negotiation

import (
	"strconv"
	"strings"
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
// given it a title.
const UntitledAgreement = "Our agreement"

// The rule printed in a box beside the way out, worded like the
// safeword rule: stopping needs no reason and no argument. With three
// or four people, "either of us" becomes "any of us" (exitWords).
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

// exitWords are the way-out rule's title and text and the review's
// reminder, for two people or for more.
func exitWords(d Document) (title, rule, reminder string) {
	if len(d.Participants) > 2 {
		return ExitRuleTitleGroup, ExitRuleGroup, ReviewReminderGroup
	}
	return ExitRuleTitle, ExitRule, ReviewReminder
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
	t := &Table{Columns: []Words{say("Role"), say("How far it reaches"), say("Where it always stops")}}
	for _, i := range d.LimitsOrder() {
		r := d.Agreement.roleOf(d.Participants[i].ID)
		row := TableRow{Person: d.DisplayName(i), Cells: [][]Span{
			theirsOr(r.Role, Strong, notWritten),
			{ours(capFirst(r.Reach.Label()), Plain)},
			theirsOr(r.Bounds, Plain, notWritten),
		}}
		if r.Reach == ReachUnsaid {
			row.Cells[1] = []Span{ours(notSaid, Gap)}
		}
		if r.Reach == ReachScenes && blank(r.Bounds) {
			row.Cells[2] = []Span{ours("\u2014", Quiet)}
		}
		t.Rows = append(t.Rows, row)
	}
	return Part{Section: SectionDynamicRoles, Title: say(SectionDynamicRoles.Label()), Table: t}
}

// notSaid is how far a role reaches before anyone has chosen.
const notSaid = "Not said yet"

// theirsOr is the people's text with this emphasis, or the missing
// words as a gap.
func theirsOr(text string, e Emphasis, missing string) []Span {
	if text = strings.TrimSpace(text); text != "" {
		return []Span{theirs(capFirst(text), e)}
	}
	return []Span{ours(missing, Gap)}
}

// standingPart is the standing rules, then the rituals, each with who it
// asks something of and its note.
func standingPart(d Document) Part {
	p := Part{Section: SectionStanding, Title: say(SectionStanding.Label())}
	rules := Row{Label: say("Standing rules"), List: true, Missing: say("None written yet")}
	rules.Items = standingItems(d, d.Agreement.Rules)
	p.Rows = append(p.Rows, rules)
	if items := standingItems(d, d.Agreement.Rituals); len(items) > 0 {
		p.Rows = append(p.Rows, Row{Label: say("Rituals"), List: true, Items: items})
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
		item := []Span{theirs(capFirst(text), Plain), ours(" \u2014 for "+standingWho(d, s), Quiet)}
		if note := sentences(s.Note); note != "" {
			item = append(item, theirs("\n"+note, Quiet))
		}
		out = append(out, item)
	}
	return out
}

// standingWho names who a standing row asks something of: the people it
// names, or all of them.
func standingWho(d Document, s Standing) string {
	if len(s.For) > 0 {
		return namesOf(d, s.For)
	}
	if len(d.Participants) == 2 {
		return "both of us"
	}
	return "all of us"
}

// exitPart is how either person pauses or ends the dynamic and what
// happens then, beside its rule.
func exitPart(d Document) Part {
	e := d.Agreement.Exit
	title, rule, _ := exitWords(d)
	p := Part{Section: SectionExit, Title: say(SectionExit.Label()), Rule: &Rule{Title: say(title), Text: say(rule)}}
	p.Rows = addText(p.Rows, "To pause it", e.Pause, notWritten)
	p.Rows = addText(p.Rows, "To end it", e.End, notWritten)
	p.Rows = addText(p.Rows, "Straight after", e.Then, notWritten)
	return p
}

// checkInPart is how often, and how, the people talk about the dynamic
// from outside it.
func checkInPart(d Document) Part {
	c := d.Agreement.CheckIn
	p := Part{Section: SectionCheckIn, Title: say(SectionCheckIn.Label())}
	p.Rows = addText(p.Rows, "How often", capFirst(strings.TrimSpace(c.Rhythm)), notSet)
	p.Rows = addText(p.Rows, "How", capFirst(strings.TrimSpace(c.How)), "")
	return p
}

// reviewPart is when the whole agreement is talked through again, and
// what holds until then.
func reviewPart(d Document) Part {
	p := Part{Section: SectionReview, Title: say(SectionReview.Label())}
	p.Rows = []Row{dateRow("Next review", d.Agreement.ReviewOn, longDate)}
	_, _, reminder := exitWords(d)
	p.Notes = [][]Span{{ours(reminder, Quiet)}}
	return p
}
