package quiz

import (
	"strconv"
	"strings"
)

// Texts returns every word of the personality test, keyed by stable IDs,
// as a translation of the test has them:
//
//	statement.<question-id>              a statement
//	scale.<1-5>                          the answer scale
//	trait.<id>.name|high|low|why         a trait
//	compare.<trait>.<situation>.sentence the comparison's sentence and
//	compare.<trait>.<situation>.question question for one situation
//	care.<case>.sentence|question        the care check (fits, needs-more,
//	                                     gives-more)
//	fit.<fit>                            "Fits well", "Worth talking about"
//	comparison-note                      the note under every comparison
//	partner-a, partner-b                 the names used when none is given
//
// In comparison and care texts {{.A}} and {{.B}} stand for the two names
// (see compare_texts.go for who is A in each situation).
func Texts() map[string]string {
	out := map[string]string{
		"comparison-note":                  ComparisonNote,
		"fit." + string(Fits):              Fits.Label(),
		"fit." + string(WorthTalkingAbout): WorthTalkingAbout.Label(),
		"partner-a":                        defaultNameA,
		"partner-b":                        defaultNameB,
	}
	for i, s := range Scale() {
		out["scale."+strconv.Itoa(i+1)] = s
	}
	for _, q := range Questions() {
		out["statement."+string(q.ID)] = q.Text
	}
	for _, t := range Traits() {
		p := "trait." + string(t.ID) + "."
		out[p+"name"], out[p+"high"], out[p+"low"], out[p+"why"] = t.Name, t.High, t.Low, t.Why
		for s, txt := range traitTexts(t.ID) {
			p := "compare." + string(t.ID) + "." + string(s) + "."
			out[p+"sentence"], out[p+"question"] = named(txt.sentence), named(txt.question)
		}
	}
	for _, c := range careTexts() {
		out["care."+c.id+".sentence"], out["care."+c.id+".question"] = named(c.sentence), named(c.question)
	}
	return out
}

// named turns the {a} and {b} of the Go texts into the catalogue's named
// arguments.
func named(s string) string {
	return strings.NewReplacer("{a}", "{{.A}}", "{b}", "{{.B}}").Replace(s)
}

// Words are a translation's texts, keyed as Texts writes them. A nil or
// incomplete Words reads British English where it has nothing.
type Words map[string]string

// get is the translation of key, or english.
func (w Words) get(key, english string) string {
	if s := w[key]; s != "" {
		return s
	}
	return english
}

// names fills in the two names, in the Go texts' {a}/{b} and the
// catalogue's {{.A}}/{{.B}}.
func names(a, b string) *strings.Replacer {
	return strings.NewReplacer("{a}", a, "{b}", b, "{{.A}}", a, "{{.B}}", b)
}

// TraitsIn is Traits with a translation's names and texts.
func TraitsIn(w Words) []Trait {
	out := Traits()
	for i, t := range out {
		p := "trait." + string(t.ID) + "."
		out[i].Name, out[i].High, out[i].Low, out[i].Why = w.get(p+"name", t.Name), w.get(p+"high", t.High), w.get(p+"low", t.Low), w.get(p+"why", t.Why)
	}
	return out
}

// QuestionsIn is Questions with a translation's statements.
func QuestionsIn(w Words) []Question {
	out := Questions()
	for i, q := range out {
		out[i].Text = w.get("statement."+string(q.ID), q.Text)
	}
	return out
}

// ScaleIn is Scale in a translation.
func ScaleIn(w Words) []string {
	out := Scale()
	for i, s := range out {
		out[i] = w.get("scale."+strconv.Itoa(i+1), s)
	}
	return out
}

// LabelIn is the fit's words in a translation.
func (f Fit) LabelIn(w Words) string { return w.get("fit."+string(f), f.Label()) }
