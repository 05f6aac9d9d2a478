// Package quiz is the Personality test section: pick who takes it, answer
// 24 statements, see the result and how it moved since last time, and put
// it beside a partner's (on this computer or through a result code).
//
// The scoring, wording and comparison are domain/quiz's; this package draws
// them (its scale and charts are its own widgets) and saves results through
// kit.Env. Answers in progress live in the drafts Section keeps, so they
// survive a visit to another section but not a lock. It imports kit and
// domain, never another feature nor the shell (ui/kit/imports_test.go).
package quiz
