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
//
// Behaviour where the brief was silent:
//   - The standing agreement is offered below the scene templates, under
//     its own heading ("Or not one scene, but a dynamic"): it is another
//     kind of document, not a fifth template. Its editor numbers its parts
//     as its printed page does; the landing lists agreements apart, with
//     their review date.
//   - A negotiation from a group comparison (three or four people) starts
//     from what all of them want ("yes"); what only a pair wants comes in
//     as "not this time" under "Only some of you", each saying who wants
//     it, until the group chooses it together (issue 17). Only a pair's
//     Yes answers come in this way, not their maybes or fantasies.
//   - Beside an activity the editor says the conditions a linked person's
//     own Yes or Maybe puts on it ("Sam's list: only with Alex"), read
//     from that person's list only (with their PIN when it is protected),
//     and copies them into the draft so the preview, History and the
//     printed page show them too (negotiation's conditions.go).
//   - Form fields name themselves after the label beside them, and the
//     review's finding cards after their severity and text, for screen
//     readers (fyne.Accessible).
//   - Every field's hint is shown whole in an 800 px window, in all five
//     languages (issue 14): a one-line hint is short enough for its field
//     there (width_test.go measures each), and a field of a few lines
//     grows to the rows its hint needs at its width (formEntry.Resize),
//     so a long example wraps instead of being cut.
package negotiate
