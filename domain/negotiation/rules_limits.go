package negotiation

import "fmt"

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
				out = append(out, Finding{RuleHardLimitInScope, BlocksPrinting,
					fmt.Sprintf("%s is in the scene, but it is one of %s's hard limits. Take it out of %s or set it to 'not this time'.",
						capFirst(a.Label()), d.DisplayName(i), SectionActivities.Label()),
					at(SectionActivities).activity(k).limit("hard", i, j)})
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
					out = append(out, Finding{RuleFantasyInScope, Warning,
						fmt.Sprintf("%s is in the scene, but %s has it as a fantasy only: to talk about or role-play, not to do. Agree how the scene keeps it to that, or set it to 'not this time'.",
							capFirst(d.Scene.Activities[k].Label()), d.DisplayName(i)),
						at(SectionActivities).activity(k).limit("soft", i, j)})
				}
				continue
			}
			if !blank(it.Condition) {
				continue
			}
			for _, k := range m.hits(it, p.ID) {
				a := d.Scene.Activities[k]
				out = append(out, Finding{RuleSoftLimitNoTerms, Warning,
					fmt.Sprintf("%s is in the scene and is one of %s's soft limits, with no condition written. In %s, write what would make it all right for %s, or set it to 'not this time'.",
						capFirst(a.Label()), d.DisplayName(i), SectionLimits.Label(), d.DisplayName(i)),
					at(SectionLimits).limit("soft", i, j).activity(k)})
			}
		}
	}
	return out
}
