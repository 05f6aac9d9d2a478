// Package compare is the Compare section: it shows people what they want
// together and nothing else, through domain/match's exchange.
//
// Two ways, one engine. Together on this computer takes two to four
// people; each picks their own name, and a protected list asks for its own
// PIN through kit's prompt (kit.OpenProfile) every time. Two people run
// match.Compare; three or four run match.CompareGroup, which is every
// pair's own comparison put together: the result shows what all of them
// want (with who gives and who receives) and, separately, what each pair
// wants, labelled by who. Nothing a pair's comparison would not show is
// shown. With a partner elsewhere the exchange stays two-party (three
// codes by any messenger); the panel says, in match.GroupElsewhere's words,
// how a group does it pairwise and what that reveals to whom.
//
// Tiers. "Compare maybes too" and "Compare fantasies too" are each
// compared only when everyone ticks them (the engine decides). Fantasy
// matches are listed apart, "To talk about or role-play", and kept in the
// saved result (SavedComparison.Fantasy); a fantasy is never listed as
// something both want to do.
//
// A partner without Parley. "Invite someone without Parley" starts the
// same exchange as "Create an invitation" (kept waiting, resumed, its reply
// pasted in the usual box) and saves the invitation page (package invite)
// as an .html file. The wait page shows the invitation's check code
// (Invitation.Fingerprint) on both sides, Parley's and the page's, with
// the advice to compare it by voice or in person when it matters.
//
// The screen never keeps a list open: every person opened for a flow is
// dropped when the flow ends (Compare.dropPeople). Results of protected
// lists are sealed by the vault; an earlier result of one asks for a PIN.
//
// Decisions where the brief was silent: a new comparison starts with two
// lines (Add another person adds up to four; Remove the last person takes
// one away); a later line never offers someone chosen above it; a group
// result shows no per-person counts (SavedGroup keeps none) and each pair's
// maybes and fantasies only when that pair has some. copySecret comes from
// the shell (New's second argument), because only the shell can take a
// copied code back from the clipboard at lock. Conditions ("only with…")
// show beside a matched activity only from each person's own list
// (match.Own) as the result is made: together, everyone's; on two
// computers, one's own; for a group, none yet (each pair's list shows
// none either); a result opened again later shows none, since the vault
// keeps the result, not the lists.
//
// Accessibility: Compare draws no widget of its own; every control is a
// Fyne widget with its words (access_test.go checks every screen), and
// Fyne 2.8 names only buttons, labels and links to a screen reader.
package compare
