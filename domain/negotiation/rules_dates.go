package negotiation

import (
	"fmt"
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
	sec := SectionDates.Label()
	ref := at(SectionDates).part("scene")
	switch {
	case d.SceneOn.IsZero():
		return []Finding{{RuleSceneDateMissing, Tip,
			fmt.Sprintf("There is no scene date yet. With one in %s, Parley can remind you both when the debrief is due.", sec), ref}}
	case d.AgreedOn.IsZero() && !f.Now.IsZero() && dayNumber(d.SceneOn, f.Now.Location()) < dayNumber(f.Now, f.Now.Location()):
		return []Finding{{RuleSceneDatePast, Warning,
			fmt.Sprintf("The scene date, %s, has already passed, and this document hasn't been agreed yet. Check the date in %s.", formatDate(d.SceneOn, f.Now), sec), ref}}
	}
	return nil
}

// checkSameDay: the conversation happens on an earlier day than the scene.
func checkSameDay(d Document, _ Facts) []Finding {
	if d.NegotiatedOn.IsZero() || d.SceneOn.IsZero() || !sameDay(d.NegotiatedOn, d.SceneOn) {
		return nil
	}
	return []Finding{{RuleSameDay, Warning,
		"This negotiation is dated the same day as the scene. Talking it through a few days before, calm and unhurried and away from where the scene will be, gives you both room to think; consider moving the scene in " + SectionDates.Label() + ".",
		at(SectionDates).part("negotiated")}}
}

// checkDebriefDate: a debrief is planned, one to three days (24 to 72
// hours) after the scene.
func checkDebriefDate(d Document, _ Facts) []Finding {
	sec := SectionDebrief.Label()
	ref := at(SectionDebrief).part("debrief")
	switch {
	case d.DebriefOn.IsZero():
		return []Finding{{RuleDebriefMissing, Warning,
			fmt.Sprintf("There is no debrief date yet. In %s, plan a calm talk two or three days after the scene.", sec), ref}}
	case !d.SceneOn.IsZero() && !inDebriefWindow(d.SceneOn, d.DebriefOn):
		return []Finding{{RuleDebriefWindow, Warning,
			fmt.Sprintf("The debrief is planned for %s, which is not one to three days after the scene. Move it in %s: late enough to have settled, soon enough to notice a late low.", formatDate(d.DebriefOn, d.SceneOn), sec), ref}}
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
