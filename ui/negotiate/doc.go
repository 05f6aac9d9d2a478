// Package negotiate is the Negotiate section: the list of negotiations,
// starting one (from a template, from a saved comparison through
// kit.NegotiateFrom, or from what a couple agreed last time), the editor
// with its live review, and the agreed page with its preview and PDF.
//
// It follows ui/guide's pattern: New takes only a kit.Env and returns a
// kit.Screen; kit.Opener takes kit.NegotiateFrom and kit.NegotiateOpen.
// It imports kit and the domain, never another feature nor the shell
// (ui/kit/imports_test.go). The document is drawn from the one outline in
// domain/negotiation (kit/render.go on screen, printout on paper).
package negotiate
