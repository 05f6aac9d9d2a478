package negotiation

import (
	"fmt"
	"slices"
	"strings"
)

// Rules about aftercare.
const (
	RuleAftercareMissing    RuleID = "aftercare-missing"
	RuleAftercareUnspecific RuleID = "aftercare-unspecific"
	RuleAftercareWho        RuleID = "aftercare-who"
	RuleAftercareLater      RuleID = "aftercare-later"
)

// checkAftercare: everyone, the giver too, has specific aftercare for the
// first 30 minutes with someone to provide it; empty later bands get a
// gentle tip.
func checkAftercare(d Document, _ Facts) []Finding {
	var out []Finding
	sec := SectionAftercare.Label()
	for i, p := range d.Participants {
		name, now := d.DisplayName(i), p.Aftercare.Immediate
		ref := at(SectionAftercare).person(i).part(BandImmediate.Label())
		switch {
		case blank(now.What):
			also := ""
			if d.gives(p.ID) {
				also = " Givers need care too."
			}
			out = append(out, Finding{RuleAftercareMissing, Warning,
				fmt.Sprintf("%s has no aftercare written for the first 30 minutes. In %s, write what helps %s and who provides it.%s", name, sec, name, also), ref})
		case unspecificCare(now.What):
			out = append(out, Finding{RuleAftercareUnspecific, Warning,
				fmt.Sprintf("%s's aftercare for the first 30 minutes only says %s. Write what that means in %s: what helps, and who provides it.", name, quote(now.What), sec), ref})
		case len(now.By) == 0:
			out = append(out, Finding{RuleAftercareWho, Warning,
				fmt.Sprintf("%s's aftercare for the first 30 minutes doesn't say who provides it. Choose who in %s.", name, sec), ref})
		}
		var empty []string
		for _, b := range []Band{BandShortTerm, BandLongerTerm} {
			if blank(p.Aftercare.Band(b).What) {
				empty = append(empty, laterBandPhrase[b])
			}
		}
		if len(empty) > 0 {
			out = append(out, Finding{RuleAftercareLater, Tip,
				fmt.Sprintf("Nothing is written yet for %s's aftercare in %s. A low can arrive a day or two later, so a plan for checking in helps.", name, strings.Join(empty, " or ")),
				at(SectionAftercare).person(i).part(firstEmpty(p.Aftercare))})
		}
	}
	return out
}

// gives reports whether the person gives anything in scope.
func (d Document) gives(id string) bool {
	for _, a := range d.Scene.Activities {
		if a.Live() && slices.Contains(a.Givers, id) {
			return true
		}
	}
	return false
}

// unspecificCare reports whether aftercare is too thin to act on: fewer
// than three words, or a stock phrase such as "the usual".
func unspecificCare(text string) bool {
	if len(strings.Fields(text)) < 3 {
		return true
	}
	said := normText(strings.ReplaceAll(text, "'", ""))
	for _, stock := range []string{
		"the usual aftercare", "aftercare as usual", "the normal aftercare",
		"well do aftercare", "we will do aftercare", "whatever is needed",
		"whatever we need", "see how we feel", "well see then",
		"well figure it out", "well work it out", "same as usual",
		"same as always", "same as last time", "as we normally do",
	} {
		if said == normText(stock) {
			return true
		}
	}
	return false
}

// laterBandPhrase names the later aftercare bands inside a sentence.
var laterBandPhrase = map[Band]string{
	BandShortTerm:  "the first 24 hours",
	BandLongerTerm: "the days after, up to 72 hours",
}

// firstEmpty is the label of the first later band with nothing written.
func firstEmpty(a Aftercare) string {
	if blank(a.Band(BandShortTerm).What) {
		return BandShortTerm.Label()
	}
	return BandLongerTerm.Label()
}
