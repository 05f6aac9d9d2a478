package negotiation

import (
	"fmt"
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
				out = append(out, Finding{RulePartyUntried, Warning,
					fmt.Sprintf("%s hasn't done %s before. At a party, keep to things you have both done; consider 'not this time', and save it for a private scene.", d.NameOf(id), a.Label()),
					at(SectionActivities).activity(k).person(d.ParticipantIndex(id))})
			}
		}
	}
	for _, id := range unknown {
		out = append(out, Finding{RulePartyTriedUnknown, Tip,
			fmt.Sprintf("Parley doesn't know what %s has done before. Check together that everything in %s is something you have both done.", d.NameOf(id), SectionActivities.Label()),
			at(SectionActivities).person(d.ParticipantIndex(id))})
	}
	return out
}

// checkExtraction: at a party, there is an agreed signal for leaving and
// someone to handle the exit.
func checkExtraction(d Document, _ Facts) []Finding {
	if d.Template != KindPlayParty {
		return nil
	}
	e, sec := d.Extraction, SectionExtraction.Label()
	var out []Finding
	if blank(e.Signal) || e.Signal == ExtractionSignalExample {
		out = append(out, Finding{RuleNoExtraction, Warning,
			fmt.Sprintf("There is no agreed way to leave yet. In %s, write the signal you have agreed for stopping and leaving the play area.", sec),
			at(SectionExtraction).part("signal")})
	}
	planned := !blank(e.Plan) && e.Plan != ExtractionPlanExample
	if len(e.HandledBy) == 0 && !planned {
		out = append(out, Finding{RuleExtractionWho, Warning,
			fmt.Sprintf("Nobody is named to look after leaving. In %s, say who handles the exit.", sec),
			at(SectionExtraction).part("handled-by")})
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
	s, sec := d.SafeCall, SectionSafeCall.Label()
	switch {
	case blank(s.Friend):
		return []Finding{{RuleSafeCallMissing, Warning,
			fmt.Sprintf("Nobody outside the scene knows where you are. Under %s, name a friend who knows the place and when to expect a message, and what they do if it doesn't come; at a party, a host you trust can be that person.", quote(sec)),
			at(SectionSafeCall).part("friend")}}
	case blank(s.Arrangement):
		return []Finding{{RuleSafeCallWhen, Tip,
			fmt.Sprintf("%s is your safe call. Under %s, write when %s should hear from you and what happens if they don't.", capFirst(strings.TrimSpace(s.Friend)), quote(sec), strings.TrimSpace(s.Friend)),
			at(SectionSafeCall).part("arrangement")}}
	}
	return nil
}
