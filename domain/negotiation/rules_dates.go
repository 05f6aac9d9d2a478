package negotiation

import (
	"time"
)

// Rules about dates.
const (
	RuleSceneDateMissing RuleID = "scene-date-missing"
	RuleSceneDatePast    RuleID = "scene-date-past"
	RuleSameDay          RuleID = "negotiated-on-scene-day"
	RuleDebriefMissing   RuleID = "debrief-missing"
	RuleDebriefWindow    RuleID = "debrief-window"
)

// checkSceneDate: the scene has a date, and a draft's date has not
// already gone by.
func checkSceneDate(d Document, f Facts) []Finding {
	sec := sectionMsg(SectionDates)
	ref := at(SectionDates).part("scene")
	switch {
	case d.SceneOn.IsZero():
		return []Finding{newFinding(RuleSceneDateMissing, Tip, msg("review.scene-date-missing", Args{"Section": sec}), ref)}
	case d.AgreedOn.IsZero() && !f.Now.IsZero() && dayNumber(d.SceneOn, f.Now.Location()) < dayNumber(f.Now, f.Now.Location()):
		return []Finding{newFinding(RuleSceneDatePast, Warning,
			msg("review.scene-date-past", Args{"Date": dateMsg(d.SceneOn, f.Now), "Section": sec}), ref)}
	}
	return nil
}

// checkSameDay: the conversation happens on an earlier day than the scene.
func checkSameDay(d Document, _ Facts) []Finding {
	if d.NegotiatedOn.IsZero() || d.SceneOn.IsZero() || !sameDay(d.NegotiatedOn, d.SceneOn) {
		return nil
	}
	return []Finding{newFinding(RuleSameDay, Warning,
		msg("review.negotiated-on-scene-day", Args{"Section": sectionMsg(SectionDates)}),
		at(SectionDates).part("negotiated"))}
}

// checkDebriefDate: a debrief is planned, one to three days (24 to 72
// hours) after the scene.
func checkDebriefDate(d Document, _ Facts) []Finding {
	sec := sectionMsg(SectionDebrief)
	ref := at(SectionDebrief).part("debrief")
	switch {
	case d.DebriefOn.IsZero():
		return []Finding{newFinding(RuleDebriefMissing, Warning, msg("review.debrief-missing", Args{"Section": sec}), ref)}
	case !d.SceneOn.IsZero() && !inDebriefWindow(d.SceneOn, d.DebriefOn):
		return []Finding{newFinding(RuleDebriefWindow, Warning,
			msg("review.debrief-window", Args{"Date": dateMsg(d.DebriefOn, d.SceneOn), "Section": sec}), ref)}
	}
	return nil
}

// inDebriefWindow reports whether the debrief falls 24 to 72 hours after
// the scene; when either date has no time of day, one to three calendar
// days after.
func inDebriefWindow(scene, debrief time.Time) bool {
	if dateOnly(scene) || dateOnly(debrief) {
		days := dayNumber(debrief, scene.Location()) - dayNumber(scene, scene.Location())
		return days >= 1 && days <= 3
	}
	gap := debrief.Sub(scene)
	return gap >= 24*time.Hour && gap <= 72*time.Hour
}
