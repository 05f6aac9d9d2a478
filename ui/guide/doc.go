// Package guide is the Guide section: Parley's short articles and glossary
// (domain/guide), searchable as you type, the chosen entry on the right.
//
// It is the pattern every feature package follows: a constructor that takes
// only a kit.Env (New), a kit.Screen it returns, and kit.Opener for the
// places other screens ask for (a kit.GuideTopic, from any screen's "?"
// button, kit.GuideHelp). It imports kit and domain, never another feature
// nor the shell (ui/kit/imports_test.go).
package guide
