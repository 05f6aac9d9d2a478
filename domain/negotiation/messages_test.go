package negotiation

import "testing"

// The English the screens still read from constants and Label methods is
// the catalogue's English, so a screen that switches to message IDs shows
// the same words.
func TestTheScreensWordsAreTheCatalogues(t *testing.T) {
	say := func(id string) string { return english.Render(msg(id, nil)) }
	pairs := map[string]string{
		SafewordRuleTitle:    say("outline.safeword-rule.title"),
		SafewordRule:         say("outline.safeword-rule"),
		SceneDayReminder:     say("outline.scene-day.reminder"),
		Untitled:             say("document.untitled"),
		UntitledAgreement:    say("document.untitled-agreement"),
		ExitRuleTitle:        say("outline.exit-rule.title"),
		ExitRule:             say("outline.exit-rule"),
		ExitRuleTitleGroup:   say("outline.exit-rule.title.group"),
		ExitRuleGroup:        say("outline.exit-rule.group"),
		ReviewReminder:       say("outline.review.reminder"),
		ReviewReminderGroup:  say("outline.review.reminder.group"),
		IntoxicationQuestion: say("question.intoxication"),
	}
	ids := map[Band]string{BandImmediate: "band.immediate", BandShortTerm: "band.short-term", BandLongerTerm: "band.longer-term"}
	for b, id := range ids {
		pairs[b.Label()] = say(id)
		pairs[AftercareHint(b)] = say(id + ".hint")
	}
	for s, id := range map[Status]string{StatusYes: "status.yes", StatusTry: "status.try", StatusNotThisTime: "status.not-this-time", "": "status.undecided"} {
		pairs[s.Label()] = say(id)
	}
	for r, id := range map[Reach]string{ReachScenes: "reach.scenes", ReachTimes: "reach.times", ReachDaily: "reach.daily", ReachUnsaid: "reach.unsaid"} {
		pairs[r.Label()] = say(id)
	}
	long := Document{}
	long.Scene.DurationMinutes = 90 // a long scene asks about blood sugar
	for _, c := range ConditionsToAsk(long) {
		m, ok := conditionMsg(c.Ask).(Msg)
		if !ok {
			t.Errorf("the health question %q has no message", c.Ask)
			continue
		}
		pairs[c.Ask] = english.Render(m)
	}
	for screen, catalogue := range pairs {
		if screen != catalogue {
			t.Errorf("the screen says %q, the catalogue %q", screen, catalogue)
		}
	}
	for _, c := range conditionTests {
		if _, ok := conditionMsg(c.ask).(Msg); !ok {
			t.Errorf("the health question %q has no message", c.ask)
		}
	}
}
