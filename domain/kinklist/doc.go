// Package kinklist brings a person's answers in from Goctionni's KinkList,
// the most used open checklist, and writes none of them anywhere itself.
//
// KinkList keeps a filled-in list in its page address: after the # comes
// a code holding one level (Not entered, Favourite, Like, Okay, Maybe, No)
// for every item and column of the list text it was made with, in the
// text's order. The code names no items, so it means something only
// against that text: ParseList reads a list text the way KinkList's edit
// box does, and Decode reads a code against it. The default list of
// KinkList v1.0.2 is bundled in assets/kinklist (its source and commit are
// in SOURCE.md there); a person who edited their list pastes their text.
//
// Both inputs are untrusted: every malformation is refused with one of the
// Error sentences, nothing pasted is quoted back, and sizes are bounded
// (MaxListBytes, MaxCodeChars). FuzzDecode covers the decoder.
//
// KinkList v1.0.2 has a flaw of its own: its encoder skips base-71 digits
// that are 0, so some chunks of 19 levels come out as another number and
// KinkList itself, reopening the link, shows answers the person never
// gave. Decode spots such chunks by their shape and marks their items
// Unsure with the likely reading (see likely); the preview does not bring
// unsure items in, it lists them for the person to answer by hand.
package kinklist
