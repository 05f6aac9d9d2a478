// Package kinklist brings a person's answers in from Goctionni's KinkList,
// the most used open checklist, and writes nothing anywhere itself.
//
// # The format
//
// KinkList keeps a filled-in list in its page address: after the # comes
// a code holding one level (Not entered, Favourite, Like, Okay, Maybe, No)
// for every item and column of the list text it was made with, in the
// text's order. The code names no items, so it means something only
// against that text: ParseList reads a list text the way KinkList's edit
// box does, and Decode reads a code against it. The default list of
// KinkList v1.0.2 is bundled (assets.KinkListDefault; its source and
// commit are in assets/kinklist/SOURCE.md); a person who edited their list
// pastes their own text. Both inputs are untrusted: every malformation is
// refused with one of the Error sentences, nothing pasted is quoted back,
// and sizes are bounded (MaxListBytes, MaxCodeChars). FuzzDecode covers
// the decoder.
//
// KinkList v1.0.2 has a flaw of its own: its encoder skips base-71 digits
// that are 0, so some chunks of 19 levels come out as another number and
// KinkList itself, reopening the link, shows answers the person never
// gave (Blackmail as a Favourite, in our realistic test export). Decode
// spots such chunks (see likely) and marks their items Unsure with the
// likely reading; the preview never brings an unsure item in, it lists it
// for the person to answer by hand.
//
// # From code to checklist: the import screen's steps
//
//	list, _ := kinklist.ParseList(assets.KinkListDefault) // or the person's text
//	table, _ := kinklist.ParseTable(assets.KinkListTable, defaultList, cat) // once
//	choices, err := kinklist.Decode(pasted, list)           // err: show err.Error()
//	preview := kinklist.NewPreview(choices, table, levels, sheet, cat)
//	// show preview.Answers (each with From and Current), preview.Left (each
//	// with Reason.Sentence()), and the level mapping; on a change of
//	// mapping, build the preview again; the person may change a proposed
//	// Answer, untick one (Unanswered) or tick Replace.
//	n, err := vault.SaveImport(person, preview.Confirm(now)) // only on "Bring these in"
//
// The table is parsed once against the bundled default list and looks
// items up by category, item and column name, so an edited list maps every
// item the default list also has; the others are Left with Unknown.
//
// # Decisions (where the issue was silent)
//
//   - Levels: DefaultLevels (Favourite and Like are Yes, Okay and Maybe are
//     Maybe, No is Not now). No level becomes a Hard limit unless the
//     person sets it in the LevelMap or on an answer: a hard limit says
//     more than KinkList's "No" does. A level left out of the map is not
//     brought in (Skipped).
//   - Several items on one answer (both of KinkList's clothing columns on
//     one worn-together activity; "You and 1 male" and "You and 1 female"
//     on "Another person joining"): the most careful answer wins, and when
//     their levels differ the proposed note names each item and level, so
//     nothing the person said is lost in the merge.
//   - An answer already in the person's checklist is kept unless they tick
//     Replace; their own note is never overwritten (the proposed note only
//     fills an empty one); tried marks stay.
//   - Items Parley leaves out on purpose (the table's "- reason" lines),
//     each shown with its sentence: body types (about who, not what);
//     play that involves someone who cannot consent (never listed); play
//     under drink or drugs and play while asleep (consent and signals do
//     not hold; Sexual Offences Act 2003 s.75(2)(d) presumes no consent
//     while asleep); ageplay (every character in Parley's role play is an
//     adult); and a few items Parley's list does not carry, which the
//     person may add as their own activity. Catalog 2026.3 added an
//     activity wherever one was missing and could be written with an
//     honest risk note (see docs/safety-sources.md).
//   - Saving is one transaction (all or nothing), through the same writer
//     as every answer, so a protected list's rows are sealed and each
//     change is in the limits timeline.
package kinklist
