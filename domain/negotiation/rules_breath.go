package negotiation

import "fmt"

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
		out = append(out, Finding{RuleBreath, Warning,
			fmt.Sprintf("%s involves the neck or breathing. Someone can pass out within seconds, and then no signal is possible; no technique makes it safe. Read the Guide's note on breath play together before you decide, never combine it with restraint, alcohol or being alone, and know the signs afterwards, even days later, that need urgent medical help.", capFirst(a.Label())),
			at(SectionActivities).activity(k)})
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
	return []Finding{{RuleNeverAlone, BlocksPrinting,
		fmt.Sprintf("%s is in the scene together with %s. Nobody is left alone with a gag or hood, anything at the neck, a face-down tie, suspension or full wrapping: someone stays within reach the whole time. Set one of them to 'not this time' in %s.", capFirst(d.Scene.Activities[k].Label()), d.labels(risky), SectionActivities.Label()),
		at(SectionActivities).activity(k)}}
}

// checkHogtieGag: a face-down tie already makes breathing harder; with
// something over the mouth it is its own danger.
func checkHogtieGag(d Document, _ Facts) []Finding {
	ties, gags := d.live(Activity.faceDown), d.live(Activity.overMouth)
	if len(ties) == 0 || len(gags) == 0 {
		return nil
	}
	k := ties[0]
	return []Finding{{RuleHogtieGag, Warning,
		fmt.Sprintf("%s holds someone face down, which already makes breathing harder; with %s over the mouth as well, a blocked nose or feeling sick becomes an emergency. Agree never to use them together, keep all weight off the back, and keep the time face down short.", capFirst(d.Scene.Activities[k].Label()), d.labels(gags)),
		at(SectionActivities).activity(k)}}
}
