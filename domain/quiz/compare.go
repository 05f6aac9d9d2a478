package quiz

import (
	"strings"
)

// ComparisonNote is shown with every comparison.
const ComparisonNote = "This comparison is a way to start a conversation. It is not a diagnosis or a verdict: a short questionnaire is a rough guide, people change, and only the two of you can decide what suits you."

// The names a comparison uses when neither the caller nor the result has one.
const (
	defaultNameA = "Partner A"
	defaultNameB = "Partner B"
)

// Fit is how two scores on one trait read together. There are only two
// readings and no overall score: a comparison never adds traits up.
type Fit string

const (
	Fits              Fit = "fits"
	WorthTalkingAbout Fit = "worth-talking-about"
)

// Label is the words shown for a fit.
func (f Fit) Label() string {
	if f == Fits {
		return "Fits well"
	}
	return "Worth talking about"
}

// Situation names the pattern two scores make; it chooses the sentence and
// the question shown.
type Situation string

const (
	// Similarity traits.
	BothHigh Situation = "both-high" // close, both in the high band (also: complement, both high)
	BothLow  Situation = "both-low"  // close, both in the low band (also: complement, both low)
	Close    Situation = "close"     // close, otherwise
	Apart    Situation = "apart"     // further apart than CloseWithin

	// Complement traits.
	LeadsAndFollows Situation = "leads-and-follows" // one high, one low
	OneLeads        Situation = "one-leads"         // one high, the other in the middle
	OneFollows      Situation = "one-follows"       // one low, the other in the middle
	BothMiddle      Situation = "both-middle"       // both in the middle
)

// CloseWithin is the largest difference between two similarity scores that
// still counts as close: 25 points is an average of one step on the answer
// scale per statement.
const CloseWithin = 25

// TraitComparison is one trait read for two people.
type TraitComparison struct {
	Trait     TraitID
	Name      string
	Kind      CompareKind
	A, B      TraitScore
	Situation Situation
	Fit       Fit
	Sentence  string // how the two fit, using both names
	Question  string // one question worth talking about
}

// Comparison is two profiles read side by side.
type Comparison struct {
	NameA, NameB string
	Traits       []TraitComparison // in the order of Traits()
	Care         []CareCheck       // A's need against B's care, then B's need against A's care
	Note         string            // always ComparisonNote
}

// Compare reads two complete results together. Blank names fall back to the
// names carried in the results, then to "Partner A" and "Partner B".
func Compare(nameA string, a Result, nameB string, b Result) (Comparison, error) {
	return CompareIn(nil, nameA, a, nameB, b)
}

// CompareIn is Compare with the texts of a translation (keys as Texts
// writes them; nil or a missing text is British English). Scores,
// situations and fits do not depend on the language.
func CompareIn(w Words, nameA string, a Result, nameB string, b Result) (Comparison, error) {
	sa, err := a.scoresInOrder()
	if err != nil {
		return Comparison{}, err
	}
	sb, err := b.scoresInOrder()
	if err != nil {
		return Comparison{}, err
	}
	nameA = pickName(nameA, a.Name, w.get("partner-a", defaultNameA))
	nameB = pickName(nameB, b.Name, w.get("partner-b", defaultNameB))
	c := Comparison{NameA: nameA, NameB: nameB, Note: w.get("comparison-note", ComparisonNote)}
	for i, t := range TraitsIn(w) {
		c.Traits = append(c.Traits, compareTrait(w, t, nameA, sa[i], nameB, sb[i]))
	}
	need, care := traitIndex(Reassurance), traitIndex(Caregiving)
	c.Care = []CareCheck{
		checkCare(w, nameA, sa[need], nameB, sb[care]),
		checkCare(w, nameB, sb[need], nameA, sa[care]),
	}
	return c, nil
}

func pickName(names ...string) string {
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			return n
		}
	}
	return ""
}

func traitIndex(id TraitID) int {
	for i, t := range Traits() {
		if t.ID == id {
			return i
		}
	}
	return -1
}

func compareTrait(w Words, t Trait, nameA string, a int, nameB string, b int) TraitComparison {
	var s Situation
	var fit Fit
	first, second := nameA, nameB
	if t.Kind == Complement {
		s, fit, first, second = readComplement(nameA, a, nameB, b)
	} else {
		s, fit, first, second = readSimilarity(nameA, a, nameB, b)
	}
	txt := traitTexts(t.ID)[s]
	key := "compare." + string(t.ID) + "." + string(s) + "."
	txt.sentence, txt.question = w.get(key+"sentence", txt.sentence), w.get(key+"question", txt.question)
	fill := names(first, second)
	return TraitComparison{
		Trait:     t.ID,
		Name:      t.Name,
		Kind:      t.Kind,
		A:         TraitScore{Trait: t.ID, Score: a, Band: BandOf(a)},
		B:         TraitScore{Trait: t.ID, Score: b, Band: BandOf(b)},
		Situation: s,
		Fit:       fit,
		Sentence:  fill.Replace(txt.sentence),
		Question:  fill.Replace(txt.question),
	}
}

// readSimilarity: close scores fit. For Apart, first is the higher scorer.
func readSimilarity(nameA string, a int, nameB string, b int) (Situation, Fit, string, string) {
	ba, bb := BandOf(a), BandOf(b)
	switch {
	case a-b > CloseWithin:
		return Apart, WorthTalkingAbout, nameA, nameB
	case b-a > CloseWithin:
		return Apart, WorthTalkingAbout, nameB, nameA
	case ba == BandHigh && bb == BandHigh:
		return BothHigh, Fits, nameA, nameB
	case ba == BandLow && bb == BandLow:
		return BothLow, Fits, nameA, nameB
	default:
		return Close, Fits, nameA, nameB
	}
}

// readComplement: opposite poles fit, the same pole is worth talking about.
// The names come back in the order the situation's texts expect: the leader
// first for LeadsAndFollows, the person with the clear preference first for
// OneLeads and OneFollows.
func readComplement(nameA string, a int, nameB string, b int) (Situation, Fit, string, string) {
	ba, bb := BandOf(a), BandOf(b)
	switch {
	case ba == BandHigh && bb == BandLow:
		return LeadsAndFollows, Fits, nameA, nameB
	case ba == BandLow && bb == BandHigh:
		return LeadsAndFollows, Fits, nameB, nameA
	case ba == bb && ba == BandHigh:
		return BothHigh, WorthTalkingAbout, nameA, nameB
	case ba == bb && ba == BandLow:
		return BothLow, WorthTalkingAbout, nameA, nameB
	case ba == bb:
		return BothMiddle, WorthTalkingAbout, nameA, nameB
	case ba == BandHigh:
		return OneLeads, Fits, nameA, nameB
	case bb == BandHigh:
		return OneLeads, Fits, nameB, nameA
	case ba == BandLow:
		return OneFollows, Fits, nameA, nameB
	default:
		return OneFollows, Fits, nameB, nameA
	}
}
