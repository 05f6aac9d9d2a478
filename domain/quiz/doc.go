// Package quiz is Parley's personality test: 24 short statements, answered on
// a five-point scale, that give a profile over eight traits which matter when
// two people negotiate a scene.
//
// How to use it:
//
//   - Show Questions() in order with the labels of Scale(). Keep the answers
//     in an Answers map (question ID -> 1..5; 0 or absent means unanswered).
//   - Missing(answers) lists what is still unanswered; Score(answers, now)
//     refuses to score until every question has an answer and returns a
//     Result: a score of 0-100 and a band per trait, the date and the version
//     of the question set.
//   - Changes(before, after) shows how a retake moved each trait.
//   - EncodeResultCode and DecodeResultCode turn a Result into a short text
//     code one partner can send the other, and back.
//   - Compare(nameA, a, nameB, b) says, trait by trait, whether the two
//     profiles fit or are worth talking about, with a sentence and a
//     question written for the pair, plus the care check (one person's need
//     for reassurance against the other's wish to look after them).
//
// What is promised:
//
//   - Trait IDs and question IDs are stable. The eight traits, and their
//     order in a result code, are fixed by the code's format version; a new
//     question set that keeps the traits keeps the format.
//   - There is no overall score, percentage or verdict anywhere: the test
//     starts a conversation; it is not a diagnosis (see ComparisonNote).
//   - DecodeResultCode never panics, and tells apart a text that is not a
//     quiz code, a truncated code, a damaged code and a code from a newer
//     version of Parley (errors.Is with the Err... values).
//
// The reasoning behind the traits, the statements, the bands and the compare
// kinds is written down in docs/personality-test.md.
package quiz
