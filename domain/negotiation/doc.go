// Package negotiation holds the negotiation document: what two to four
// people agree before a scene, its templates, its safety review, the
// differences between two versions, and the debriefs written afterwards;
// and the standing agreement of an ongoing dynamic, a document of the
// same shape (see below).
//
// # Using it
//
// Start a document from a template (FirstScene, Established, PlayParty, or
// New for a blank one), or from the previous version with Renegotiate. Edit
// it through its fields and the helpers (AddParticipant, RemoveParticipant,
// AddActivity, RemoveActivity, SetSceneOn, Scene.SetDuration). Before
// printing, call Review with the facts the document cannot know alone
// (which activities each person has done before, and the time now), show
// the findings, and print only when CanPrint says so. Save every version;
// Diff says in plain sentences what changed between two of them.
// OutlineOf describes what a document shows, in Parley's words: the
// preview, the history's version view and the PDF render that one outline. After the
// scene, DebriefDue says when the debrief conversation is due and StateOf
// says where the negotiation stands.
//
// # What is promised
//
//   - Every exported type is a plain value that round-trips through
//     encoding/json with the field names in its tags; Document.Format
//     names the shape's version. Zero times mean "not set" and are left out
//     of the JSON.
//   - Everything here is pure: no clock (pass now in), no I/O, no global
//     mutable state. Nothing modifies a Document except the pointer
//     methods documented to do so.
//   - HardLimitLines lists every hard limit of every person that has any
//     text or activity (blank rows a screen has just added are left out),
//     in the order the printout uses: people who receive something in the
//     scene first.
//   - A hard limit that matches an activity in scope always blocks printing.
//
// # Behaviour
//
//   - An activity whose status is empty counts as in scope: only "not this
//     time" excludes it, so nothing slips past the hard-limit check.
//   - A limit can name a side (giving or receiving). A one-sided limit
//     matches an activity when that person takes that side in it, or when
//     nobody's side has been set yet. A limit with no side matches the
//     activity whoever does it.
//   - Limits are matched to activities by catalog ID, or by name compared
//     without case, punctuation, extra spaces or a plural "s".
//   - Besides a hard limit in scope, two more findings block printing: a
//     speech-limiting activity with no non-verbal signal, and a document
//     with no way at all to stop (no traffic light, custom word or signal).
//   - A negotiation is Agreed once AgreedOn is set; NegotiatedOn is only
//     the date of the conversation, which templates fill in with now.
//   - When a scene or debrief date carries no time of day (midnight), the
//     24-72 hour debrief window is read as one to three calendar days.
//   - A negotiation is Debriefed once every person has written a debrief
//     with at least one answer in it.
//   - Durations typed as text are read by ParseDuration; a range ("20 to
//     30 minutes") counts as its upper end, which is what matters for the
//     30-minute first-scene check. It reads the words of all five shipped
//     languages at once ("1 Stunde", "2 heures"), so partners whose Parleys
//     speak different languages read the same minutes from the same text.
//   - The play-party template fills the extraction section with examples
//     (ExtractionSignalExample, ExtractionPlanExample); the review treats
//     an untouched example as not yet agreed.
//   - Renegotiate makes a new version of the same negotiation (it must be
//     agreed again); NextScene starts the next scene from the last one,
//     as an established partners' negotiation (a play party stays one).
//   - The established partners' template starts from the document the
//     chosen people last agreed together (LatestTogether, then
//     EstablishedFrom): exactly the same people, a person linked to a
//     checklist matched by that checklist only (their limits may be
//     sealed to it), an unlinked one by name. A document with a third
//     person is another group's and is not used. Limits sealed to a
//     protected list stay sealed in the new document.
//   - Every way of starting again from an agreed document asks the
//     new-factor questions first; AnswerNewFactors writes the answers.
//   - Diff says that a safeword or signal changed but never repeats it.
//   - Review's messages name sections by Section.Label; the editor uses
//     the same headings so the two always agree.
//
// # Linked checklists and protected parts
//
//   - A participant linked to a checklist profile (Participant.ProfileID)
//     is checked against that list whether or not their limits were
//     brought in: the screen passes the list's limits in Facts.Linked
//     (LimitsFromSheet) and the rules in rules_linked.go do the rest. A
//     hard limit on the list in scope blocks printing and agreeing; one
//     already written in the document is reported once, by its own rule.
//     A "not now" on the list in scope is a warning. A linked person whose
//     list has hard limits while the document's read "None written" is a
//     warning that names none of them: which limits go into a shared
//     document is the person's choice, and the scene check does not need
//     them written.
//   - A linked list that could not be read (Facts.Unchecked: protected and
//     not opened with its PIN, or unreadable) blocks printing and agreeing,
//     and the finding says why: the check waits, it is never skipped.
//   - Limits brought in from a protected list are marked Protected; the
//     vault keeps them sealed (Sealed, Participant.HiddenLimits) and a
//     document read without the PIN carries them only as opaque boxes.
//     While any are hidden, printing and agreeing wait (RuleHiddenLimits):
//     the review cannot see inside.
//   - Printable is the one gate for Save as PDF, Print and Mark as agreed.
//
// # The review sees risk
//
//   - An activity keeps the catalog's risk level (Activity.Risk) like its
//     flags; a custom activity's is empty, "not known", and no rule treats
//     it as low. FillRisk fills the level into older drafts' catalog
//     activities when the editor opens them. New fields all have omitempty
//     or omitzero, so FormatVersion stays 1: older documents read as before.
//   - High-risk activities get a warning in first-scene and play-party
//     documents (in a first scene it replaces the skill warning, so one
//     activity gets one finding). In every other template, a skilled
//     activity whose giver's checklist does not show it given before is a
//     warning (Facts.Gave, else Facts.Tried); an experienced receiver does
//     not cover for a new giver. Unknown records say nothing.
//   - Catalog activities are recognised by ID; custom ones (IDs without
//     "category.") by word stems in their names: breath play by the breath
//     category or neck, throat, chok-, strangl-, breath, smother, face-sit
//     and similar ("neck kisses" and massages excepted).
//   - Three more findings block printing, because each means no signal
//     can reach anyone: being left alone together with a gag, hood,
//     anything at the neck, a face-down tie, suspension or full wrapping;
//     mitts or full wrapping with a gag when the written signal needs the
//     hands; and, with consensual non-consent, capture, interrogation or
//     fear play in scope, a safeword made only of words like "stop", "no",
//     "don't" or "please" (case, punctuation and long letters ignored). A
//     hogtie with a gag is a strong warning, not a block: someone is there,
//     and the two may be meant for different moments.
//   - Aftercare is vague when every word of it is a stock or filler word
//     ("the usual", "aftercare", "we'll see"). Length is not judged:
//     "Being held" and "Cuddles" say what helps.
//   - Physical conditions: a blank field gets one tip for the whole
//     document, listing the health questions the scene raises
//     (ConditionsToAsk); "none" is an answer. A condition a person wrote
//     (asthma, a pacemaker, epilepsy, pregnancy ...) that meets an activity
//     on their receiving end is a warning.
//   - Drink and drugs: each person answers IntoxicationQuestion; anything
//     but a "nothing" answer is a warning naming the risks; unanswered is
//     one tip.
//   - The check on the day (Participant.Today) can be ticked on the day
//     itself; any concern is a warning to scale back or postpone, and on the
//     scene day anyone who has not checked gets a tip. The printout asks
//     the question in a line while nobody has answered, so a page agreed
//     days before still asks it.
//   - The safe-call (Document.SafeCall) is asked for in the casual partner
//     or play party template only.
//   - GuideFor maps a rule to a GuideTopic; the screen shows a guide link
//     only when the guide has an entry with the topic's ID.
//
// # Standing agreements
//
// Start one with NewAgreement; it is a Document whose Template is
// KindAgreement (IsAgreement), with its own parts in Document.Agreement:
// each person's role and how far it reaches (only during scenes, at
// agreed times, or much of daily life, and where it always stops), the
// standing rules and rituals, the check-in rhythm, how either person
// pauses or ends it and what happens then (Exit), and the review date.
// Who, limits, safewords and aftercare are the scene document's own
// parts, so versions, Renegotiate, Diff, sealing of protected limits and
// search work on an agreement unchanged.
//
//   - Review runs agreementRules on an agreement and the scene's rules on
//     a scene; rules_agreement.go says which findings block printing and
//     why (no way to pause or end, a standing rule that is a hard limit,
//     hidden or unchecked limits).
//   - The template sets the first review ReviewAfterMonths (three months)
//     ahead, as a date without a time; the way out, the check-ins and
//     the rules are left for the people to write (PauseHint and the
//     others are prompts, never filled in), so the review asks for them.
//   - ReviewDue counts calendar days where the person is: a review is
//     due from ReviewNoticeDays (14) before its date and overdue from the
//     day after it.
//   - SceneFromAgreement starts a scene for the same people from the
//     agreement's limits (sealed ones stay sealed), safewords and
//     aftercare; nothing else carries over, since each scene needs its
//     own conversation. LatestTogether never picks an agreement.
//   - Diff matches standing rules and rituals by their activity or their
//     words: a reworded rule is one removed and one added.
//   - OutlineOf gives an agreement its own parts (outline_agreement.go):
//     roles and reach, standing rules and rituals, limits, safewords,
//     pausing or ending with its own rule box, aftercare, check-ins and
//     the review date, headed by Section.Label(). Printable gates its
//     printing exactly as a scene's.
//
// # Words in any language
//
// The package says nothing in finished sentences that a translation could
// not reach. Every review Finding carries Msg, a message ID of
// Messages (messages.go) with named arguments; Message beside it is Msg in
// British English, rendered from the same table (speak.go), so a sentence
// is written once. The outline's Words carry Says, the message value, and
// Text, its English; Outline.In renders a whole outline in another
// language. Arguments are values, not words: names, a person's own text,
// numbers, and further messages (a section's name, a date, "Sam and Alex"
// joined the language's way), which the renderer renders in the same
// language. Decisions:
//   - A person's own words (names, activities they typed or chose, limits,
//     notes) are never translated; an activity's name is the one saved in
//     the document, in the language it was added in.
//   - Dates are messages (message.DayMonth, message.LongDate): each
//     language orders day, month and year and names days and months.
//   - Where English changes a word with a count ("plans"/"plan", "1 empty
//     row"), the message has plural forms; a sentence that opens with an
//     argument capitalises it (message.Capital).
//   - Still English-only: the words the rules recognise in what people
//     type (durations such as "about an hour", stock aftercare words,
//     stop-words, hands-free signals, breath words in custom names), and
//     the sentences of Diff and the limits timeline (diff.go, timeline.go).
package negotiation
