package negotiation

import (
	"strings"
)

// The review of a standing agreement. Which findings block printing
// follows the same safety rules as a scene: only what means someone
// could not get out, or a hard limit taken into the arrangement, blocks;
// everything else is advice the people can weigh.
//   - No way for either person to pause or end the dynamic blocks: it is
//     the agreement's own way to stop, as the safeword is a scene's.
//   - A standing rule or ritual that is someone's hard limit (linked to
//     its activity, or the same words) blocks, as a hard limit in scope
//     does. One that only mentions a hard limit inside a longer sentence
//     is a warning, and nothing at all when it says "never", "no", "not"
//     or "without" (it keeps the limit out), because words inside a
//     sentence cannot be read for certain.
//   - Limits still sealed to a protected list, and a linked list that
//     could not be read, block as they do for a scene: the check waits.
//   - No review date, a review date that has passed, no check-in rhythm,
//     no safeword or signal for the scenes within the dynamic (each
//     scene's own negotiation blocks on that), and nothing saying what
//     happens after a pause or an end are warnings; a role whose reach is
//     not chosen, or that reaches into daily life with nothing saying
//     where it stops, is a tip.
const (
	RuleNoWayOut             RuleID = "agreement-no-pause-or-end"
	RuleNoPause              RuleID = "agreement-no-pause"
	RuleNoEnd                RuleID = "agreement-no-end"
	RuleExitNoThen           RuleID = "agreement-exit-nothing-after"
	RuleNoReviewDate         RuleID = "agreement-no-review-date"
	RuleReviewPassed         RuleID = "agreement-review-passed"
	RuleNoCheckIn            RuleID = "agreement-no-check-in"
	RuleStandingHardLimit    RuleID = "agreement-standing-hard-limit"
	RuleStandingMentionsHard RuleID = "agreement-standing-mentions-hard-limit"
	RuleReachUnsaid          RuleID = "agreement-reach-unsaid"
	RuleReachNoBounds        RuleID = "agreement-reach-no-bounds"
	RuleAgreementNoSafeword  RuleID = "agreement-no-safeword"
)

// agreementRules lists every check of a standing agreement, in the order
// their findings are shown within one severity. checkPeople and
// checkAftercare are the scene's own: they read the same parts.
func agreementRules() []rule {
	return []rule{
		checkPeople,
		checkWayOut,
		checkStanding,
		checkAgreementUnchecked,
		checkAgreementHidden,
		checkReviewDate,
		checkCheckIn,
		checkAgreementSafewords,
		checkAftercare,
		checkReach,
	}
}

// checkWayOut: either person can pause and end the dynamic at once, and
// the agreement says what happens then.
func checkWayOut(d Document, _ Facts) []Finding {
	e, sec := d.Agreement.Exit, sectionMsg(SectionExit)
	switch {
	case blank(e.Pause) && blank(e.End):
		return []Finding{newFinding(RuleNoWayOut, BlocksPrinting, msg("review.agreement-no-pause-or-end", Args{"Section": sec}), at(SectionExit))}
	case blank(e.Pause):
		return []Finding{newFinding(RuleNoPause, Warning, msg("review.agreement-no-pause", Args{"Section": sec}), at(SectionExit).part("pause"))}
	case blank(e.End):
		return []Finding{newFinding(RuleNoEnd, Warning, msg("review.agreement-no-end", Args{"Section": sec}), at(SectionExit).part("end"))}
	case blank(e.Then):
		return []Finding{newFinding(RuleExitNoThen, Warning, msg("review.agreement-exit-nothing-after", Args{"Section": sec}), at(SectionExit).part("then"))}
	}
	return nil
}

// checkReviewDate: there is a review date, and it has not passed.
func checkReviewDate(d Document, f Facts) []Finding {
	on, sec := d.Agreement.ReviewOn, sectionMsg(SectionReview)
	switch {
	case on.IsZero():
		return []Finding{newFinding(RuleNoReviewDate, Warning, msg("review.agreement-no-review-date", Args{"Section": sec}), at(SectionReview))}
	case ReviewDue(on, f.Now).Overdue:
		return []Finding{newFinding(RuleReviewPassed, Warning,
			msg("review.agreement-review-passed", Args{"Date": dateMsg(on, f.Now), "Section": sec}),
			at(SectionReview))}
	}
	return nil
}

// checkCheckIn: the people have agreed when they step outside the
// dynamic to talk about it.
func checkCheckIn(d Document, _ Facts) []Finding {
	c := d.Agreement.CheckIn
	if !blank(c.Rhythm) || !blank(c.How) {
		return nil
	}
	return []Finding{newFinding(RuleNoCheckIn, Warning, msg("review.agreement-no-check-in", Args{"Section": sectionMsg(SectionCheckIn)}), at(SectionCheckIn))}
}

// checkAgreementSafewords: the scenes within the dynamic have a way to
// stop. A warning here: each scene's own negotiation blocks on it, and
// the agreement's own way to stop is checkWayOut's.
func checkAgreementSafewords(d Document, _ Facts) []Finding {
	s := d.Safewords
	if s.TrafficLight || !blank(s.Word) || !blank(s.Signal) {
		return nil
	}
	return []Finding{newFinding(RuleAgreementNoSafeword, Warning, msg("review.agreement-no-safeword", Args{"Section": sectionMsg(SectionSafewords)}), at(SectionSafewords))}
}

// checkReach: each person's role says how far it reaches, and a role
// that reaches into daily life says where it stops.
func checkReach(d Document, _ Facts) []Finding {
	var out []Finding
	sec := sectionMsg(SectionDynamicRoles)
	for i, p := range d.Participants {
		r, name := d.Agreement.roleOf(p.ID), d.displayNameMsg(i)
		switch {
		case r.Reach == ReachUnsaid:
			out = append(out, newFinding(RuleReachUnsaid, Tip,
				msg("review.agreement-reach-unsaid", Args{"Name": name, "Section": sec}),
				at(SectionDynamicRoles).person(i).part("reach")))
		case r.Reach == ReachDaily && blank(r.Bounds):
			out = append(out, newFinding(RuleReachNoBounds, Tip,
				msg("review.agreement-reach-no-bounds", Args{"Name": name, "Section": sec}),
				at(SectionDynamicRoles).person(i).part("bounds")))
		}
	}
	return out
}

// checkAgreementHidden is checkHiddenLimits for an agreement.
func checkAgreementHidden(d Document, _ Facts) []Finding {
	var out []Finding
	for i, p := range d.Participants {
		if len(p.HiddenLimits) == 0 {
			continue
		}
		out = append(out, newFinding(RuleHiddenLimits, BlocksPrinting,
			msg("review.agreement.protected-limits-hidden", Args{"Name": d.displayNameMsg(i)}),
			at(SectionLimits).person(i).part("hidden")))
	}
	return out
}

// checkAgreementUnchecked is checkLinkedUnchecked for an agreement.
func checkAgreementUnchecked(d Document, f Facts) []Finding {
	return uncheckedFindings(d, f, "review.agreement.linked-list-not-checked.protected", "review.agreement.linked-list-not-checked.unreadable")
}

// keepsOut are the words that make a standing rule keep something out
// rather than ask for it ("Never any name calling").
var keepsOut = []string{"never", "no", "not", "dont", "without", "nothing", "none", "avoid", "avoids"}

// standingRow is one row of the rules or rituals, with where it is.
type standingRow struct {
	Standing
	part string // "rules" or "rituals"
	item int
}

// standingRows lists the rules, then the rituals, leaving out blank rows.
func (a Agreement) standingRows() []standingRow {
	var out []standingRow
	for _, list := range []struct {
		part string
		rows []Standing
	}{{"rules", a.Rules}, {"rituals", a.Rituals}} {
		for i, s := range list.rows {
			if !s.Blank() {
				out = append(out, standingRow{s, list.part, i})
			}
		}
	}
	return out
}

// touch says how a standing row meets a limit: not at all, for certain
// (the limit's activity, or the same words), or by a mention inside a
// longer sentence that does not keep it out.
type touch int

const (
	touchNone touch = iota
	touchMentions
	touchNames
)

func touches(s Standing, it LimitItem) touch {
	if it.Blank() {
		return touchNone
	}
	if it.ActivityID != "" && it.ActivityID == s.ActivityID {
		return touchNames
	}
	limit, row := normText(it.Text), normText(s.Text)
	switch {
	case limit == "":
		return touchNone
	case limit == row:
		return touchNames
	case !strings.Contains(" "+row+" ", " "+limit+" "):
		return touchNone
	}
	for _, w := range strings.Fields(strings.ReplaceAll(row, "don t", "dont")) {
		for _, k := range keepsOut {
			if w == k {
				return touchNone
			}
		}
	}
	return touchMentions
}

// checkStanding: no standing rule or ritual is anyone's hard limit,
// written in the document or on their linked checklist (Facts.Linked).
// Each row gets at most one finding per person: the surest, and the
// document's own limit before the list's.
func checkStanding(d Document, f Facts) []Finding {
	var out []Finding
	for _, row := range d.Agreement.standingRows() {
		for i, p := range d.Participants {
			t, it := worstTouch(row.Standing, p.Limits.Hard)
			onList := false
			if lt, lit := worstTouch(row.Standing, f.Linked[p.ID].Hard); lt > t {
				t, it, onList = lt, lit, true
			}
			if t != touchNone {
				out = append(out, standingFinding(d, row, i, t, it, onList))
			}
		}
	}
	return out
}

// worstTouch is the surest way the row meets one of these limits.
func worstTouch(s Standing, limits []LimitItem) (touch, LimitItem) {
	worst, which := touchNone, LimitItem{}
	for _, it := range limits {
		if t := touches(s, it); t > worst {
			worst, which = t, it
		}
	}
	return worst, which
}

func standingFinding(d Document, row standingRow, person int, t touch, it LimitItem, onList bool) Finding {
	what := ".rule" // the message for a rule or a ritual, on a list or not
	if row.part == "rituals" {
		what = ".ritual"
	}
	if onList {
		what += ".own-list"
	}
	ref := at(SectionStanding).person(person).part(row.part).item(row.item)
	text := quoted(row.Text)
	if blank(row.Text) {
		text = quoted(d.limitMsg(it))
	}
	args := Args{"Text": text, "Name": d.displayNameMsg(person), "Section": sectionMsg(SectionStanding)}
	if t == touchNames {
		return newFinding(RuleStandingHardLimit, BlocksPrinting, msg("review.agreement-standing-hard-limit"+what, args), ref)
	}
	args["Limit"] = quoted(d.limitMsg(it))
	return newFinding(RuleStandingMentionsHard, Warning, msg("review.agreement-standing-mentions-hard-limit"+what, args), ref)
}
