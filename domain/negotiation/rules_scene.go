package negotiation

import "fmt"

// Rules about the shape of the scene.
const (
	RuleDurationMissing  RuleID = "duration-missing"
	RuleDurationVague    RuleID = "duration-vague"
	RuleDurationTooShort RuleID = "duration-too-short"
	RuleFirstTooLong     RuleID = "first-scene-too-long"
	RuleFirstTooIntense  RuleID = "first-scene-too-intense"
	RuleFirstNeedsSkill  RuleID = "first-scene-needs-skill"
	RuleMarks            RuleID = "can-leave-marks"
	minimumSceneMinutes         = 5
	firstSceneMaxMinutes        = 30
)

// checkDuration: the scene has a length, a definite one, and not a
// tiny one.
func checkDuration(d Document, _ Facts) []Finding {
	s, sec := d.Scene, SectionDuration.Label()
	ref := at(SectionDuration)
	_, readable := ParseDuration(s.DurationText)
	switch {
	case s.DurationMinutes <= 0 && blank(s.DurationText):
		return []Finding{{RuleDurationMissing, Warning,
			fmt.Sprintf("There is no duration yet. In %s, write roughly how long, like 'about 30 minutes' or 'around an hour'.", sec), ref}}
	case !blank(s.DurationText) && (vaguePhrase(s.DurationText) || !readable && s.DurationMinutes <= 0):
		return []Finding{{RuleDurationVague, Warning,
			fmt.Sprintf("The duration %s leaves the length open. In %s, write roughly how long, like 'around an hour'.", quote(s.DurationText), sec), ref}}
	}
	if m := s.Minutes(); m < minimumSceneMinutes {
		return []Finding{{RuleDurationTooShort, Warning,
			fmt.Sprintf("A scene of %s is very little time to settle in and come back out again. Check %s, and allow a little longer.", minutes(m), sec), ref}}
	}
	return nil
}

func minutes(m int) string {
	if m == 1 {
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", m)
}

// checkFirstScene: a first scene stays short, light and simple.
func checkFirstScene(d Document, _ Facts) []Finding {
	if d.Template != KindFirstScene {
		return nil
	}
	var out []Finding
	if m := d.Scene.Minutes(); m > firstSceneMaxMinutes {
		out = append(out, Finding{RuleFirstTooLong, Warning,
			fmt.Sprintf("A first scene works best at 30 minutes or less, and this one is planned for %s. Shorten it in %s.", minutes(m), SectionDuration.Label()),
			at(SectionDuration)})
	}
	if d.Scene.Intensity.rank() > IntensityLight.rank() {
		out = append(out, Finding{RuleFirstTooIntense, Warning,
			fmt.Sprintf("A first scene works best at light intensity, and this one is set to %s. Consider light in %s, and keep more for another time.", d.Scene.Intensity, SectionIntensity.Label()),
			at(SectionIntensity)})
	}
	for k, a := range d.Scene.Activities {
		if a.Live() && a.NeedsSkill && !a.highRisk() { // high risk: see checkHighRisk
			out = append(out, Finding{RuleFirstNeedsSkill, Warning,
				fmt.Sprintf("%s takes skill and practice. For a first scene, things you both know well are kinder; consider setting it to 'not this time'.", capFirst(a.Label())),
				at(SectionActivities).activity(k)})
		}
	}
	return out
}

// checkMarks: an activity that can leave marks gets a pointer to the
// guide's note on the law.
func checkMarks(d Document, _ Facts) []Finding {
	var out []Finding
	for k, a := range d.Scene.Activities {
		if a.Live() && a.Marks {
			out = append(out, Finding{RuleMarks, Tip,
				fmt.Sprintf("%s can leave marks. In the UK, agreeing to it does not make every injury lawful; the Guide's legal note explains where the line sits, so read it together and agree how far is far enough.", capFirst(a.Label())),
				at(SectionActivities).activity(k)})
		}
	}
	return out
}
