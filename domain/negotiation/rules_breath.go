package negotiation

import "parleyapp.org/parley/domain/message"

// Rules about the neck, breathing and being left alone.
const (
	RuleBreath     RuleID = "breath-risk"
	RuleNeverAlone RuleID = "never-alone"
	RuleHogtieGag  RuleID = "hogtie-with-gag"
)

// checkBreath: anything in scope about the neck, breath or smothering gets
// the plain facts and a pointer to the guide, once per activity.
func checkBreath(d Document, _ Facts) []Finding {
	var out []Finding
	for _, k := range d.live(Activity.aboutBreath) {
		a := d.Scene.Activities[k]
		out = append(out, newFinding(RuleBreath, Warning, msg("review.breath-risk", Args{"Activity": message.Capital{Value: a.nameMsg()}}), at(SectionActivities).activity(k)))
	}
	return out
}

// checkNeverAlone: nobody is left alone who cannot make themselves heard
// or whose position is dangerous in itself: a gag or hood, anything at
// the neck, a face-down tie, suspension or full wrapping. This blocks
// printing: with nobody there, no signal reaches anyone.
func checkNeverAlone(d Document, _ Facts) []Finding {
	alone := d.live(Activity.leftAlone)
	if len(alone) == 0 {
		return nil
	}
	risky := d.live(func(a Activity) bool {
		return !a.leftAlone() && (a.gagged() || a.atNeck() || a.faceDown() || a.suspended() || a.wrapped())
	})
	if len(risky) == 0 {
		return nil
	}
	k := alone[0]
	return []Finding{newFinding(RuleNeverAlone, BlocksPrinting,
		msg("review.never-alone", Args{"Activity": message.Capital{Value: d.Scene.Activities[k].nameMsg()}, "Activities": d.labelsMsg(risky), "Section": sectionMsg(SectionActivities)}),
		at(SectionActivities).activity(k))}
}

// checkHogtieGag: a face-down tie already makes breathing harder; with
// something over the mouth it is its own danger.
func checkHogtieGag(d Document, _ Facts) []Finding {
	ties, gags := d.live(Activity.faceDown), d.live(Activity.overMouth)
	if len(ties) == 0 || len(gags) == 0 {
		return nil
	}
	k := ties[0]
	return []Finding{newFinding(RuleHogtieGag, Warning,
		msg("review.hogtie-with-gag", Args{"Activity": message.Capital{Value: d.Scene.Activities[k].nameMsg()}, "Activities": d.labelsMsg(gags)}),
		at(SectionActivities).activity(k))}
}
