package negotiation

import (
	"slices"
	"strings"
	"time"
)

// ChangeLine is one plain sentence about what changed between two
// versions of a negotiation, e.g. "Duration 45 → 30 minutes.": Says is
// the message (DiffMessages) a screen renders in its language, Text the
// same in British English.
type ChangeLine struct {
	Section Section `json:"section"`
	// ParticipantID is the person the line is about, if any.
	ParticipantID string `json:"participant_id,omitempty"`
	Text          string `json:"text"`
	Says          Msg    `json:"says"`
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

// add notes one change: the message id with its arguments.
func (c *differ) add(sec Section, pid, id string, args Args) {
	m := msg(id, args)
	c.out = append(c.out, ChangeLine{Section: sec, ParticipantID: pid, Text: diffEnglish.Render(m), Says: m})
}

// name is a person's name: as they are now, else as they were.
func (c *differ) name(id string) any {
	switch {
	case c.after.ParticipantIndex(id) >= 0:
		return c.after.nameOfMsg(id)
	case c.before.ParticipantIndex(id) >= 0:
		return c.before.nameOfMsg(id)
	case c.names[id] != "":
		return c.names[id]
	}
	return msg("person.someone", nil)
}

// label is a field's name, a person's own when args has their Name.
func label(id string, args Args) Msg { return msg("diff.label."+id, args) }

// of is a person's field label: "Sam's pronouns".
func (c *differ) of(id, pid string) Msg { return label(id, Args{"Name": c.name(pid)}) }

// value notes a short field whose old and new values are worth showing.
func (c *differ) value(sec Section, pid string, label Msg, was, now string) {
	was, now = strings.TrimSpace(was), strings.TrimSpace(now)
	if was != now {
		c.fromTo(sec, pid, label, was != "", now != "", quoted(was), quoted(now))
	}
}

// fromTo notes a field set, removed or changed from was to now.
func (c *differ) fromTo(sec Section, pid string, label Msg, hadWas, hasNow bool, was, now any) {
	switch {
	case !hadWas:
		c.add(sec, pid, "diff.set", Args{"Label": label, "Value": now})
	case !hasNow:
		c.add(sec, pid, "diff.removed-was", Args{"Label": label, "Value": was})
	default:
		c.add(sec, pid, "diff.from-to", Args{"Label": label, "Was": was, "Now": now})
	}
}

// text notes a longer free-text field without repeating it.
func (c *differ) text(sec Section, pid string, label Msg, was, now string) {
	was, now = strings.TrimSpace(was), strings.TrimSpace(now)
	switch {
	case was == now:
	case was == "":
		c.add(sec, pid, "diff.added", Args{"Label": label})
	case now == "":
		c.add(sec, pid, "diff.removed", Args{"Label": label})
	default:
		c.add(sec, pid, "diff.changed", Args{"Label": label})
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

func (c *differ) date(id string, was, now time.Time) { c.dateIn(SectionDates, id, was, now) }

func (c *differ) dateIn(sec Section, id string, was, now time.Time) {
	switch {
	case was.Equal(now):
	case was.IsZero() || now.IsZero():
		c.fromTo(sec, "", label(id, nil), !was.IsZero(), !now.IsZero(), dateMsg(was, c.yearRef()), dateMsg(now, c.yearRef()))
	default:
		c.fromTo(sec, "", label(id, nil), true, true, dateMsg(was, now), dateMsg(now, was))
	}
}

func (c *differ) header() {
	c.value(SectionTitle, "", label("title", nil), c.before.Title, c.after.Title)
	if c.before.Template != c.after.Template {
		// A template's name is a screen key (its English), so a message by that ID.
		was, now := msg(TemplateFor(c.before.Template).Name, nil), msg(TemplateFor(c.after.Template).Name, nil)
		c.fromTo(SectionTitle, "", label("template", nil), true, true, quoted(was), quoted(now))
	}
}

func (c *differ) people() {
	kind := map[bool]string{true: ".agreement", false: ""}[c.after.IsAgreement()]
	for _, p := range c.after.Participants {
		i := c.before.ParticipantIndex(p.ID)
		if i < 0 {
			c.add(SectionParticipants, p.ID, "diff.joined"+kind, Args{"Name": c.name(p.ID)})
			continue
		}
		was := c.before.Participants[i]
		if strings.TrimSpace(was.Name) != strings.TrimSpace(p.Name) {
			c.add(SectionParticipants, p.ID, "diff.renamed-person", Args{"Was": c.before.displayNameMsg(i), "Now": c.name(p.ID)})
		}
		c.value(SectionParticipants, p.ID, c.of("pronouns", p.ID), was.Pronouns, p.Pronouns)
		if was.ProfileID != p.ProfileID {
			c.add(SectionParticipants, p.ID, "diff.profile-link", Args{"Name": c.name(p.ID)})
		}
	}
	for _, p := range c.before.Participants {
		if c.after.ParticipantIndex(p.ID) < 0 {
			c.add(SectionParticipants, p.ID, "diff.left"+kind, Args{"Name": c.name(p.ID)})
		}
	}
}

func (c *differ) dates() {
	c.date("negotiation-date", c.before.NegotiatedOn, c.after.NegotiatedOn)
	c.date("scene-date", c.before.SceneOn, c.after.SceneOn)
	c.date("debrief-date", c.before.DebriefOn, c.after.DebriefOn)
	was, now := c.before.AgreedOn, c.after.AgreedOn
	switch {
	case was.Equal(now):
	case was.IsZero():
		c.add(SectionDates, "", "diff.agreed-on", Args{"Date": dateMsg(now, c.yearRef())})
	case now.IsZero():
		c.add(SectionDates, "", "diff.not-agreed", nil)
	default:
		c.fromTo(SectionDates, "", label("agreed-date", nil), true, true, dateMsg(was, now), dateMsg(now, was))
	}
}

func (c *differ) sceneShape() {
	b, a := c.before.Scene, c.after.Scene
	c.scalar(SectionIntensity, sectionMsg(SectionIntensity), "phrase.intensity.", string(b.Intensity), string(a.Intensity))
	c.scalar(SectionIntensity, label("pace", nil), "diff.pace.", string(b.Pace), string(a.Pace))
	dur := sectionMsg(SectionDuration)
	switch bm, am := b.Minutes(), a.Minutes(); {
	case bm == am:
		c.value(SectionDuration, "", label("duration-wording", nil), b.DurationText, a.DurationText)
	case bm == 0 || am == 0:
		c.fromTo(SectionDuration, "", dur, bm != 0, am != 0, minutesMsg(bm), minutesMsg(am))
	default:
		c.fromTo(SectionDuration, "", dur, true, true, bm, minutesMsg(am))
	}
	c.value(SectionSetting, "", label("place", nil), b.Setting.Place, a.Setting.Place)
	c.value(SectionSetting, "", label("room", nil), b.Setting.Room, a.Setting.Room)
	c.value(SectionSetting, "", label("around", nil), b.Setting.Around, a.Setting.Around)
}

// scalar notes a choice from a fixed set, shown without quotes: each
// value is the message prefix+value when there is one.
func (c *differ) scalar(sec Section, label Msg, prefix, was, now string) {
	word := func(v string) any {
		if diffEnglish.Has(prefix + v) {
			return msg(prefix+v, nil)
		}
		return v
	}
	if was != now {
		c.fromTo(sec, "", label, was != "", now != "", word(was), word(now))
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
		b, a := role(c.before, p.ID), role(c.after, p.ID)
		c.value(SectionRoles, p.ID, c.of("role", p.ID), b.Role, a.Role)
		c.text(SectionRoles, p.ID, c.of("role-meaning", p.ID), b.Meaning, a.Meaning)
		c.value(SectionRoles, p.ID, c.of("scene-name", p.ID), b.SceneName, a.SceneName)
	}
}

func (c *differ) safewords() {
	b, a := c.before.Safewords, c.after.Safewords
	if b.TrafficLight != a.TrafficLight {
		c.add(SectionSafewords, "", "diff.traffic-light."+map[bool]string{true: "on", false: "off"}[a.TrafficLight], nil)
	}
	c.secret("diff.safeword", b.Word, a.Word)
	c.secret("diff.signal", b.Signal, a.Signal)
}

// secret notes a safeword change without printing the word, so the list
// of changes can be shown on screen.
func (c *differ) secret(id, was, now string) {
	was, now = strings.TrimSpace(was), strings.TrimSpace(now)
	switch {
	case was == now:
	case now == "":
		c.add(SectionSafewords, "", id+".removed", nil)
	default:
		c.add(SectionSafewords, "", id+".new", nil)
	}
}

// personal compares what each person wrote about themselves.
func (c *differ) personal() {
	for _, p := range c.after.Participants {
		var b Participant
		if i := c.before.ParticipantIndex(p.ID); i >= 0 {
			b = c.before.Participants[i]
		}
		id := p.ID
		c.text(SectionPhysical, id, c.of("physical", id), b.Physical, p.Physical)
		c.text(SectionPhysical, id, c.of("intoxication", id), b.Intoxication, p.Intoxication)
		c.text(SectionSceneDay, id, c.of("scene-day", id), sceneDayText(b.Today), sceneDayText(p.Today))
		c.text(SectionEmotional, id, c.of("topics", id), b.Emotional.Topics, p.Emotional.Topics)
		c.text(SectionEmotional, id, c.of("words", id), b.Emotional.Words, p.Emotional.Words)
		c.text(SectionEmotional, id, c.of("notes", id), b.Emotional.Notes, p.Emotional.Notes)
		for _, band := range Bands() {
			was, now := b.Aftercare.Band(band), p.Aftercare.Band(band)
			care := label("aftercare", Args{"Name": c.name(id), "Band": msg(bandIDs[band], nil)})
			c.text(SectionAftercare, id, care, was.What, now.What)
			c.providers(care, id, was.By, now.By)
		}
		c.text(SectionNewFactors, id, c.of("medication", id), b.NewFactors.Medication, p.NewFactors.Medication)
		c.text(SectionNewFactors, id, c.of("health", id), b.NewFactors.Health, p.NewFactors.Health)
		c.text(SectionNewFactors, id, c.of("events", id), b.NewFactors.Events, p.NewFactors.Events)
	}
}

func (c *differ) providers(label Msg, id string, was, now []string) {
	if sameSet(was, now) {
		return
	}
	if len(now) == 0 {
		c.add(SectionAftercare, id, "diff.care.nobody", Args{"Label": label})
		return
	}
	c.add(SectionAftercare, id, "diff.care.by", Args{"Label": label, "Names": c.joinIDs(now)})
}

func (c *differ) extraction() {
	b, a := c.before.Extraction, c.after.Extraction
	c.text(SectionExtraction, "", label("signal", nil), b.Signal, a.Signal)
	if !sameSet(b.HandledBy, a.HandledBy) {
		if len(a.HandledBy) == 0 {
			c.add(SectionExtraction, "", "diff.leaving.nobody", nil)
		} else {
			c.add(SectionExtraction, "", "diff.leaving.by", Args{"Names": c.joinIDs(a.HandledBy)})
		}
	}
	c.text(SectionExtraction, "", label("plan", nil), b.Plan, a.Plan)
	c.text(SectionSafeCall, "", label("safe-call-friend", nil), c.before.SafeCall.Friend, c.after.SafeCall.Friend)
	c.text(SectionSafeCall, "", label("safe-call-arrangement", nil), c.before.SafeCall.Arrangement, c.after.SafeCall.Arrangement)
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

func (c *differ) joinIDs(ids []string) any {
	names := make([]any, len(ids))
	for i, id := range ids {
		names[i] = c.name(id)
	}
	return listMsg(names)
}

// sameSet reports whether two ID lists hold the same IDs in any order.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
