package negotiation

// GuideTopic names the guide article a finding points to: its value is
// the article's ID in domain/guide (a test in ui checks that each one
// exists, so a renamed article cannot leave a finding without its link).
type GuideTopic string

// The guide topics the review's findings point to.
const (
	GuideBreathPlay   GuideTopic = "breath-and-neck"      // the neck, breath and smothering
	GuideNeverAlone   GuideTopic = "never-alone"          // being left alone while restrained
	GuideIntoxication GuideTopic = "alcohol-and-drugs"    // drink and drugs
	GuideMedical      GuideTopic = "health-and-pregnancy" // conditions that change what is safe
	GuideBeyondWord   GuideTopic = "beyond-the-safeword"  // the safeword is not the only safeguard
	GuideSafetyKit    GuideTopic = "safety-kit"           // shears, keys, first aid, emergencies
	GuideSceneDay     GuideTopic = "scene-day"            // how are you today?
	GuideLaw          GuideTopic = "uk-law"               // the UK legal note
	GuideFirstScene   GuideTopic = "first-scene"          // a first scene together
	GuideCasual       GuideTopic = "casual-and-party"     // casual partners and play parties
)

// guideOf is the topic each rule's findings point to; rules not listed
// point nowhere.
var guideOf = map[RuleID]GuideTopic{
	RuleMarks:            GuideLaw,
	RuleHighRiskFirst:    GuideFirstScene,
	RuleHighRiskParty:    GuideCasual,
	RuleBreath:           GuideBreathPlay,
	RuleNeverAlone:       GuideNeverAlone,
	RuleHogtieGag:        GuideNeverAlone,
	RuleSignalNeedsHands: GuideBeyondWord,
	RuleSpeechNoSignal:   GuideBeyondWord,
	RuleStopWordInPlay:   GuideBeyondWord,
	RuleIntoxication:     GuideIntoxication,
	RuleIntoxUnasked:     GuideIntoxication,
	RulePhysicalBlank:    GuideMedical,
	RuleConditionMeets:   GuideMedical,
	RuleSceneDayConcern:  GuideSceneDay,
	RuleSceneDayToday:    GuideSceneDay,
	RuleSafeCallMissing:  GuideCasual,
	RuleSafeCallWhen:     GuideCasual,
}

// GuideFor is the guide topic a rule's findings point to, or "" when
// there is none.
func GuideFor(r RuleID) GuideTopic { return guideOf[r] }

// GuideTopics lists every topic the review can point to, in a stable
// order.
func GuideTopics() []GuideTopic {
	return []GuideTopic{GuideBreathPlay, GuideNeverAlone, GuideIntoxication, GuideMedical, GuideBeyondWord,
		GuideSafetyKit, GuideSceneDay, GuideLaw, GuideFirstScene, GuideCasual}
}
