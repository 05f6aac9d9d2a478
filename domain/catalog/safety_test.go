package catalog_test

import (
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
)

// noteCase pins one activity's risk level, flags and the facts its note
// must carry (issue 13). Every fact is checked in docs/safety-sources.md.
type noteCase struct {
	id                        string
	risk                      catalog.Risk
	marks, speech, needsSkill bool
	says                      []string // each must appear in the note (case-insensitive)
}

var breathAfterSigns = []string{"changed voice", "swallowing", "neck pain or swelling", "headache", "confusion", "sight or speech", "days later", "999", "a&e"}

var changedNotes = []noteCase{
	// Breath and neck: new in 2026.2.
	{id: "breath.breath-play", risk: catalog.RiskHigh, speech: true,
		says: append([]string{"no technique makes this safe", "within seconds", "no signal", "restraint", "alcohol or drugs", "alone"}, breathAfterSigns...)},
	{id: "breath.choking", risk: catalog.RiskHigh, speech: true, marks: true,
		says: append([]string{"no technique makes it safe", "within seconds", "signal", "restraint", "alcohol or drugs", "alone", "see the guide"}, breathAfterSigns...)},
	{id: "breath.smothering", risk: catalog.RiskHigh, speech: true,
		says: append([]string{"no technique makes it safe", "no signal", "restraint", "alcohol or drugs", "alone", "gag"}, breathAfterSigns...)},
	{id: "breath.face-sitting", risk: catalog.RiskHigh, speech: true,
		says: []string{"body weight", "nose and mouth", "no signal", "tap out and move away", "never restrained", "alcohol or drugs"}},
	// Notes that were too narrow.
	{id: "sensation.electro", risk: catalog.RiskHigh, needsSkill: true,
		says: []string{"chest and head altogether", "close together", "below the waist", "same side", "home-made", "mains", "violet wand", "alcohol", "flammable", "epilepsy", "heart condition", "pacemaker", "pregnant"}},
	{id: "restraint.simple-rope", risk: catalog.RiskMedium, marks: true,
		says: []string{"radial nerve", "warm and pink", "movement as well as colour", "squeeze", "spread", "wrist bent back", "shears"}},
	{id: "restraint.rope-harness", risk: catalog.RiskMedium, marks: true, needsSkill: true,
		says: []string{"radial nerve", "no change in colour or warmth", "grip", "spread fingers", "wrist", "throat"}},
	{id: "restraint.suspension", risk: catalog.RiskHigh, marks: true, needsSkill: true,
		says: []string{"radial nerve", "grip", "wrist", "alone"}},
	{id: "impact.flogger", risk: catalog.RiskMedium, marks: true,
		says: []string{"kidneys", "spine", "off limits"}},
	{id: "power-exchange.collar", risk: catalog.RiskLow,
		says: []string{"never fasten a collar to anything fixed or to restraints"}},
	{id: "power-exchange.lead", risk: catalog.RiskMedium,
		says: []string{"never tie a lead to furniture, a fixed point or restraints"}},
	{id: "toys-gear.posture-collar", risk: catalog.RiskMedium,
		says: []string{"never fasten it to anything"}},
	{id: "sensory-deprivation.tape-gag", risk: catalog.RiskHigh, speech: true,
		says: []string{"crying", "feeling sick", "comes off at once", "signal"}},
	{id: "sensation.play-piercing", risk: catalog.RiskHigh, marks: true, needsSkill: true,
		says: []string{"blood-borne viruses", "hepatitis b and c and hiv", "for the giver too", "needlestick", "sharps bin", "never recapped"}},
	{id: "sensation.fire-play", risk: catalog.RiskHigh, needsSkill: true,
		says: []string{"body hair", "alcohol-based gels", "lotions", "hairspray"}},
	{id: "touch.anal-play", risk: catalog.RiskMedium,
		says: []string{"flared base", "never a numbing one"}},
	{id: "toys-gear.plug", risk: catalog.RiskMedium,
		says: []string{"flared base", "never a numbing kind"}},
	{id: "toys-gear.insertable-toys", risk: catalog.RiskMedium,
		says: []string{"flared base", "numbing lubricants"}},
	// Never alone, and face-down ties.
	{id: "restraint.left-alone", risk: catalog.RiskHigh,
		says: []string{"within earshot is not enough", "gag", "hood", "anything at the neck", "face-down tie", "suspension", "full wrapping", "stays beside them"}},
	{id: "restraint.hogtie", risk: catalog.RiskHigh, marks: true, needsSkill: true,
		says: []string{"breathing", "never put weight on the back", "never add a gag", "beside them"}},
	// Speech flags.
	{id: "sensation.tickling", risk: catalog.RiskMedium, speech: true,
		says: []string{"hand signal", "breathe", "asthma"}},
	{id: "touch.oral-sex", risk: catalog.RiskMedium, speech: true,
		says: []string{"cannot easily speak", "signal", "tests"}},
	{id: "exhibition.another-person", risk: catalog.RiskMedium,
		says: []string{"everyone negotiates", "newcomer"}},
	{id: "touch.penetrative-sex", risk: catalog.RiskMedium,
		says: []string{"condoms", "tests", "a yes to one side is never a yes to the other"}},
	// New in 2026.3, so that KinkList's default list maps (issue 17); every
	// fact is in docs/safety-sources.md.
	{id: "exhibition.group-play", risk: catalog.RiskMedium,
		says: []string{"everyone negotiates with everyone", "tests", "step out"}},
	{id: "body.sexual-fluids", risk: catalog.RiskMedium,
		says: []string{"gonorrhoea", "hiv", "eyes", "tests"}},
	{id: "touch.oral-anal", risk: catalog.RiskMedium,
		says: []string{"hepatitis a", "latex barrier", "vaccine"}},
	{id: "touch.fisting", risk: catalog.RiskHigh, needsSkill: true,
		says: []string{"gloves", "lubricant", "never a numbing one", "stop at any sharp pain", "urgent care"}},
	{id: "restraint.heavy-bondage", risk: catalog.RiskHigh, marks: true, needsSkill: true,
		says: []string{"feeling, movement and warmth", "shears", "never leave the person alone", "signal"}},
	{id: "toys-gear.sounding", risk: catalog.RiskHigh, needsSkill: true,
		says: []string{"sterile", "never force", "fever", "unable to pass water", "doctor"}},
	{id: "role-play.caregiver", risk: catalog.RiskLow,
		says: []string{"both characters are adults"}},
	{id: "role-play.pregnancy", risk: catalog.RiskMedium,
		says: []string{"contraception", "outside the scene"}},
	{id: "sensation.strong-pain", risk: catalog.RiskHigh, marks: true, needsSkill: true,
		says: []string{"slowly", "hide an injury", "kidneys", "lawful"}},
	{id: "sensation.intimate-pain", risk: catalog.RiskHigh, marks: true,
		says: []string{"far lighter", "blood in the urine", "fever", "doctor the same day"}},
	{id: "sensation.cutting", risk: catalog.RiskHigh, marks: true, needsSkill: true,
		says: []string{"hepatitis b and c and hiv", "for the giver too", "sharps bin", "scar", "england and wales", "lawful"}},
	// New in 2026.4: the last KinkList items that consent and the law
	// allow (issue 17); every fact is in docs/safety-sources.md.
	{id: "role-play.family-roles", risk: catalog.RiskMedium,
		says: []string{"fiction between adults only", "every character", "real relatives", "check in"}},
	{id: "role-play.age-play", risk: catalog.RiskLow,
		says: []string{"a role between adults only", "nothing in it involves anyone under 18"}},
	{id: "role-play.race-play", risk: catalog.RiskHigh,
		says: []string{"real emotional harm", "old hurt", "days later", "which words and themes", "private", "debrief"}},
	{id: "role-play.infidelity", risk: catalog.RiskMedium,
		says: []string{"nobody is really deceived", "negotiates too", "where the story stops"}},
	{id: "body.scat", risk: catalog.RiskHigh,
		says: []string{"hepatitis a", "off the face", "broken skin", "never swallow", "gloves", "vaccine"}},
	{id: "body.nappies", risk: catalog.RiskLow,
		says: []string{"between adults only", "sore"}},
	{id: "touch.glory-hole", risk: catalog.RiskMedium, speech: true,
		says: []string{"signal that works through the screen", "stop at once", "condoms and tests"}},
}

func TestChangedNotesCarryTheirFactsRiskAndFlags(t *testing.T) {
	c := shipped(t)
	for _, tc := range changedNotes {
		t.Run(tc.id, func(t *testing.T) {
			a, ok := c.Activity(tc.id)
			if !ok || a.ID != tc.id {
				t.Fatalf("%s is not in the catalog", tc.id)
			}
			if a.Risk != tc.risk {
				t.Errorf("risk %q, want %q", a.Risk, tc.risk)
			}
			if a.Marks != tc.marks || a.LimitsSpeech != tc.speech || a.NeedsSkill != tc.needsSkill {
				t.Errorf("flags marks=%v speech=%v skill=%v, want %v %v %v",
					a.Marks, a.LimitsSpeech, a.NeedsSkill, tc.marks, tc.speech, tc.needsSkill)
			}
			note := strings.ToLower(a.RiskNote)
			for _, want := range tc.says {
				if !strings.Contains(note, want) {
					t.Errorf("note lacks %q: %q", want, a.RiskNote)
				}
			}
		})
	}
}

// The review rules of issue 13 refer to these IDs by name, so they must be
// exactly these, in their own category, all speech-limiting and high risk.
func TestBreathCategoryHoldsExactlyTheAgreedIDs(t *testing.T) {
	c := shipped(t)
	if _, ok := c.Category("breath"); !ok {
		t.Fatal("no breath category")
	}
	want := []string{"breath.breath-play", "breath.choking", "breath.smothering", "breath.face-sitting"}
	got := c.InCategory("breath")
	if len(got) != len(want) {
		t.Fatalf("breath holds %d activities, want %d", len(got), len(want))
	}
	for i, a := range got {
		if a.ID != want[i] || a.Kind != catalog.GiveReceive || a.Risk != catalog.RiskHigh || !a.LimitsSpeech {
			t.Errorf("%d: %+v, want %s, give-receive, high, limits speech", i, a, want[i])
		}
		// No skill makes these safe, so none claims to need one (the review's
		// "not done before" rule must not suggest practice fixes them).
		if a.NeedsSkill {
			t.Errorf("%s claims skill makes it manageable", a.ID)
		}
	}
}

// Breath and neck pressure must not hide elsewhere under a lower risk.
func TestNeckAndBreathWordsOnlyInHighRiskEntries(t *testing.T) {
	for _, a := range shipped(t).Activities {
		text := strings.ToLower(a.Name + " " + a.Description)
		for _, w := range []string{"chok", "strangl", "smother", "asphyx", "breathing"} {
			if strings.Contains(text, w) && a.Risk != catalog.RiskHigh {
				t.Errorf("%s mentions %q but is %s risk", a.ID, w, a.Risk)
			}
		}
	}
}

func TestWordsThatAssumedTooMuch(t *testing.T) {
	c := shipped(t)
	tutor, _ := c.Activity("role-play.teacher-pupil")
	if strings.Contains(strings.ToLower(tutor.Name+tutor.Description), "pupil") || !strings.Contains(tutor.Name, "adult") {
		t.Errorf("the tutor role play still reads as school: %q / %q", tutor.Name, tutor.Description)
	}
	titles, _ := c.Activity("power-exchange.titles")
	for _, w := range []string{"Sir", "Madam", "Mistress", "Master"} {
		if strings.Contains(titles.Description, w) {
			t.Errorf("titles' examples are gendered (%q): %q", w, titles.Description)
		}
	}
	other, _ := c.Activity("exhibition.another-person")
	if text := strings.ToLower(other.Description + other.RiskNote); strings.Contains(text, "couple") || strings.Contains(text, "third") {
		t.Errorf("another person assumes a couple: %q", text)
	}
	// The released together ID keeps its kind (saved answers are keyed by
	// direction); the sides live under a new give-receive ID.
	if a, _ := c.Activity("touch.intercourse"); a.Kind != catalog.Together {
		t.Errorf("touch.intercourse changed kind to %q", a.Kind)
	}
	if a, ok := c.Activity("touch.penetrative-sex"); !ok || a.Kind != catalog.GiveReceive {
		t.Errorf("no give-receive entry for the sides of intercourse: %+v", a)
	}
}

func TestShippedVersionIsTheKinkListRelease(t *testing.T) {
	if v := shipped(t).Version; v != "2026.4" {
		t.Errorf("catalog version %q, want 2026.4 (the list changed again for issue 17)", v)
	}
}

// Role play on a taboo theme is between adults, and says so where it
// could be read otherwise.
func TestTabooRolePlaySaysAdults(t *testing.T) {
	c := shipped(t)
	for _, id := range []string{"role-play.family-roles", "role-play.age-play", "body.nappies", "role-play.caregiver"} {
		a, _ := c.Activity(id)
		if text := strings.ToLower(a.Description + " " + a.RiskNote); !strings.Contains(text, "adult") {
			t.Errorf("%s does not say it is between adults: %q", id, text)
		}
	}
}
