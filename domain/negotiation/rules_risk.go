package negotiation

import (
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/message"
)

// Rules that read an activity's risk level and who has done it before.
const (
	RuleHighRiskFirst RuleID = "high-risk-first-scene"
	RuleHighRiskParty RuleID = "high-risk-party"
	RuleGiverUntried  RuleID = "giver-untried"
)

// highRisk reports whether the activity is one the catalog rates high.
func (a Activity) highRisk() bool { return a.Risk == catalog.RiskHigh }

// checkHighRisk: a first scene, or a scene with a casual partner or at a
// party, keeps to lower-risk activities. In a first scene this finding
// replaces the one about skill (checkFirstScene leaves high-risk ones to
// it), so an activity gets one warning, not two.
func checkHighRisk(d Document, _ Facts) []Finding {
	var rule RuleID
	switch d.Template {
	case KindFirstScene:
		rule = RuleHighRiskFirst
	case KindPlayParty:
		rule = RuleHighRiskParty
	default:
		return nil
	}
	var out []Finding
	for _, k := range d.live(Activity.highRisk) {
		a := d.Scene.Activities[k]
		id := "review." + string(rule)
		if a.NeedsSkill {
			id += ".skill"
		}
		out = append(out, newFinding(rule, Warning, msg(id, Args{"Activity": message.Capital{Value: a.nameMsg()}}), at(SectionActivities).activity(k)))
	}
	return out
}

// givenBefore says whether the person has given the activity before, and
// whether Parley knows: the giving side when known, else either side.
func (f Facts) givenBefore(id, activity string) (gave, known bool) {
	if g, ok := f.Gave[id]; ok {
		return g[activity], true
	}
	if t, ok := f.Tried[id]; ok {
		return t[activity], true
	}
	return false, false
}

// checkGiverUntried: in any template, whoever gives an activity that takes
// skill has done it before. An experienced receiver does not make up for a
// giver who is new to it. At a party checkPartyTried already says this
// for everyone involved, so this rule stays quiet there.
func checkGiverUntried(d Document, f Facts) []Finding {
	if d.Template == KindPlayParty {
		return nil
	}
	var out []Finding
	for _, k := range d.live(func(a Activity) bool { return a.NeedsSkill }) {
		a := d.Scene.Activities[k]
		if a.Together {
			continue // nobody gives: checkPartyTried's concern, not a giver's skill
		}
		for _, id := range a.Givers {
			gave, known := f.givenBefore(id, a.ID)
			if !known || gave {
				continue
			}
			out = append(out, newFinding(RuleGiverUntried, Warning,
				msg("review.giver-untried", Args{"Name": d.nameOfMsg(id), "Activity": message.MidSentence{Value: a.nameMsg()}}),
				at(SectionActivities).activity(k).person(d.ParticipantIndex(id))))
		}
	}
	return out
}
