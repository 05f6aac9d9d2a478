package negotiation

import (
	"strings"

	"parleyapp.org/parley/domain/message"
)

// DiffMessages are the British English sources of what Diff says, one
// message per kind of change; ChangeLine.Says holds the message with its
// arguments, ChangeLine.Text its British English. Field names are labels
// ("diff.label.…", a person's own with {{.Name}}) that open the general
// sentences ("diff.set", "diff.changed", …). Values a person wrote arrive
// quoted (phrase.quoted); dates, durations, names and activity names are
// messages rendered in the same language.
var DiffMessages = []message.Source{
	// General sentences about one field.
	{ID: "diff.set", Other: "{{.Label}} set: {{.Value}}."},
	{ID: "diff.removed-was", Other: "{{.Label}} removed (was {{.Value}})."},
	{ID: "diff.from-to", Other: "{{.Label}} {{.Was}} → {{.Now}}."},
	{ID: "diff.added", Other: "{{.Label}} added."},
	{ID: "diff.removed", Other: "{{.Label}} removed."},
	{ID: "diff.changed", Other: "{{.Label}} changed."},

	// Field labels.
	{ID: "diff.label.title", Other: "Title"},
	{ID: "diff.label.template", Other: "Template"},
	{ID: "diff.label.pronouns", Other: "{{.Name}}'s pronouns"},
	{ID: "diff.label.negotiation-date", Other: "Negotiation date"},
	{ID: "diff.label.scene-date", Other: "Scene date"},
	{ID: "diff.label.debrief-date", Other: "Debrief date"},
	{ID: "diff.label.agreed-date", Other: "Agreed date"},
	{ID: "diff.label.review-date", Other: "Review date"},
	{ID: "diff.label.pace", Other: "Pace"},
	{ID: "diff.label.duration-wording", Other: "Duration wording"},
	{ID: "diff.label.place", Other: "Place"},
	{ID: "diff.label.room", Other: "Room"},
	{ID: "diff.label.around", Other: "Who else is around"},
	{ID: "diff.label.role", Other: "{{.Name}}'s role"},
	{ID: "diff.label.role-meaning", Other: "What {{.Name}}'s role means"},
	{ID: "diff.label.scene-name", Other: "{{.Name}}'s scene name"},
	{ID: "diff.label.role-bounds", Other: "Where {{.Name}}'s role stops"},
	{ID: "diff.label.physical", Other: "{{.Name}}'s physical conditions"},
	{ID: "diff.label.intoxication", Other: "{{.Name}}'s answer about drink or drugs"},
	{ID: "diff.label.scene-day", Other: "{{.Name}}'s check on the day"},
	{ID: "diff.label.topics", Other: "{{.Name}}'s topics to avoid"},
	{ID: "diff.label.words", Other: "{{.Name}}'s words to avoid"},
	{ID: "diff.label.notes", Other: "{{.Name}}'s notes on how things are now"},
	{ID: "diff.label.aftercare", Other: "{{.Name}}'s aftercare ({{.Band}})"},
	{ID: "diff.label.medication", Other: "{{.Name}}'s answer about medication"},
	{ID: "diff.label.health", Other: "{{.Name}}'s answer about health"},
	{ID: "diff.label.events", Other: "{{.Name}}'s answer about recent events"},
	{ID: "diff.label.signal", Other: "Signal for leaving the play area"},
	{ID: "diff.label.plan", Other: "Plan for leaving"},
	{ID: "diff.label.safe-call-friend", Other: "The safe-call friend"},
	{ID: "diff.label.safe-call-arrangement", Other: "The safe-call arrangement"},
	{ID: "diff.label.check-in-rhythm", Other: "Check-in rhythm"},
	{ID: "diff.label.check-in-how", Other: "How you check in"},
	{ID: "diff.label.exit-pause", Other: "How either of you pauses the dynamic"},
	{ID: "diff.label.exit-end", Other: "How either of you ends the dynamic"},
	{ID: "diff.label.exit-then", Other: "What happens after a pause or an ending"},
	{ID: "diff.pace.steady", Other: "steady"},
	{ID: "diff.pace.varying", Other: "varying"},

	// People.
	{ID: "diff.joined", Other: "{{.Name}} joined the negotiation."},
	{ID: "diff.joined.agreement", Other: "{{.Name}} joined the agreement."},
	{ID: "diff.left", Other: "{{.Name}} is no longer part of this negotiation."},
	{ID: "diff.left.agreement", Other: "{{.Name}} is no longer part of this agreement."},
	{ID: "diff.renamed-person", Other: "{{.Was}} is now called {{.Now}}."},
	{ID: "diff.profile-link", Other: "{{.Name}}'s link to a checklist profile changed."},

	// Dates.
	{ID: "diff.agreed-on", Other: "Marked as agreed on {{.Date}}."},
	{ID: "diff.not-agreed", Other: "No longer marked as agreed."},

	// Safewords.
	{ID: "diff.traffic-light.on", Other: "Traffic light now on."},
	{ID: "diff.traffic-light.off", Other: "Traffic light now off."},
	{ID: "diff.safeword.new", Other: "New custom safeword."},
	{ID: "diff.safeword.removed", Other: "Custom safeword removed."},
	{ID: "diff.signal.new", Other: "New non-verbal signal."},
	{ID: "diff.signal.removed", Other: "Non-verbal signal removed."},

	// Aftercare and leaving.
	{ID: "diff.care.nobody", Other: "{{.Label}}: nobody is named to provide it any more."},
	{ID: "diff.care.by", Other: "{{.Label}}: now provided by {{.Names}}."},
	{ID: "diff.leaving.nobody", Other: "Nobody is named to handle leaving any more."},
	{ID: "diff.leaving.by", Other: "Leaving is now handled by {{.Names}}."},

	// Roles and standing agreements.
	{ID: "diff.reach", Other: "{{.Name}}'s role now reaches {{.Now}} (was {{.Was}})."},
	{ID: "diff.everyone", Other: "everyone"},
	{ID: "diff.standing-rule.new", Other: "New standing rule: {{.Text}}."},
	{ID: "diff.standing-rule.reworded", Other: "Standing rule {{.Was}} now reads {{.Now}}."},
	{ID: "diff.standing-rule.for", Other: "Standing rule {{.Text}}: now for {{.Names}}."},
	{ID: "diff.standing-rule.note", Other: "Standing rule {{.Text}}: note"},
	{ID: "diff.standing-rule.removed", Other: "Standing rule removed: {{.Text}}."},
	{ID: "diff.ritual.new", Other: "New ritual: {{.Text}}."},
	{ID: "diff.ritual.reworded", Other: "Ritual {{.Was}} now reads {{.Now}}."},
	{ID: "diff.ritual.for", Other: "Ritual {{.Text}}: now for {{.Names}}."},
	{ID: "diff.ritual.note", Other: "Ritual {{.Text}}: note"},
	{ID: "diff.ritual.removed", Other: "Ritual removed: {{.Text}}."},

	// Activities.
	{ID: "diff.activity.added", Other: "Added: {{.Activity}}."},
	{ID: "diff.activity.added-not-this-time", Other: "Added to 'not this time': {{.Activity}}."},
	{ID: "diff.activity.removed", Other: "Removed: {{.Activity}}."},
	{ID: "diff.activity.renamed", Other: "Renamed: {{.Was}} → {{.Now}}."},
	{ID: "diff.activity.status", Other: "{{.Activity}}: {{.Was}} → {{.Now}}."},
	{ID: "diff.activity.together", Other: "{{.Activity}}: now done together."},
	{ID: "diff.activity.unassigned", Other: "{{.Activity}}: who gives and who receives is no longer set."},
	{ID: "diff.activity.gives", Other: "{{.Activity}}: now {{.Givers}} gives."},
	{ID: "diff.activity.receives", Other: "{{.Activity}}: now {{.Receivers}} receives."},
	{ID: "diff.activity.gives-receives", Other: "{{.Activity}}: now {{.Givers}} gives and {{.Receivers}} receives."},
	{ID: "diff.activity.marks.on", Other: "{{.Activity}}: now marked as able to leave marks."},
	{ID: "diff.activity.marks.off", Other: "{{.Activity}}: no longer marked as able to leave marks."},
	{ID: "diff.activity.speech.on", Other: "{{.Activity}}: now marked as limiting speech."},
	{ID: "diff.activity.speech.off", Other: "{{.Activity}}: no longer marked as limiting speech."},
	{ID: "diff.activity.skill.on", Other: "{{.Activity}}: now marked as needing skill."},
	{ID: "diff.activity.skill.off", Other: "{{.Activity}}: no longer marked as needing skill."},
	{ID: "diff.activity.note-added", Other: "{{.Activity}}: note added."},
	{ID: "diff.activity.note-removed", Other: "{{.Activity}}: note removed."},
	{ID: "diff.activity.note-changed", Other: "{{.Activity}}: note changed."},

	// Limits.
	{ID: "diff.limit.new.hard", Other: "New hard limit for {{.Name}}: {{.Limit}}."},
	{ID: "diff.limit.new.soft", Other: "New soft limit for {{.Name}}: {{.Limit}}."},
	{ID: "diff.limit.hardened", Other: "{{.Name}}'s soft limit {{.Limit}} is now a hard limit."},
	{ID: "diff.limit.softened", Other: "{{.Name}}'s hard limit {{.Limit}} is now a soft limit."},
	{ID: "diff.limit.reworded.hard", Other: "{{.Name}}'s hard limit {{.Was}} now reads {{.Now}}."},
	{ID: "diff.limit.reworded.soft", Other: "{{.Name}}'s soft limit {{.Was}} now reads {{.Now}}."},
	{ID: "diff.limit.condition", Other: "{{.Name}}'s condition for {{.Limit}} changed."},
	{ID: "diff.limit.removed.hard", Other: "{{.Name}}'s hard limit {{.Limit}} removed."},
	{ID: "diff.limit.removed.soft", Other: "{{.Name}}'s soft limit {{.Limit}} removed."},

	// The limits timeline (TimelineEntry.Says).
	{ID: "timeline.change", Other: "{{.Activity}}: {{.Was}} → {{.Now}}."},
	{ID: "timeline.activity.giving", Other: "{{.Activity}} (giving)"},
	{ID: "timeline.activity.receiving", Other: "{{.Activity}} (receiving)"},
	{ID: "timeline.answer.yes", Other: "yes"},
	{ID: "timeline.answer.maybe", Other: "maybe"},
	{ID: "timeline.answer.soft-limit", Other: "soft limit"},
	{ID: "timeline.answer.hard-limit", Other: "hard limit"},
	{ID: "timeline.answer.fantasy-only", Other: "fantasy only"},
	{ID: "timeline.answer.none", Other: "no answer"},
}

// diffEnglish renders Diff's and the timeline's messages in British
// English, for ChangeLine.Text and TimelineEntry.Sentence.
var diffEnglish = message.NewTable(Messages, DiffMessages, message.Dates)

// bandIDs are the aftercare bands' names as messages.
var bandIDs = map[Band]string{BandImmediate: "band.immediate", BandShortTerm: "band.short-term", BandLongerTerm: "band.longer-term"}

// statusMsg is an activity's status in words ("status.<id>").
func statusMsg(s Status) Msg {
	switch s {
	case StatusYes:
		return msg("status.yes", nil)
	case StatusTry:
		return msg("status.try", nil)
	case StatusNotThisTime:
		return msg("status.not-this-time", nil)
	}
	return msg("status.undecided", nil)
}

// reachMsg is how far a role reaches in words ("reach.<id>"): "only
// during scenes", "not said yet", for the diff and the outline alike.
func reachMsg(r Reach) Msg {
	switch r {
	case ReachScenes:
		return msg("reach.scenes", nil)
	case ReachTimes:
		return msg("reach.times", nil)
	case ReachDaily:
		return msg("reach.daily", nil)
	}
	return msg("reach.unsaid", nil)
}

// activityNameMsg is activityName as a message: a shipped activity's
// name in the reader's language while the document keeps its English.
func (d Document) activityNameMsg(id string) any {
	for _, a := range d.Scene.Activities {
		if a.ID == id && !blank(a.Name) {
			return a.nameMsg()
		}
	}
	return strings.TrimPrefix(id, "custom:")
}
