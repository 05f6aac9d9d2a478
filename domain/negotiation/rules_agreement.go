package negotiation

import (
	"fmt"
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
	e, sec := d.Agreement.Exit, SectionExit.Label()
	switch {
	case blank(e.Pause) && blank(e.End):
		return []Finding{{RuleNoWayOut, BlocksPrinting,
			fmt.Sprintf("Nothing says yet how either of you can pause or end the dynamic at once. In %s, write how, and what happens then; printing and agreeing wait until then.", sec),
			at(SectionExit)}}
	case blank(e.Pause):
		return []Finding{{RuleNoPause, Warning,
			fmt.Sprintf("Only ending is written. In %s, write how either of you can pause the dynamic too, for a hard week or a bad day, without ending it.", sec),
			at(SectionExit).part("pause")}}
	case blank(e.End):
		return []Finding{{RuleNoEnd, Warning,
			fmt.Sprintf("Only pausing is written. In %s, say that either of you can end the dynamic at any time, and how.", sec),
			at(SectionExit).part("end")}}
	case blank(e.Then):
		return []Finding{{RuleExitNoThen, Warning,
			fmt.Sprintf("Nothing says what happens after a pause or an ending. In %s, write what comes next: aftercare, a talk, some time to yourselves.", sec),
			at(SectionExit).part("then")}}
	}
	return nil
}

// checkReviewDate: there is a review date, and it has not passed.
func checkReviewDate(d Document, f Facts) []Finding {
	on, sec := d.Agreement.ReviewOn, SectionReview.Label()
	switch {
	case on.IsZero():
		return []Finding{{RuleNoReviewDate, Warning,
			fmt.Sprintf("There is no review date. In %s, choose when you will talk the whole agreement through again; a few months ahead is a good start.", sec),
			at(SectionReview)}}
	case ReviewDue(on, f.Now).Overdue:
		return []Finding{{RuleReviewPassed, Warning,
			fmt.Sprintf("The review date, %s, has passed. Talk the agreement through again, then choose the next date in %s.", formatDate(on, f.Now), sec),
			at(SectionReview)}}
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
	return []Finding{{RuleNoCheckIn, Warning,
		fmt.Sprintf("There is no check-in rhythm yet. In %s, agree how often you step outside the dynamic to talk about how it is going.", SectionCheckIn.Label()),
		at(SectionCheckIn)}}
}

// checkAgreementSafewords: the scenes within the dynamic have a way to
// stop. A warning here: each scene's own negotiation blocks on it, and
// the agreement's own way to stop is checkWayOut's.
func checkAgreementSafewords(d Document, _ Facts) []Finding {
	s := d.Safewords
	if s.TrafficLight || !blank(s.Word) || !blank(s.Signal) {
		return nil
	}
	return []Finding{{RuleAgreementNoSafeword, Warning,
		fmt.Sprintf("No safeword or signal is written. In %s, turn on the traffic light and agree a custom safeword, so both stand for every scene within the dynamic.", SectionSafewords.Label()),
		at(SectionSafewords)}}
}

// checkReach: each person's role says how far it reaches, and a role
// that reaches into daily life says where it stops.
func checkReach(d Document, _ Facts) []Finding {
	var out []Finding
	sec := SectionDynamicRoles.Label()
	for i, p := range d.Participants {
		r, name := d.Agreement.roleOf(p.ID), d.DisplayName(i)
		switch {
		case r.Reach == ReachUnsaid:
			out = append(out, Finding{RuleReachUnsaid, Tip,
				fmt.Sprintf("Nothing says yet how far %s's role reaches. In %s, choose whether it is only during scenes, at agreed times, or in much of daily life.", name, sec),
				at(SectionDynamicRoles).person(i).part("reach")})
		case r.Reach == ReachDaily && blank(r.Bounds):
			out = append(out, Finding{RuleReachNoBounds, Tip,
				fmt.Sprintf("%s's role reaches into daily life. In %s, write where it always stops: work, family, friends, money or health, for example.", name, sec),
				at(SectionDynamicRoles).person(i).part("bounds")})
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
		name := d.DisplayName(i)
		out = append(out, Finding{RuleHiddenLimits, BlocksPrinting,
			fmt.Sprintf("%s's limits from their protected list are hidden, so Parley can't check them against the standing rules. %s can enter their PIN to show them; printing and agreeing wait until then.", name, name),
			at(SectionLimits).person(i).part("hidden")})
	}
	return out
}

// checkAgreementUnchecked is checkLinkedUnchecked for an agreement.
func checkAgreementUnchecked(d Document, f Facts) []Finding {
	var out []Finding
	for i, p := range d.Participants {
		why, ok := f.Unchecked[p.ID]
		if !ok || p.ProfileID == "" || (why == UncheckedProtected && len(p.HiddenLimits) > 0) {
			continue // (hidden limits block already, and the same PIN settles both)
		}
		name := d.DisplayName(i)
		msg := fmt.Sprintf("%s's list is protected, so Parley could not check the standing rules against %s's limits. %s can enter their PIN to check it; printing and agreeing wait until then.", name, name, name)
		if why == UncheckedUnreadable {
			msg = fmt.Sprintf("%s's list could not be read, so Parley could not check the standing rules against %s's limits. Lock Parley and open it again, then look again; printing and agreeing wait until then.", name, name)
		}
		out = append(out, Finding{RuleLinkedUnchecked, BlocksPrinting, msg, at(SectionLimits).person(i).part("linked")})
	}
	return out
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
	what, sec := "The standing rule", SectionStanding.Label()
	if row.part == "rituals" {
		what = "The ritual"
	}
	ref := at(SectionStanding).person(person).part(row.part).item(row.item)
	name, text := d.DisplayName(person), quote(row.Text)
	if blank(row.Text) {
		text = quote(d.limitText(it))
	}
	whose := "one of " + name + "'s hard limits"
	if onList {
		whose = "a hard limit on " + name + "'s own checklist"
	}
	if t == touchNames {
		return Finding{RuleStandingHardLimit, BlocksPrinting,
			fmt.Sprintf("%s %s is %s. A hard limit stays off the table in daily life as in scenes: take it out of %s.", what, text, whose, sec), ref}
	}
	return Finding{RuleStandingMentionsHard, Warning,
		fmt.Sprintf("%s %s mentions %s, %s. Read it again together: if it asks for it, take it out of %s; if it keeps it out, say so with a word like 'never'.",
			what, text, quote(d.limitText(it)), whose, sec), ref}
}
