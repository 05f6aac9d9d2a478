package negotiation

import "parleyapp.org/parley/domain/message"

// Rules about limits meeting the scene.
const (
	RuleHardLimitInScope RuleID = "hard-limit-in-scope"
	RuleSoftLimitNoTerms RuleID = "soft-limit-no-condition"
	RuleFantasyInScope   RuleID = "fantasy-only-in-scope"
)

// checkHardLimits: nothing in scope is anyone's hard limit. This blocks
// printing: a hard limit is never part of the scene.
func checkHardLimits(d Document, _ Facts) []Finding {
	var out []Finding
	m := newScopeMatcher(d)
	for i, p := range d.Participants {
		for j, it := range p.Limits.Hard {
			for _, k := range m.hits(it, p.ID) {
				a := d.Scene.Activities[k]
				out = append(out, newFinding(RuleHardLimitInScope, BlocksPrinting,
					msg("review.hard-limit-in-scope", Args{"Activity": message.Capital{Value: a.nameMsg()}, "Name": d.displayNameMsg(i), "Section": sectionMsg(SectionActivities)}),
					at(SectionActivities).activity(k).limit("hard", i, j)))
			}
		}
	}
	return out
}

// checkSoftLimits: a soft limit that is in scope says under what
// condition it is all right; one brought in from a "fantasy only" answer
// is named as such, because its condition says not to do it.
func checkSoftLimits(d Document, _ Facts) []Finding {
	var out []Finding
	m := newScopeMatcher(d)
	for i, p := range d.Participants {
		for j, it := range p.Limits.Soft {
			if it.IsFantasy() {
				for _, k := range m.hits(it, p.ID) {
					out = append(out, newFinding(RuleFantasyInScope, Warning,
						msg("review.fantasy-only-in-scope", Args{"Activity": message.Capital{Value: d.Scene.Activities[k].nameMsg()}, "Name": d.displayNameMsg(i)}),
						at(SectionActivities).activity(k).limit("soft", i, j)))
				}
				continue
			}
			if !blank(it.Condition) {
				continue
			}
			for _, k := range m.hits(it, p.ID) {
				a := d.Scene.Activities[k]
				out = append(out, newFinding(RuleSoftLimitNoTerms, Warning,
					msg("review.soft-limit-no-condition", Args{"Activity": message.Capital{Value: a.nameMsg()}, "Name": d.displayNameMsg(i), "Section": sectionMsg(SectionLimits)}),
					at(SectionLimits).limit("soft", i, j).activity(k)))
			}
		}
	}
	return out
}
