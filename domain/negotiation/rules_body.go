package negotiation

import (
	"slices"
	"strings"

	"parleyapp.org/parley/domain/message"
)

// Rules about each person's body and state: drink and drugs, physical
// conditions, and how they are on the day.
const (
	RuleIntoxication    RuleID = "intoxication"
	RuleIntoxUnasked    RuleID = "intoxication-unasked"
	RulePhysicalBlank   RuleID = "physical-blank"
	RuleSceneDayConcern RuleID = "scene-day-concern"
	RuleSceneDayToday   RuleID = "scene-day-today"
	RuleConditionMeets  RuleID = "condition-meets-activity"
)

// IntoxicationQuestion is the question each person answers.
const IntoxicationQuestion = "Anything to drink or take before or during?"

// noneWords open an answer that means "nothing" ("None", "Nothing; we
// stay sober", "No alcohol or anything else").
var noneWords = map[string]bool{"none": true, "nothing": true, "no": true, "nope": true, "nil": true, "neither": true,
	"sober": true, "nada": true, "zero": true, "na": true, "n": true}

// buts turn a "no" into a "yes, some" ("No alcohol, but a joint").
var buts = []string{"but", "except", "apart from", "only", "just", "plus", "unless", "maybe", "might", "perhaps", "probably", "bit", "little"}

// saysNone reports whether an answer means "nothing": it opens with a
// word of refusal and nothing after turns it round. Water is not a drug.
func saysNone(s string) bool {
	n := " " + normText(strings.ReplaceAll(strings.ReplaceAll(s, "'", ""), "\u2019", "")) + " "
	for _, water := range []string{" just water ", " only water ", " water only ", " water "} {
		n = strings.ReplaceAll(n, water, " ")
	}
	words := strings.Fields(n)
	if len(words) == 0 {
		return true // only water
	}
	if words[0] == "well" || words[0] == "we" || words[0] == "i" || words[0] == "ill" || words[0] == "both" {
		return strings.Contains(n, " sober ") && !hasBut(n)
	}
	return noneWords[words[0]] && !hasBut(n)
}

func hasBut(n string) bool {
	for _, b := range buts {
		if strings.Contains(n, " "+b+" ") {
			return true
		}
	}
	return false
}

// checkIntoxication: anyone planning to drink or take something hears
// what it changes; people not asked yet get one gentle reminder.
func checkIntoxication(d Document, _ Facts) []Finding {
	var out []Finding
	var unasked, some []int
	for i, p := range d.Participants {
		switch {
		case blank(p.Intoxication):
			unasked = append(unasked, i)
		case !saysNone(p.Intoxication):
			some = append(some, i)
		}
	}
	if len(some) > 0 {
		var who []any
		for _, i := range some {
			who = append(who, msg("phrase.intoxication.person", Args{"Name": d.displayNameMsg(i), "Text": quoted(d.Participants[i].Intoxication)}))
		}
		out = append(out, newFinding(RuleIntoxication, Warning,
			message.Plural("review.intoxication", len(some), Args{"Names": listMsg(who)}),
			at(SectionPhysical).person(some[0]).part("intoxication")))
	}
	if len(unasked) > 0 {
		out = append(out, newFinding(RuleIntoxUnasked, Tip,
			msg("review.intoxication-unasked", Args{"Names": d.peopleMsg(unasked), "Section": sectionMsg(SectionPhysical)}),
			at(SectionPhysical).person(unasked[0]).part("intoxication")))
	}
	return out
}

// Condition is one health matter that changes what is safe, with the
// activities in scope that it bears on.
type Condition struct {
	Ask        string // what to ask about, e.g. "asthma, a cold or a blocked nose"
	Activities []int  // indexes into Scene.Activities
}

// conditionTests pair each question with the activities it concerns.
var conditionTests = []struct {
	ask   string
	words []string // stems that name the condition in a person's own words
	test  func(Activity) bool
}{
	{"asthma, a cold or a blocked nose", []string{"asthma", "inhaler", "blocked nose", "a cold", "hay fever", "copd", "breathless", "sinus"}, func(a Activity) bool {
		return a.gagged() || a.aboutBreath() || a.wrapped() || a.faceDown() ||
			a.idIn("restraint.rope-harness", "sensation.tickling") || a.nameHas("chest harness", "chest rope", "tickl")
	}},
	{"a heart condition, a pacemaker or other implant, or fainting", []string{"heart", "pacemaker", "implant", "defibrillator", "faint", "blood pressure", "arrhythm"}, func(a Activity) bool {
		return a.idIn("sensation.electro", "restraint.suspension", "verbal.fear-play") || a.aboutBreath() ||
			a.nameHas("electr", "estim", "tens ", "violet wand", "suspen", "fear")
	}},
	{"epilepsy or seizures (restraints must come off in seconds)", []string{"epilep", "seizure", "fits"}, func(a Activity) bool {
		return strings.HasPrefix(a.ID, "restraint.") && a.ID != "restraint.left-alone" || a.stopsHands() ||
			a.idIn("sensation.electro") || a.nameHas("cuff", "rope", "tie", "bondage", "shibari", "restrain", "electr")
	}},
	{"blood thinners or bruising easily", []string{"thinner", "warfarin", "anticoagul", "apixaban", "rivaroxaban", "bruise easily", "bruising easily", "haemophil", "hemophil"}, func(a Activity) bool {
		return strings.HasPrefix(a.ID, "impact.") && a.ID != "impact.counting" ||
			a.idIn("sensation.play-piercing", "sensation.knife-edge", "sensation.biting") ||
			a.nameHas("spank", "flog", "cane", "paddle", "slap", "whip", "needle", "pierc", "knife")
	}},
	{"hypermobile joints or Raynaud's (fingers that go white in the cold)", []string{"hypermobil", "ehlers", "eds", "raynaud", "dislocat"}, func(a Activity) bool {
		return a.idIn("restraint.simple-rope", "restraint.rope-harness", "restraint.suspension", "restraint.hogtie",
			"restraint.predicament", "restraint.chair-bondage", "power-exchange.positions", "sensation.ice", "sensation.hot-and-cold") ||
			a.nameHas("rope", "shibari", "stress position", "ice")
	}},
	{"pregnancy (no pressure on the belly, no lying flat on the back later on, no electrical play, nothing that restricts breathing)", []string{"pregnan", "expecting a baby", "weeks along"}, func(a Activity) bool {
		return a.aboutBreath() || a.faceDown() || a.wrapped() ||
			a.idIn("sensation.electro", "restraint.pinning-down", "restraint.bed-straps", "sensory-deprivation.tape-gag", "sensory-deprivation.hood") ||
			a.nameHas("electr", "estim", "pinning", "belly")
	}},
	{"contact lenses (whether to take them out first)", []string{"contact lens", "contacts", "lenses"}, func(a Activity) bool {
		return a.idIn("sensory-deprivation.blindfold", "sensory-deprivation.hood", "impact.face-slapping", "sensory-deprivation.full-isolation") ||
			a.nameHas("blindfold", "face slap", "slapping the face", "hood")
	}},
}

// longSceneMinutes: beyond this, blood sugar needs a thought.
const longSceneMinutes = 60

// ConditionsToAsk lists the health questions the scene raises: each with
// the activities in scope it concerns, in a fixed order. A long scene
// raises diabetes and blood sugar (with no activity of its own).
func ConditionsToAsk(d Document) []Condition {
	var out []Condition
	for _, c := range conditionTests {
		if ks := d.live(c.test); len(ks) > 0 {
			out = append(out, Condition{Ask: c.ask, Activities: ks})
		}
	}
	if d.Scene.Minutes() > longSceneMinutes {
		out = append(out, Condition{Ask: "diabetes or blood sugar (a snack and a break in a long scene)"})
	}
	return out
}

// conditionPhrase writes the questions for a sentence: "asthma ... (ball
// gag) with ball gag; contact lenses ... with blindfold"; short keeps
// each question's words before its note in brackets, and no activities.
func conditionPhrase(d Document, cs []Condition, short bool) message.Join {
	var parts []any
	for _, c := range cs {
		var p any = conditionMsg(c.Ask)
		switch {
		case short:
			p = message.Short{Value: p}
		case len(c.Activities) > 0:
			p = msg("phrase.condition.with", Args{"Question": p, "Activities": d.labelsMsg(c.Activities)})
		}
		parts = append(parts, p)
	}
	return message.Join{Sep: msg("phrase.condition.separator", nil), Items: parts}
}

// checkPhysicalConditions: everyone has written something about their
// body ("none" is an answer). One calm finding names who has not, and
// what the scene makes worth asking.
func checkPhysicalConditions(d Document, _ Facts) []Finding {
	var names []int
	first := -1
	for _, i := range d.LimitsOrder() {
		if blank(d.Participants[i].Physical) {
			names = append(names, i)
			if first < 0 {
				first = i
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	m := msg("review.physical-blank", Args{"Names": d.peopleMsg(names)})
	if cs := ConditionsToAsk(d); len(cs) > 0 { // many (over 3): the questions alone, not a wall
		m = msg("review.physical-blank.ask", Args{"Names": d.peopleMsg(names), "Questions": conditionPhrase(d, cs, len(cs) > 3)})
	}
	return []Finding{newFinding(RulePhysicalBlank, Tip, m, at(SectionPhysical).person(first))}
}

// checkSceneDay: a person who ticked a concern on the day hears that
// scaling back or postponing is the right call; on the scene day itself,
// anyone who has not checked in yet gets a reminder.
func checkSceneDay(d Document, f Facts) []Finding {
	var out []Finding
	today := !d.SceneOn.IsZero() && !f.Now.IsZero() && sameDay(f.Now, d.SceneOn)
	var unchecked []int
	for i, p := range d.Participants {
		if c := p.Today.Concerns(); len(c) > 0 {
			out = append(out, newFinding(RuleSceneDayConcern, Warning,
				msg("review.scene-day-concern", Args{"Name": d.displayNameMsg(i), "Concerns": listMsg(p.Today.concernMsgs())}),
				at(SectionSceneDay).person(i)))
		} else if today && !p.Today.Answered() {
			unchecked = append(unchecked, i)
		}
	}
	if len(unchecked) > 0 {
		out = append(out, newFinding(RuleSceneDayToday, Tip,
			msg("review.scene-day-today", Args{"Section": quoted(sectionMsg(SectionSceneDay)), "Names": d.peopleMsg(unchecked)}),
			at(SectionSceneDay).person(unchecked[0])))
	}
	return out
}

// mentions reports whether a person's own words name one of the stems.
func mentions(text string, stems []string) bool {
	w := " " + normText(text) + " "
	for _, s := range stems {
		if strings.Contains(w, " "+normText(s)) {
			return true
		}
	}
	return false
}

// checkConditionMeets: a condition a person has written down meets an
// activity in scope that it changes, on the person's receiving end.
// One finding per person and condition.
func checkConditionMeets(d Document, _ Facts) []Finding {
	var out []Finding
	for i, p := range d.Participants {
		if blank(p.Physical) {
			continue
		}
		for _, c := range conditionTests {
			if !mentions(p.Physical, c.words) {
				continue
			}
			ks := d.live(func(a Activity) bool { return c.test(a) && a.receivedBy(p.ID) })
			if len(ks) == 0 {
				continue
			}
			out = append(out, newFinding(RuleConditionMeets, Warning,
				msg("review.condition-meets-activity", Args{"Name": d.displayNameMsg(i), "Condition": message.Short{Value: conditionMsg(c.ask)}, "Activities": d.labelsMsg(ks)}),
				at(SectionPhysical).person(i).activity(ks[0])))
		}
	}
	return out
}

// receivedBy reports whether the person is on the receiving end: named
// as a receiver, or it is done together, or nobody's side is set yet.
func (a Activity) receivedBy(id string) bool {
	return a.Together || a.unassigned() || slices.Contains(a.Receivers, id)
}
