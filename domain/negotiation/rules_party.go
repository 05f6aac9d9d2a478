package negotiation

import (
	"slices"
	"strings"
)

// Rules for a casual partner or a play party.
const (
	RulePartyUntried      RuleID = "party-untried"
	RulePartyTriedUnknown RuleID = "party-tried-unknown"
	RuleNoExtraction      RuleID = "extraction-missing"
	RuleExtractionWho     RuleID = "extraction-who"
)

// checkPartyTried: at a party, everyone taking part in an activity has
// done it before. People whose experience Parley does not know get one
// reminder each.
func checkPartyTried(d Document, f Facts) []Finding {
	if d.Template != KindPlayParty {
		return nil
	}
	var out []Finding
	var unknown []string
	for k, a := range d.Scene.Activities {
		if !a.Live() {
			continue
		}
		for _, id := range a.involved(d) {
			tried, known := f.Tried[id]
			switch {
			case !known:
				if !slices.Contains(unknown, id) {
					unknown = append(unknown, id)
				}
			case !tried[a.ID]:
				out = append(out, newFinding(RulePartyUntried, Warning,
					msg("review.party-untried", Args{"Name": d.nameOfMsg(id), "Activity": a.nameMsg()}),
					at(SectionActivities).activity(k).person(d.ParticipantIndex(id))))
			}
		}
	}
	for _, id := range unknown {
		out = append(out, newFinding(RulePartyTriedUnknown, Tip,
			msg("review.party-tried-unknown", Args{"Name": d.nameOfMsg(id), "Section": sectionMsg(SectionActivities)}),
			at(SectionActivities).person(d.ParticipantIndex(id))))
	}
	return out
}

// checkExtraction: at a party, there is an agreed signal for leaving and
// someone to handle the exit.
func checkExtraction(d Document, _ Facts) []Finding {
	if d.Template != KindPlayParty {
		return nil
	}
	e, sec := d.Extraction, sectionMsg(SectionExtraction)
	var out []Finding
	if blank(e.Signal) || e.Signal == ExtractionSignalExample {
		out = append(out, newFinding(RuleNoExtraction, Warning,
			msg("review.extraction-missing", Args{"Section": sec}),
			at(SectionExtraction).part("signal")))
	}
	planned := !blank(e.Plan) && e.Plan != ExtractionPlanExample
	if len(e.HandledBy) == 0 && !planned {
		out = append(out, newFinding(RuleExtractionWho, Warning,
			msg("review.extraction-who", Args{"Section": sec}),
			at(SectionExtraction).part("handled-by")))
	}
	return out
}

// Rules about a safe-call.
const (
	RuleSafeCallMissing RuleID = "safe-call-missing"
	RuleSafeCallWhen    RuleID = "safe-call-when"
)

// checkSafeCall: with a casual partner or at a party, a friend who is not
// there knows where you are and when to expect word.
func checkSafeCall(d Document, _ Facts) []Finding {
	if d.Template != KindPlayParty {
		return nil
	}
	s, sec := d.SafeCall, quoted(sectionMsg(SectionSafeCall))
	switch {
	case blank(s.Friend):
		return []Finding{newFinding(RuleSafeCallMissing, Warning,
			msg("review.safe-call-missing", Args{"Section": sec}),
			at(SectionSafeCall).part("friend"))}
	case blank(s.Arrangement):
		// The friend's name as written, capitalised (it opens the sentence).
		return []Finding{newFinding(RuleSafeCallWhen, Tip,
			msg("review.safe-call-when", Args{"Friend": capFirst(strings.TrimSpace(s.Friend)), "Section": sec}),
			at(SectionSafeCall).part("arrangement"))}
	}
	return nil
}
