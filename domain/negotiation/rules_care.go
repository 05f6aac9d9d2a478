package negotiation

import (
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
	sec := sectionMsg(SectionAftercare)
	for i, p := range d.Participants {
		name, now := d.displayNameMsg(i), p.Aftercare.Immediate
		ref := at(SectionAftercare).person(i).part(BandImmediate.Label())
		switch {
		case blank(now.What):
			id := "review.aftercare-missing"
			if d.gives(p.ID) {
				id = "review.aftercare-missing.giver"
			}
			out = append(out, newFinding(RuleAftercareMissing, Warning, msg(id, Args{"Name": name, "Section": sec}), ref))
		case unspecificCare(now.What):
			out = append(out, newFinding(RuleAftercareUnspecific, Warning,
				msg("review.aftercare-unspecific", Args{"Name": name, "Text": quoted(now.What), "Section": sec}), ref))
		case len(now.By) == 0:
			out = append(out, newFinding(RuleAftercareWho, Warning, msg("review.aftercare-who", Args{"Name": name, "Section": sec}), ref))
		}
		var empty []Msg
		for _, b := range []Band{BandShortTerm, BandLongerTerm} {
			if blank(p.Aftercare.Band(b).What) {
				empty = append(empty, laterBandPhrase[b])
			}
		}
		if len(empty) > 0 {
			var bands any = empty[0]
			if len(empty) == 2 {
				bands = msg("phrase.or", Args{"First": empty[0], "Second": empty[1]})
			}
			out = append(out, newFinding(RuleAftercareLater, Tip,
				msg("review.aftercare-later", Args{"Name": name, "Bands": bands}),
				at(SectionAftercare).person(i).part(firstEmpty(p.Aftercare))))
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

// unspecificCare reports whether aftercare is too thin to act on: every
// word of it is a stock or filler word ("the usual", "aftercare",
// "we'll see", "whatever is needed"). Length is no guide: "Being held"
// and "Cuddles" say what helps, and are enough.
func unspecificCare(text string) bool {
	words := strings.Fields(normText(strings.ReplaceAll(strings.ReplaceAll(text, "'", ""), "\u2019", "")))
	for _, w := range words {
		if !careFiller[w] {
			return false
		}
	}
	return true
}

// careFiller are the words of stock aftercare phrases, which say that
// there will be care but not what it is.
var careFiller = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an usual usually normal normally standard regular basic aftercare after care some lot lots
		of plenty good proper do does doing we well will shall as same always before last time whatever is needed need
		needs want wants see how feel feels then it stuff thing things you they them i me us know etc figure work out
		lets let decide decided later tbd tbc when if any anything something ok okay fine yes sure be to on day what
		whats like kind sort in moment our my your their think play by ear go with flow usual`) {
		m[w] = true
	}
	return m
}()

// laterBandPhrase names the later aftercare bands inside a sentence.
var laterBandPhrase = map[Band]Msg{
	BandShortTerm:  msg("phrase.aftercare.first-24-hours", nil),
	BandLongerTerm: msg("phrase.aftercare.days-after", nil),
}

// firstEmpty is the label of the first later band with nothing written.
func firstEmpty(a Aftercare) string {
	if blank(a.Band(BandShortTerm).What) {
		return BandShortTerm.Label()
	}
	return BandLongerTerm.Label()
}
