package i18n

import (
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/guide"
	"parleyapp.org/parley/domain/quiz"
)

// Catalog is base (the shipped catalog, with any custom activities) with
// the language's names, descriptions and risk notes. IDs, and so answers
// and comparison tokens, are base's.
func (l *Language) Catalog(base *catalog.Catalog) *catalog.Catalog {
	return base.Translate(l.Content("catalog"))
}

// Guide is the glossary and articles in the language.
func (l *Language) Guide() *guide.Guide { return guide.NewIn(l.Content("guide")) }

// Quiz is the personality test's texts in the language, for
// quiz.CompareIn, TraitsIn, QuestionsIn and ScaleIn.
func (l *Language) Quiz() quiz.Words { return quiz.Words(l.Content("quiz")) }
