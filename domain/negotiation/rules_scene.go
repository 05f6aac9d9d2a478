package negotiation

import "parleyapp.org/parley/domain/message"

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
	s, sec := d.Scene, sectionMsg(SectionDuration)
	ref := at(SectionDuration)
	_, readable := ParseDuration(s.DurationText)
	switch {
	case s.DurationMinutes <= 0 && blank(s.DurationText):
		return []Finding{newFinding(RuleDurationMissing, Warning, msg("review.duration-missing", Args{"Section": sec}), ref)}
	case !blank(s.DurationText) && (vaguePhrase(s.DurationText) || !readable && s.DurationMinutes <= 0):
		return []Finding{newFinding(RuleDurationVague, Warning, msg("review.duration-vague", Args{"Text": quoted(s.DurationText), "Section": sec}), ref)}
	}
	if m := s.Minutes(); m < minimumSceneMinutes {
		return []Finding{newFinding(RuleDurationTooShort, Warning, msg("review.duration-too-short", Args{"Minutes": minutesMsg(m), "Section": sec}), ref)}
	}
	return nil
}

// checkFirstScene: a first scene stays short, light and simple.
func checkFirstScene(d Document, _ Facts) []Finding {
	if d.Template != KindFirstScene {
		return nil
	}
	var out []Finding
	if m := d.Scene.Minutes(); m > firstSceneMaxMinutes {
		out = append(out, newFinding(RuleFirstTooLong, Warning,
			msg("review.first-scene-too-long", Args{"Minutes": minutesMsg(m), "Section": sectionMsg(SectionDuration)}),
			at(SectionDuration)))
	}
	if d.Scene.Intensity.rank() > IntensityLight.rank() {
		out = append(out, newFinding(RuleFirstTooIntense, Warning,
			msg("review.first-scene-too-intense", Args{"Intensity": msg("phrase.intensity."+string(d.Scene.Intensity), nil), "Section": sectionMsg(SectionIntensity)}),
			at(SectionIntensity)))
	}
	for k, a := range d.Scene.Activities {
		if a.Live() && a.NeedsSkill && !a.highRisk() { // high risk: see checkHighRisk
			out = append(out, newFinding(RuleFirstNeedsSkill, Warning,
				msg("review.first-scene-needs-skill", Args{"Activity": message.Capital{Value: a.nameMsg()}}),
				at(SectionActivities).activity(k)))
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
			out = append(out, newFinding(RuleMarks, Tip,
				msg("review.can-leave-marks", Args{"Activity": message.Capital{Value: a.nameMsg()}}),
				at(SectionActivities).activity(k)))
		}
	}
	return out
}
