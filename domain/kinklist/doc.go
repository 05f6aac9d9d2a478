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
//   - Every item of the default list maps, except what consent or the law
//     rules out (the table's "- reason" lines, each shown with its
//     sentence; a test fails on any other reason): body types (about who,
//     not what: the preview asks the person to say it in a note); play
//     under drink or drugs (consent does not hold); play while asleep;
//     and play that involves an animal or a dead body (never listed, and a
//     crime). Catalog 2026.3 added thirteen activities and 2026.4 seven
//     more (family, age, race and infidelity role play between adults,
//     scat, nappies, glory hole), each with an honest risk note (see
//     docs/safety-sources.md); the table's header says the same.
//   - Sleep play is Parley's stance, not only the law's: consent cannot be
//     given or withdrawn while a person is asleep. They can give no
//     safeword and no signal, and a yes given beforehand cannot be taken
//     back in the moment, which every other yes in Parley rests on; UK law
//     also presumes no consent while a person is asleep (Sexual Offences
//     Act 2003 s.75(2)(d)). So no activity stands for it, whatever was
//     agreed while awake.
//   - Saving is one transaction (all or nothing), through the same writer
//     as every answer, so a protected list's rows are sealed and each
//     change is in the limits timeline.
package kinklist
