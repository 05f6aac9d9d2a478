package negotiation

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// ChangeLine is one plain sentence about what changed between two
// versions of a negotiation, e.g. "Duration 45 → 30 minutes.".
type ChangeLine struct {
	Section Section `json:"section"`
	// ParticipantID is the person the line is about, if any.
	ParticipantID string `json:"participant_id,omitempty"`
	Text          string `json:"text"`
}

// Names gives display names, by participant ID or activity ID, for
// anything neither document names itself (a limit stored only as an
// activity ID, say). It may be nil.
type Names map[string]string

// Diff compares two versions field by field and says what changed, in
// document order. Activities, limits and people are matched by ID (or by
// name when there is no ID), so reordering a list is not a change.
func Diff(before, after Document, names Names) []ChangeLine {
	c := &differ{before: before, after: after, names: names}
	c.header()
	c.people()
	c.dates()
	c.activities()
	c.sceneShape()
	c.roles()
	c.limits()
	c.safewords()
	c.personal()
	c.extraction()
	c.agreement()
	return c.out
}

type differ struct {
	before, after Document
	names         Names
	out           []ChangeLine
}

func (c *differ) add(sec Section, pid, format string, args ...any) {
	c.out = append(c.out, ChangeLine{Section: sec, ParticipantID: pid, Text: fmt.Sprintf(format, args...)})
}

// name is a person's name: as they are now, else as they were.
func (c *differ) name(id string) string {
	switch {
	case c.after.ParticipantIndex(id) >= 0:
		return c.after.NameOf(id)
	case c.before.ParticipantIndex(id) >= 0:
		return c.before.NameOf(id)
	case c.names[id] != "":
		return c.names[id]
	}
	return "Someone"
}

// value notes a short field whose old and new values are worth showing.
func (c *differ) value(sec Section, pid, label, was, now string) {
	was, now = strings.TrimSpace(was), strings.TrimSpace(now)
	switch {
	case was == now:
	case was == "":
		c.add(sec, pid, "%s set: %s.", label, quote(now))
	case now == "":
		c.add(sec, pid, "%s removed (was %s).", label, quote(was))
	default:
		c.add(sec, pid, "%s %s → %s.", label, quote(was), quote(now))
	}
}

// text notes a longer free-text field without repeating it.
func (c *differ) text(sec Section, pid, label, was, now string) {
	was, now = strings.TrimSpace(was), strings.TrimSpace(now)
	switch {
	case was == now:
	case was == "":
		c.add(sec, pid, "%s added.", label)
	case now == "":
		c.add(sec, pid, "%s removed.", label)
	default:
		c.add(sec, pid, "%s changed.", label)
	}
}

// yearRef is the date whose year a lone date is compared with: the
// conversation's. A date in another year shows its year.
func (c *differ) yearRef() time.Time {
	if !c.after.NegotiatedOn.IsZero() {
		return c.after.NegotiatedOn
	}
	return c.before.NegotiatedOn
}

func (c *differ) date(label string, was, now time.Time) { c.dateIn(SectionDates, label, was, now) }

func (c *differ) dateIn(sec Section, label string, was, now time.Time) {
	switch {
	case was.Equal(now):
	case was.IsZero():
		c.add(sec, "", "%s set: %s.", label, formatDate(now, c.yearRef()))
	case now.IsZero():
		c.add(sec, "", "%s removed (was %s).", label, formatDate(was, c.yearRef()))
	default:
		c.add(sec, "", "%s %s → %s.", label, formatDate(was, now), formatDate(now, was))
	}
}

func (c *differ) header() {
	c.value(SectionTitle, "", "Title", c.before.Title, c.after.Title)
	if c.before.Template != c.after.Template {
		c.add(SectionTitle, "", "Template %s → %s.", quote(TemplateFor(c.before.Template).Name), quote(TemplateFor(c.after.Template).Name))
	}
}

func (c *differ) people() {
	for _, p := range c.after.Participants {
		i := c.before.ParticipantIndex(p.ID)
		if i < 0 {
			c.add(SectionParticipants, p.ID, "%s joined the %s.", c.name(p.ID), c.after.noun())
			continue
		}
		was := c.before.Participants[i]
		if strings.TrimSpace(was.Name) != strings.TrimSpace(p.Name) {
			c.add(SectionParticipants, p.ID, "%s is now called %s.", c.before.DisplayName(i), c.name(p.ID))
		}
		c.value(SectionParticipants, p.ID, c.name(p.ID)+"'s pronouns", was.Pronouns, p.Pronouns)
		if was.ProfileID != p.ProfileID {
			c.add(SectionParticipants, p.ID, "%s's link to a checklist profile changed.", c.name(p.ID))
		}
	}
	for _, p := range c.before.Participants {
		if c.after.ParticipantIndex(p.ID) < 0 {
			c.add(SectionParticipants, p.ID, "%s is no longer part of this %s.", c.name(p.ID), c.after.noun())
		}
	}
}

func (c *differ) dates() {
	c.date("Negotiation date", c.before.NegotiatedOn, c.after.NegotiatedOn)
	c.date("Scene date", c.before.SceneOn, c.after.SceneOn)
	c.date("Debrief date", c.before.DebriefOn, c.after.DebriefOn)
	was, now := c.before.AgreedOn, c.after.AgreedOn
	switch {
	case was.Equal(now):
	case was.IsZero():
		c.add(SectionDates, "", "Marked as agreed on %s.", formatDate(now, c.yearRef()))
	case now.IsZero():
		c.add(SectionDates, "", "No longer marked as agreed.")
	default:
		c.add(SectionDates, "", "Agreed date %s → %s.", formatDate(was, now), formatDate(now, was))
	}
}

func (c *differ) sceneShape() {
	b, a := c.before.Scene, c.after.Scene
	c.scalar(SectionIntensity, "Intensity", string(b.Intensity), string(a.Intensity))
	c.scalar(SectionIntensity, "Pace", string(b.Pace), string(a.Pace))
	switch bm, am := b.Minutes(), a.Minutes(); {
	case bm == am:
		c.value(SectionDuration, "", "Duration wording", b.DurationText, a.DurationText)
	case bm == 0:
		c.add(SectionDuration, "", "Duration set: %s.", minutes(am))
	case am == 0:
		c.add(SectionDuration, "", "Duration removed (was %s).", minutes(bm))
	default:
		c.add(SectionDuration, "", "Duration %d → %s.", bm, minutes(am))
	}
	c.value(SectionSetting, "", "Place", b.Setting.Place, a.Setting.Place)
	c.value(SectionSetting, "", "Room", b.Setting.Room, a.Setting.Room)
	c.value(SectionSetting, "", "Who else is around", b.Setting.Around, a.Setting.Around)
}

// scalar notes a choice from a fixed set, shown without quotes.
func (c *differ) scalar(sec Section, label, was, now string) {
	switch {
	case was == now:
	case was == "":
		c.add(sec, "", "%s set: %s.", label, now)
	case now == "":
		c.add(sec, "", "%s removed (was %s).", label, was)
	default:
		c.add(sec, "", "%s %s → %s.", label, was, now)
	}
}

func (c *differ) roles() {
	role := func(d Document, id string) Role {
		for _, r := range d.Scene.Roles {
			if r.ParticipantID == id {
				return r
			}
		}
		return Role{}
	}
	for _, p := range c.after.Participants {
		b, a, n := role(c.before, p.ID), role(c.after, p.ID), c.name(p.ID)
		c.value(SectionRoles, p.ID, n+"'s role", b.Role, a.Role)
		c.text(SectionRoles, p.ID, "What "+n+"'s role means", b.Meaning, a.Meaning)
		c.value(SectionRoles, p.ID, n+"'s scene name", b.SceneName, a.SceneName)
	}
}

func (c *differ) safewords() {
	b, a := c.before.Safewords, c.after.Safewords
	if b.TrafficLight != a.TrafficLight {
		c.add(SectionSafewords, "", "Traffic light now %s.", map[bool]string{true: "on", false: "off"}[a.TrafficLight])
	}
	c.secret("New custom safeword.", "Custom safeword removed.", b.Word, a.Word)
	c.secret("New non-verbal signal.", "Non-verbal signal removed.", b.Signal, a.Signal)
}

// secret notes a safeword change without printing the word, so the list
// of changes can be shown on screen.
func (c *differ) secret(changed, removed, was, now string) {
	was, now = strings.TrimSpace(was), strings.TrimSpace(now)
	switch {
	case was == now:
	case now == "":
		c.add(SectionSafewords, "", "%s", removed)
	default:
		c.add(SectionSafewords, "", "%s", changed)
	}
}

// personal compares what each person wrote about themselves.
func (c *differ) personal() {
	for _, p := range c.after.Participants {
		var b Participant
		if i := c.before.ParticipantIndex(p.ID); i >= 0 {
			b = c.before.Participants[i]
		}
		n, id := c.name(p.ID), p.ID
		c.text(SectionPhysical, id, n+"'s physical conditions", b.Physical, p.Physical)
		c.text(SectionPhysical, id, n+"'s answer about drink or drugs", b.Intoxication, p.Intoxication)
		c.text(SectionSceneDay, id, n+"'s check on the day", sceneDayText(b.Today), sceneDayText(p.Today))
		c.text(SectionEmotional, id, n+"'s topics to avoid", b.Emotional.Topics, p.Emotional.Topics)
		c.text(SectionEmotional, id, n+"'s words to avoid", b.Emotional.Words, p.Emotional.Words)
		c.text(SectionEmotional, id, n+"'s notes on how things are now", b.Emotional.Notes, p.Emotional.Notes)
		for _, band := range Bands() {
			was, now := b.Aftercare.Band(band), p.Aftercare.Band(band)
			label := fmt.Sprintf("%s's aftercare (%s)", n, band.Label())
			c.text(SectionAftercare, id, label, was.What, now.What)
			c.providers(label, id, was.By, now.By)
		}
		c.text(SectionNewFactors, id, n+"'s answer about medication", b.NewFactors.Medication, p.NewFactors.Medication)
		c.text(SectionNewFactors, id, n+"'s answer about health", b.NewFactors.Health, p.NewFactors.Health)
		c.text(SectionNewFactors, id, n+"'s answer about recent events", b.NewFactors.Events, p.NewFactors.Events)
	}
}

func (c *differ) providers(label, id string, was, now []string) {
	if sameSet(was, now) {
		return
	}
	if len(now) == 0 {
		c.add(SectionAftercare, id, "%s: nobody is named to provide it any more.", label)
		return
	}
	c.add(SectionAftercare, id, "%s: now provided by %s.", label, c.joinIDs(now))
}

func (c *differ) extraction() {
	b, a := c.before.Extraction, c.after.Extraction
	c.text(SectionExtraction, "", "Signal for leaving the play area", b.Signal, a.Signal)
	if !sameSet(b.HandledBy, a.HandledBy) {
		if len(a.HandledBy) == 0 {
			c.add(SectionExtraction, "", "Nobody is named to handle leaving any more.")
		} else {
			c.add(SectionExtraction, "", "Leaving is now handled by %s.", c.joinIDs(a.HandledBy))
		}
	}
	c.text(SectionExtraction, "", "Plan for leaving", b.Plan, a.Plan)
	c.text(SectionSafeCall, "", "The safe-call friend", c.before.SafeCall.Friend, c.after.SafeCall.Friend)
	c.text(SectionSafeCall, "", "The safe-call arrangement", c.before.SafeCall.Arrangement, c.after.SafeCall.Arrangement)
}

// sceneDayText is the check on the day as one string, for comparing.
func sceneDayText(s SceneDay) string {
	if !s.Answered() {
		return ""
	}
	parts := s.Concerns()
	if s.Fine {
		parts = append(parts, "fine")
	}
	return strings.Join(append(parts, strings.TrimSpace(s.Note)), "; ")
}

func (c *differ) joinIDs(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = c.name(id)
	}
	return joinNames(names)
}

// sameSet reports whether two ID lists hold the same IDs in any order.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
