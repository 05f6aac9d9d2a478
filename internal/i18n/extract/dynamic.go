package extract

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/domain/quiz"
)

// Dynamic lists the English texts the domain hands to the UI's variable
// lang.L calls (docs/translation-variable-keys.md names the places). They
// are UI keys like the literals, so a translation has them under the same
// English key until the UI renders the domain's message IDs instead. What
// cannot be listed is said in docs/translation-terms.md: the review's
// finished sentences (names inside; they become message IDs) and the
// quiz's "N statements still need an answer" beyond the counts listed here.
func Dynamic(root string) ([]Key, error) {
	var texts []string
	add := func(s ...string) { texts = append(texts, s...) }

	w := reflect.ValueOf(checklist.BritishWords())
	for i := 0; i < w.NumField(); i++ {
		if s, ok := w.Field(i).Interface().(string); ok {
			add(s)
		}
	}
	q := negotiation.DebriefQuestions()
	add(q[:]...)
	nf := negotiation.NewFactorQuestions()
	add(nf[:]...)
	for _, t := range append(negotiation.Templates(), negotiation.AgreementTemplate()) {
		add(t.Name, t.Description, t.TalkTime)
		add(t.Guidance...)
	}
	add(checklist.ExportWarning, negotiation.PauseHint, negotiation.EndHint, negotiation.ThenHint, negotiation.CheckInHint)
	add(negotiation.ExtractionSignalExample, negotiation.ExtractionPlanExample, negotiation.Untitled,
		negotiation.SafewordRuleTitle, negotiation.SafewordRule, negotiation.IntoxicationQuestion)
	for _, b := range negotiation.Bands() {
		add(b.Label(), negotiation.AftercareHint(b))
	}
	for _, s := range sections {
		add(s.Label())
	}
	for _, m := range negotiation.Messages {
		if strings.HasPrefix(m.ID, "condition.") { // ConditionsToAsk's Ask texts
			add(m.Other)
		}
	}
	for _, err := range []error{negotiation.ErrFull, negotiation.ErrTooFew, negotiation.ErrUnknownParticipant, negotiation.ErrDuplicateID,
		quiz.ErrNotQuizCode, quiz.ErrTruncatedCode, quiz.ErrDamagedCode, quiz.ErrNewerVersion, quiz.ErrNameTooLong, quiz.ErrDateOutOfRange} {
		add(err.Error())
	}
	add(quiz.Scale()...)
	add(quiz.ComparisonNote, quiz.Fits.Label(), quiz.WorthTalkingAbout.Label())
	for _, t := range quiz.Traits() {
		add(t.Name, t.High, t.Low)
	}
	for _, s := range quiz.Questions() {
		add(s.Text)
	}
	for n := 1; n <= len(quiz.Questions()); n++ {
		add((&quiz.IncompleteError{Missing: make([]quiz.QuestionID, n)}).Error())
	}
	own, err := errorConstants(filepath.Join(root, "persistence"))
	if err != nil {
		return nil, err
	}
	add(own...)

	var keys []Key
	for _, s := range texts {
		if s != "" {
			keys = append(keys, Key{Text: s, Pos: "domain"})
		}
	}
	return keys, nil
}

// sections are every Section, for their labels.
var sections = []negotiation.Section{
	negotiation.SectionTitle, negotiation.SectionParticipants, negotiation.SectionDates, negotiation.SectionActivities,
	negotiation.SectionIntensity, negotiation.SectionDuration, negotiation.SectionSetting, negotiation.SectionRoles,
	negotiation.SectionLimits, negotiation.SectionSafewords, negotiation.SectionPhysical, negotiation.SectionEmotional,
	negotiation.SectionAftercare, negotiation.SectionNewFactors, negotiation.SectionDebrief, negotiation.SectionExtraction,
	negotiation.SectionSceneDay, negotiation.SectionSafeCall, negotiation.SectionDynamicRoles, negotiation.SectionStanding,
	negotiation.SectionCheckIn, negotiation.SectionExit, negotiation.SectionReview,
}

// errorConstants reads the vault's Error constants (its sentences, shown
// through lang.L(string(own)) in ui/words.go) from the persistence source.
func errorConstants(dir string) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			return nil, err
		}
		{
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.CONST {
					continue
				}
				for _, spec := range g.Specs {
					v := spec.(*ast.ValueSpec)
					if id, ok := v.Type.(*ast.Ident); !ok || id.Name != "Error" {
						continue
					}
					for _, val := range v.Values {
						if s, ok := literal(val); ok {
							out = append(out, s)
						}
					}
				}
			}
		}
	}
	return out, nil
}
