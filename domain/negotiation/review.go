package negotiation

import (
	"sort"
	"time"
)

// Severity says how much a finding matters.
type Severity string

const (
	// BlocksPrinting: the document cannot be printed until this is resolved.
	BlocksPrinting Severity = "blocks-printing"
	// Warning: something missing or risky that the people should look at.
	Warning Severity = "warning"
	// Tip: worth knowing; nothing is wrong.
	Tip Severity = "tip"
)

func (s Severity) rank() int {
	switch s {
	case BlocksPrinting:
		return 0
	case Warning:
		return 1
	}
	return 2
}

// Section names a part of the document, for jumping to it.
type Section string

const (
	SectionTitle        Section = "title"
	SectionParticipants Section = "participants"
	SectionDates        Section = "dates"
	SectionActivities   Section = "activities"
	SectionIntensity    Section = "intensity"
	SectionDuration     Section = "duration"
	SectionSetting      Section = "setting"
	SectionRoles        Section = "roles"
	SectionLimits       Section = "limits"
	SectionSafewords    Section = "safewords"
	SectionPhysical     Section = "physical"
	SectionEmotional    Section = "emotional"
	SectionAftercare    Section = "aftercare"
	SectionNewFactors   Section = "new-factors"
	SectionDebrief      Section = "debrief"
	SectionExtraction   Section = "extraction"
	SectionSceneDay     Section = "scene-day"
	SectionSafeCall     Section = "safe-call"
	// A standing agreement's own sections (see IsAgreement).
	SectionDynamicRoles Section = "dynamic-roles"
	SectionStanding     Section = "standing"
	SectionCheckIn      Section = "check-in"
	SectionExit         Section = "exit"
	SectionReview       Section = "review"
)

// FieldRef points at the field a finding is about. Indexes are -1 when
// they do not apply.
type FieldRef struct {
	Section Section `json:"section"`
	// Participant is an index into Document.Participants.
	Participant int `json:"participant"`
	// Activity is an index into Document.Scene.Activities.
	Activity int `json:"activity"`
	// Item is an index into the list Part names (a person's hard or soft
	// limits; an agreement's "rules" or "rituals").
	Item int `json:"item"`
	// Part names the field inside the section: "hard", "soft", "word",
	// "signal", "scene", "debrief", "negotiated", a Band's Label ...
	Part string `json:"part,omitempty"`
}

// at points at a whole section.
func at(s Section) FieldRef { return FieldRef{Section: s, Participant: -1, Activity: -1, Item: -1} }

func (r FieldRef) person(i int) FieldRef   { r.Participant = i; return r }
func (r FieldRef) activity(i int) FieldRef { r.Activity = i; return r }
func (r FieldRef) item(i int) FieldRef     { r.Item = i; return r }
func (r FieldRef) part(p string) FieldRef  { r.Part = p; return r }
func (r FieldRef) limit(kind string, person, i int) FieldRef {
	return r.person(person).part(kind).item(i)
}

// RuleID names the rule behind a finding; it is stable, so screens and
// tests can refer to it.
type RuleID string

// Finding is one thing the safety review noticed.
type Finding struct {
	Rule     RuleID   `json:"rule"`
	Severity Severity `json:"severity"`
	// Message is one or two plain sentences naming the field and what to do.
	// It is Msg rendered in British English; screens that show another
	// language render Msg instead.
	Message string   `json:"message"`
	Field   FieldRef `json:"field"`
	// Msg is the finding's message: its ID in the catalogue
	// (assets/translations) and its named arguments.
	Msg Msg `json:"msg"`
}

// Facts is what the review needs to know besides the document.
type Facts struct {
	// Now is the time of the review.
	Now time.Time `json:"now"`
	// Tried holds, by participant ID and then activity ID, whether that
	// person has done the activity before (with anyone, either side). A
	// person missing from the map is unknown; a missing activity is false.
	Tried map[string]map[string]bool `json:"tried,omitempty"`
	// Linked holds, by participant ID, the hard and soft limits on the
	// checklist the participant is linked to (Participant.ProfileID; see
	// LimitsFromSheet), whether or not they were brought in. The rules in
	// rules_linked.go check the scene against them.
	Linked map[string]Limits `json:"linked,omitempty"`
	// Unchecked holds, by participant ID, why a linked checklist could not
	// be read for this review. Either blocks printing: the check waits.
	Unchecked map[string]Unchecked `json:"unchecked,omitempty"`
	// Gave is Tried for the giving side only: whether that person has
	// given the activity before (done together counts). A person missing
	// from the map is unknown, and Tried is used for them instead.
	Gave map[string]map[string]bool `json:"gave,omitempty"`
}

// rule is one check of the safety review.
type rule func(Document, Facts) []Finding

// rules lists every check, in the order their findings are shown within
// one severity.
func rules() []rule {
	return []rule{
		checkPeople,
		checkHardLimits,
		checkLinkedHard,
		checkLinkedUnchecked,
		checkHiddenLimits,
		checkSpeechSignal,
		checkStopSignals,
		checkSoftLimits,
		checkLinkedSoft,
		checkLinkedNoneWritten,
		checkScope,
		checkDuration,
		checkFirstScene,
		checkPartyTried,
		checkExtraction,
		checkAftercare,
		checkSceneDate,
		checkSameDay,
		checkDebriefDate,
		checkNewFactors,
		checkMarks,
		// Issue 13: the review sees risk.
		checkHighRisk,
		checkGiverUntried,
		checkBreath,
		checkNeverAlone,
		checkHogtieGag,
		checkHandsFreeSignal,
		checkResistanceSafeword,
		checkIntoxication,
		checkPhysicalConditions,
		checkConditionMeets,
		checkSceneDay,
		checkSafeCall,
	}
}

// Review runs every rule on the document and returns the findings, the
// ones that block printing first, then warnings, then tips. A standing
// agreement (IsAgreement) is reviewed by agreementRules instead: the
// scene's rules are about one scene and are not run on it.
func Review(d Document, f Facts) []Finding {
	list := rules()
	if d.IsAgreement() {
		list = agreementRules()
	}
	var out []Finding
	for _, r := range list {
		out = append(out, r(d, f)...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Severity.rank() < out[j].Severity.rank() })
	return out
}

// CanPrint reports whether the document may be printed, and if not, the
// messages of the findings that stop it.
func CanPrint(findings []Finding) (bool, []string) {
	var reasons []string
	for _, f := range findings {
		if f.Severity == BlocksPrinting {
			reasons = append(reasons, f.Message)
		}
	}
	return len(reasons) == 0, reasons
}

// Blockers are the messages of the findings that stop printing: CanPrint's
// reasons as messages, for a screen that shows them in its own language.
func Blockers(findings []Finding) []Msg {
	var out []Msg
	for _, f := range findings {
		if f.Severity == BlocksPrinting {
			out = append(out, f.Msg)
		}
	}
	return out
}

// Printable is the gate every way out of a draft goes through (Save as
// PDF, Print, Mark as agreed): the review of d with f, and the messages of
// the findings that stop it.
func Printable(d Document, f Facts) (bool, []string) { return CanPrint(Review(d, f)) }

// Label is the section's heading, as the editor and the review's
// messages name it: its message (section.<id>) in British English.
func (s Section) Label() string {
	if m := sectionMsg(s); english.Has(m.ID) {
		return english.Render(m)
	}
	return string(s)
}
