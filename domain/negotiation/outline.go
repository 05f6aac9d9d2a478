package negotiation

import (
	"fmt"
	"strings"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/message"
)

// The outline is the one description of what a negotiation document shows
// and in what words: the on-screen preview, the history's read-only view
// and the printout are renderers of it. Every rule about what appears (a
// gap that must show, an empty line left out, the untitled title, the
// order of people) and every label lives here, so the three cannot drift
// apart; the renderers decide only where things go and how they look.
//
// What shows, whatever the renderer:
//
//   - The parts read top to bottom in DOMAIN.md's order: title, people and
//     dates; 1 what we're doing; 2 limits; 3 safewords and signals; 4
//     aftercare; then physical conditions and emotional landscape, the
//     check on the day, what is new since last time (only when someone
//     wrote something), leaving the play area (for a play party, or when
//     anything was written) and the safe call (with leaving for a party,
//     else under its own heading when written).
//   - People come in LimitsOrder: whoever receives something comes first.
//   - A missing date, safeword, signal, duration or aftercare shows as
//     "Not set yet" or "Not written yet" so the gap shows; an empty
//     setting, roles or intensity line is left out. A template's untouched
//     example text for leaving a play party counts as not agreed.
//   - The scene and debrief dates show their time of day when they have
//     one; the negotiated and agreed dates never do. A document not yet
//     agreed says so. A document without a title is "Our negotiation"
//     ("Our agreement" for a standing agreement, whose parts are in
//     outline_agreement.go).
//   - Limits still sealed to a protected list are named (whose, and that
//     their PIN shows them), never shown.
//   - The check on the day: each person's answer when anyone has given
//     one, otherwise the question itself, so a page agreed days before
//     still asks it on the day. Drink or drugs is a column of the physical
//     and emotional table when anyone answered. A high-risk activity's
//     note says so, and each person's "only with…" condition on an
//     activity (conditions.go) follows its notes, as a sentence of theirs.
//   - What only some of a group want (wanted.go) says who ("only Alex and
//     Sam want this"); until it is chosen it has its own row, "Only some
//     of you", after the scene's other groups.
//
// Parley's own words are Words values and the people's own text is plain
// strings, so a later change can turn Words into a message ID with
// arguments without touching the shape. Labels the screen and the paper
// used to word differently were settled on the clearer one: "A signal
// without words" (the paper said only "Without words"), "Hard limits —
// never" and "Soft limits — only as agreed", the traffic light's "ease off
// and check in, but keep going", and the paper's shorter date labels
// ("Negotiated on", "Scene on") and "Sam gives, Alex receives".

// Words is a piece of Parley's own text on the page: Says is the words as
// a message value (a message.Msg, or a Concat or Join of messages and the
// people's text), and Text is Says in British English. A renderer in
// another language shows Says (Outline.In does that for the whole outline).
type Words struct {
	Text string
	Says any
}

// say is the one way the outline writes its own words: a message of the
// catalogue by ID.
func say(id string, args Args) Words { return words(msg(id, args)) }

// words makes Words of any message value.
func words(v any) Words {
	return Words{Text: fmt.Sprint(message.RenderValue(english, v)), Says: v}
}

// In is w in the language r renders.
func (w Words) In(r message.Renderer) Words {
	if w.Says == nil {
		return w
	}
	return Words{Text: fmt.Sprint(message.RenderValue(r, w.Says)), Says: w.Says}
}

// Emphasis is how a span stands out. Renderers map it to their own
// styles; colour never carries meaning alone (each colour has its word).
type Emphasis int

// The emphases a span can have.
const (
	Plain  Emphasis = iota
	Strong          // bold
	Quiet           // muted: a gap, a note, a condition
	Danger          // bold red: hard limits, a concern on the day
	Green           // the traffic light's words, bold in their colour
	Amber
	Gap // a gap that must show ("Not written yet"): quiet, and bold on paper
)

// Span is a run of text on one line: Parley's Words or the people's Text
// (exactly one is set), with its emphasis.
type Span struct {
	Words    Words
	Text     string
	Emphasis Emphasis
}

// String is the span's text.
func (s Span) String() string { return s.Words.Text + s.Text }

func ours(w Words, e Emphasis) Span       { return Span{Words: w, Emphasis: e} }
func theirs(text string, e Emphasis) Span { return Span{Text: text, Emphasis: e} }

// Row is a label and its value: one paragraph (Value) or a list (Items,
// one entry each). When both are empty the renderer shows Missing in a
// quiet voice; rows with nothing to show are not in the outline at all.
type Row struct {
	Label    Words
	Emphasis Emphasis // the label's: Danger for the hard-limits band
	Value    []Span
	Items    [][]Span
	Missing  Words
	// List says the row is a list even while it is empty: its label
	// stands over the items, and Missing where they would be.
	List bool
	// Band puts every item on the hard-limits band, so the list cannot
	// be missed.
	Band bool
	// Big prints a one-word value larger (the safeword).
	Big bool
}

// Empty reports whether the row has no value of its own.
func (r Row) Empty() bool { return len(r.Value) == 0 && len(r.Items) == 0 }

// Group is one person's block within a part: their name, a note about
// them (limits still sealed to their protected list), then their rows, or
// Empty when they have none.
type Group struct {
	Person string
	Note   Words
	Rows   []Row
	Empty  Words
	// PersonSays is Person as a message value ("Person 2" until a name
	// is written), for Outline.In.
	PersonSays any
}

// Table is a row per person and a column per title; a nil cell is blank.
type Table struct {
	Columns []Words
	Rows    []TableRow
}

// TableRow is one person's row of a Table.
type TableRow struct {
	Person     string
	Cells      [][]Span
	PersonSays any // Person as a message value, for Outline.In
}

// Rule is the safeword rule, boxed on paper.
type Rule struct{ Title, Text Words }

// Part is one part of the document, in reading order. Section names it,
// so a renderer can lay each part out its own way; a part without a Title
// has no heading of its own.
type Part struct {
	Section Section
	Number  string
	Title   Words
	Rows    []Row
	Aside   []Row // beside Rows: the scene's how, how long, where and who
	Groups  []Group
	Table   *Table
	Rule    *Rule
	Empty   Words    // when Rows is empty: "No activities written yet."
	Notes   [][]Span // lines after the part's rows
}

// Outline is everything a negotiation document shows, in order.
type Outline struct {
	Title  Span   // the title, or "Our negotiation" ("Our agreement")
	People string // "Zoë (she/her) and Renée (she/they)"
	// PeopleSays is People as a message value, for Outline.In.
	PeopleSays any
	Dates      []Row
	Agreed     Span
	Parts      []Part
	// Continued heads the pages after the first; Footer closes every page.
	Continued Words
	Footer    Words
}

// The rule printed in a box on every negotiation, and what the check on
// the day means.
const (
	SafewordRuleTitle = "A safeword always stops the scene"
	SafewordRule      = "Whoever says the safeword or gives the signal, the scene stops straight away. " +
		"Nobody asks \u201care you sure?\u201d and nobody finishes what they were doing. " +
		"Stop, check in with each other, then move on to aftercare."
	SceneDayReminder = "Unwell, exhausted, a new injury, grief or bad news: scale back or postpone."
)

// The words that stand in for a gap.
var (
	notSet     = say("outline.not-set", nil)
	notWritten = say("outline.not-written", nil)
	notAgreed  = say("outline.not-agreed", nil)
	noWords    Words // no missing words: the row is left out when empty
)

// OutlineOf describes d as every renderer shows it; made is the day the
// page is made (the footer's date).
func OutlineOf(d Document, made time.Time) Outline {
	o := Outline{Title: outlineTitle(d), Agreed: ours(say("outline.not-marked-agreed", nil), Quiet)}
	var people []any
	for i := range d.Participants {
		people = append(people, personMsg(d, i))
	}
	pw := words(listMsg(people))
	o.People, o.PeopleSays = pw.Text, pw.Says
	if !d.AgreedOn.IsZero() {
		o.Agreed = ours(say("outline.agreed-on", Args{"Date": longDateMsg(d.AgreedOn)}), Quiet)
	}
	footer := "outline.footer"
	if d.IsAgreement() {
		o.Dates = []Row{dateRow("outline.negotiated-on", d.NegotiatedOn, longDateMsg)}
		o.Parts = agreementParts(d)
		footer = "outline.footer.agreement"
	} else {
		o.Dates = []Row{
			dateRow("outline.negotiated-on", d.NegotiatedOn, longDateMsg),
			dateRow("outline.scene-on", d.SceneOn, dateAndTimeMsg),
			dateRow("outline.debrief-on", d.DebriefOn, dateAndTimeMsg),
		}
		o.Parts = sceneParts(d)
	}
	var names []int
	for i := range d.Participants {
		names = append(names, i)
	}
	title := o.Title.Words.Says
	if title == nil {
		title = o.Title.Text
	}
	o.Continued = say("outline.continued", Args{"Title": title})
	if len(names) > 0 {
		o.Continued = say("outline.continued.names", Args{"Title": title, "Names": d.peopleMsg(names)})
	}
	o.Footer = say(footer, Args{"Date": longDateMsg(made)})
	return o
}

// sceneParts are a scene negotiation's parts in reading order.
func sceneParts(d Document) []Part {
	parts := []Part{scenePart(d), limitsPart(d), safewordsPart(d), aftercarePart(d), bodyAndMindPart(d), sceneDayPart(d)}
	for _, p := range []*Part{newFactorsPart(d), extractionPart(d), safeCallPart(d)} {
		if p != nil {
			parts = append(parts, *p)
		}
	}
	return parts
}

// PageOf numbers a page when there is more than one.
func PageOf(page, pages int) Words {
	return say("outline.page-of", Args{"Page": page, "Pages": pages})
}

func outlineTitle(d Document) Span {
	if t := strings.TrimSpace(d.Title); t != "" {
		return theirs(t, Strong)
	}
	if d.IsAgreement() {
		return ours(say("document.untitled-agreement", nil), Strong)
	}
	return ours(say("document.untitled", nil), Strong)
}

func dateRow(label string, t time.Time, format func(time.Time) Msg) Row {
	r := Row{Label: say(label, nil), Missing: notSet}
	if !t.IsZero() {
		r.Value = []Span{ours(words(format(t)), Strong)}
	}
	return r
}

// text is a row of the people's own words, or the missing words; ok is
// false when there is nothing to show at all.
func text(label Words, value string, missing Words) (Row, bool) {
	r := Row{Label: label, Missing: missing}
	if value = strings.TrimSpace(value); value != "" {
		r.Value = []Span{theirs(value, Plain)}
	}
	return r, !r.Empty() || missing.Text != ""
}

// addText appends the row made by text when it has anything to show.
func addText(rows []Row, label Words, value string, missing Words) []Row {
	if r, ok := text(label, value, missing); ok {
		rows = append(rows, r)
	}
	return rows
}

// statusGroups are the groups of activities, in the order shown.
var statusGroups = []struct {
	title string
	match func(Status) bool
}{
	{"outline.group.yes", func(s Status) bool { return s == StatusYes }},
	{"outline.group.try", func(s Status) bool { return s == StatusTry }},
	{"outline.group.not-this-time", func(s Status) bool { return s == StatusNotThisTime }},
	{"outline.group.undecided", func(s Status) bool { return s != StatusYes && s != StatusTry && s != StatusNotThisTime }},
}

// scenePart is part 1: the activities by status, and beside them how, how
// long, where and who.
func scenePart(d Document) Part {
	p := Part{Section: SectionActivities, Number: "1", Title: words(sectionMsg(SectionActivities)), Empty: say("outline.no-activities", nil)}
	for _, g := range statusGroups {
		r := Row{Label: say(g.title, nil), List: true}
		var names []any
		for _, a := range d.Scene.Activities {
			if a.Blank() || !g.match(a.Status) || onlySomeRow(d, a) {
				continue
			}
			names = append(names, message.Capital{Value: a.nameMsg()})
			r.Items = append(r.Items, activitySpans(d, a))
		}
		if len(names) == 0 {
			continue
		}
		if g.title == "outline.group.not-this-time" {
			r.List, r.Items, r.Value = false, nil, []Span{ours(words(message.Join{Sep: msg("phrase.names.separator", nil), Items: names}), Plain)}
		}
		p.Rows = append(p.Rows, r)
	}
	if r := onlySomeOfYou(d); len(r.Items) > 0 {
		p.Rows = append(p.Rows, r)
	}
	s := d.Scene
	p.Aside = addIntensity(p.Aside, s)
	p.Aside = addDuration(p.Aside, s)
	where := capFirst(joinNonEmpty(", ", s.Setting.Place, s.Setting.Room))
	if around := strings.TrimSpace(s.Setting.Around); around != "" {
		where = joinNonEmpty("\n", where, capFirst(around))
	}
	p.Aside = addText(p.Aside, words(sectionMsg(SectionSetting)), where, noWords)
	label := words(sectionMsg(SectionRoles))
	for _, r := range s.Roles {
		if joinNonEmpty("", r.Role, r.Meaning, r.SceneName) == "" {
			continue
		}
		spans := []Span{nameSpan(d, d.ParticipantIndex(r.ParticipantID), Strong)}
		if role := strings.TrimSpace(r.Role); role != "" {
			spans = append(spans, ours(say("outline.role", Args{"Role": role}), Plain))
		}
		if sn := strings.TrimSpace(r.SceneName); sn != "" {
			spans = append(spans, ours(say("outline.role.scene-name", Args{"Name": sn}), Plain))
		}
		if mean := strings.TrimSpace(r.Meaning); mean != "" {
			spans = append(spans, theirs(". "+capFirst(mean), Quiet))
		}
		p.Aside = append(p.Aside, Row{Label: label, Value: spans})
		label = Words{} // one label over all the roles
	}
	return p
}

// onlySomeRow reports whether a belongs in the "Only some of you" row:
// not yet chosen for the scene, and wanted by only some of the people.
func onlySomeRow(d Document, a Activity) bool {
	return a.Status == StatusNotThisTime && d.WantedByOnly(a)
}

// onlySomeOfYou is the row of what only some of a group want, each with
// who wants it, until they choose it together (wanted.go).
func onlySomeOfYou(d Document) Row {
	r := Row{Label: say("outline.group.only-some", nil), List: true}
	for _, a := range d.Scene.Activities {
		if !a.Blank() && onlySomeRow(d, a) {
			r.Items = append(r.Items, activitySpans(d, a))
		}
	}
	return r
}

// activitySpans is one activity: the name, who gives and receives, its
// note and what to keep in mind.
func activitySpans(d Document, a Activity) []Span {
	spans := []Span{ours(words(message.Capital{Value: a.nameMsg()}), Strong)}
	if who := whoDoesWhatMsg(d, a); who != nil {
		spans = append(spans, ours(say("outline.dash", Args{"Text": who}), Plain))
	}
	if w := WantedByWords(d, a); w.Says != nil {
		spans = append(spans, ours(say("outline.dash", Args{"Text": w.Says}), Quiet))
	}
	if !a.Status.InScope() && !onlySomeRow(d, a) {
		return spans
	}
	var ourNotes []string
	if a.LimitsSpeech {
		ourNotes = append(ourNotes, "outline.note.limits-speech")
	}
	if a.Marks {
		ourNotes = append(ourNotes, "outline.note.marks")
	}
	if a.Risk == catalog.RiskHigh {
		ourNotes = append(ourNotes, "outline.note.high-risk")
	}
	sep := "\n" // the notes start on a line of their own, as sentences
	if n := sentences(a.Note); n != "" {
		spans, sep = append(spans, theirs(sep+n, Quiet)), " "
	}
	for _, id := range ourNotes {
		spans, sep = append(spans, ours(words(message.Concat{sep, message.Capital{Value: msg(id, nil)}, "."}), Quiet)), " "
	}
	for _, c := range conditionsOf(d, a) { // after the notes, as sentences
		spans, sep = append(spans, ours(words(message.Concat{sep, ConditionWords(d, c).Says}), Quiet)), " "
	}
	return spans
}

// limitsPart is part 2: each person's hard and soft limits, whoever
// receives something first.
func limitsPart(d Document) Part {
	p := Part{Section: SectionLimits, Number: "2", Title: words(sectionMsg(SectionLimits))}
	hard, soft := byPerson(d.HardLimitLines()), byPerson(d.SoftLimitLines())
	for _, i := range d.LimitsOrder() {
		id := d.Participants[i].ID
		g := personGroup(d, i)
		if len(d.Participants[i].HiddenLimits) > 0 {
			g.Note = say("outline.limits.hidden", Args{"Name": d.displayNameMsg(i)})
		}
		h := Row{Label: say("outline.limits.hard", nil), Emphasis: Danger, List: true, Band: true, Missing: say("outline.limits.none", nil)}
		for _, l := range hard[id] {
			h.Items = append(h.Items, []Span{limitSpan(l, Strong)})
		}
		s := Row{Label: say("outline.limits.soft", nil), Emphasis: Quiet, List: true, Missing: say("outline.limits.none", nil)}
		for _, l := range soft[id] {
			item := []Span{limitSpan(l, Plain)}
			if l.Condition != "" {
				item = append(item, theirs(" \u2014 "+l.Condition, Quiet))
			}
			s.Items = append(s.Items, item)
		}
		g.Rows = []Row{h, s}
		p.Groups = append(p.Groups, g)
	}
	return p
}

// limitSpan is a limit on the page: the person's words as written, or,
// when Parley names its activity or its side, Parley's words around them.
func limitSpan(l LimitLine, e Emphasis) Span {
	if s, ok := l.Says.(string); ok {
		return theirs(capFirst(s), e)
	}
	return ours(words(message.Capital{Value: l.Says}), e)
}

// byPerson groups limit lines by participant ID, keeping their order.
func byPerson(lines []LimitLine) map[string][]LimitLine {
	out := map[string][]LimitLine{}
	for _, l := range lines {
		out[l.ParticipantID] = append(out[l.ParticipantID], l)
	}
	return out
}

// safewordsPart is part 3: the rule, the word, the signal and the traffic
// light.
func safewordsPart(d Document) Part {
	sw := d.Safewords
	p := Part{Section: SectionSafewords, Number: "3", Title: words(sectionMsg(SectionSafewords)),
		Rule: &Rule{Title: say("outline.safeword-rule.title", nil), Text: say("outline.safeword-rule", nil)}}
	word, _ := text(say("outline.safeword", nil), sw.Word, notWritten)
	word.Big = true
	if !word.Empty() {
		word.Value[0].Emphasis = Strong
	}
	signal, _ := text(say("outline.signal", nil), sw.Signal, notWritten)
	p.Rows = []Row{word, signal}
	if sw.TrafficLight {
		p.Rows = append(p.Rows, Row{Label: say("outline.traffic-light", nil), List: true, Items: [][]Span{
			{ours(say("outline.traffic-light.green", nil), Green), ours(say("outline.traffic-light.green.meaning", nil), Plain)},
			{ours(say("outline.traffic-light.amber", nil), Amber), ours(say("outline.traffic-light.amber.meaning", nil), Plain)},
			{ours(say("outline.traffic-light.red", nil), Danger), ours(say("outline.traffic-light.red.meaning", nil), Plain)},
		}})
	}
	return p
}

// aftercarePart is part 4: a row for each person, a column for each band,
// saying who gives the care.
func aftercarePart(d Document) Part {
	t := &Table{}
	for _, b := range Bands() {
		t.Columns = append(t.Columns, say(bandColumn[b], nil))
	}
	for _, i := range d.LimitsOrder() {
		a := d.Participants[i].Aftercare
		row := personRow(d, i, len(Bands()))
		written := false
		for _, b := range Bands() {
			written = written || strings.TrimSpace(a.Band(b).What) != ""
		}
		for col, b := range Bands() {
			switch {
			case !written && col == 0:
				row.Cells[col] = []Span{ours(notWritten, Gap)}
			case written:
				row.Cells[col] = careSpans(d, a.Band(b))
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return Part{Section: SectionAftercare, Number: "4", Title: words(sectionMsg(SectionAftercare)), Table: t}
}

// bandColumn is each band's column title.
var bandColumn = map[Band]string{
	BandImmediate:  "outline.aftercare.band.immediate",
	BandShortTerm:  "outline.aftercare.band.short-term",
	BandLongerTerm: "outline.aftercare.band.longer-term",
}

// careSpans is what one band of care says, and who gives it.
func careSpans(d Document, c Care) []Span {
	what := strings.TrimSpace(c.What)
	if what == "" {
		return []Span{ours(say("outline.aftercare.nothing", nil), Quiet)}
	}
	spans := []Span{theirs(capFirst(what), Plain)}
	if len(c.By) > 0 {
		spans = append(spans, ours(say("outline.aftercare.from", Args{"Names": d.idsMsg(c.By)}), Quiet))
	}
	return spans
}

// bodyAndMindPart is each person's physical conditions and emotional
// landscape: a column for each thing anyone wrote.
func bodyAndMindPart(d Document) Part {
	all := []struct {
		title string
		value func(p Participant) string
	}{
		{"outline.body.physical", func(p Participant) string { return p.Physical }},
		{"outline.body.intoxication", func(p Participant) string { return p.Intoxication }},
		{"outline.body.topics", func(p Participant) string { return p.Emotional.Topics }},
		{"outline.body.words", func(p Participant) string { return p.Emotional.Words }},
		{"outline.body.right-now", func(p Participant) string { return p.Emotional.Notes }},
	}
	t := &Table{}
	var values []func(p Participant) string
	for _, c := range all {
		for _, p := range d.Participants {
			if strings.TrimSpace(c.value(p)) != "" {
				t.Columns, values = append(t.Columns, say(c.title, nil)), append(values, c.value)
				break
			}
		}
	}
	if len(values) == 0 {
		t.Columns, values = []Words{say(all[0].title, nil)}, []func(Participant) string{all[0].value}
	}
	for _, i := range d.LimitsOrder() {
		p := d.Participants[i]
		row := personRow(d, i, len(values))
		empty := true
		for col, v := range values {
			if s := strings.TrimSpace(v(p)); s != "" {
				row.Cells[col], empty = []Span{theirs(capFirst(s), Plain)}, false
			}
		}
		if empty {
			row.Cells[0] = []Span{ours(say("outline.body.nothing", nil), Quiet)}
		}
		t.Rows = append(t.Rows, row)
	}
	return Part{Section: SectionPhysical, Title: say("outline.body.title", nil), Table: t}
}

// sceneDayPart is the check on the day, right after the physical and
// emotional table and without a heading of its own: each person's answer,
// then what a concern means; while nobody has answered, the question for
// the day itself, so a page agreed days before still asks it.
func sceneDayPart(d Document) Part {
	p := Part{Section: SectionSceneDay}
	answered := false
	for _, q := range d.Participants {
		answered = answered || q.Today.Answered()
	}
	if !answered {
		p.Notes = [][]Span{{ours(say("outline.scene-day.ask", nil), Strong), ours(say("outline.scene-day.reminder", nil), Plain)}}
		return p
	}
	r := Row{Label: words(sectionMsg(SectionSceneDay))}
	for n, i := range d.LimitsOrder() {
		t := d.Participants[i].Today
		if n > 0 {
			r.Value = append(r.Value, ours(say("outline.scene-day.separator", nil), Quiet))
		}
		r.Value = append(r.Value, ours(words(message.Concat{d.displayNameMsg(i), ": "}), Strong))
		switch c := t.concernMsgs(); {
		case len(c) > 0:
			r.Value = append(r.Value, ours(words(listMsg(c)), Danger))
		case t.Fine:
			r.Value = append(r.Value, ours(say("outline.scene-day.all-well", nil), Plain))
		default:
			r.Value = append(r.Value, ours(say("outline.scene-day.not-checked", nil), Quiet))
		}
		if note := strings.TrimSpace(t.Note); note != "" {
			r.Value = append(r.Value, theirs(" ("+note+")", Plain))
		}
	}
	p.Rows = []Row{r}
	p.Notes = [][]Span{{ours(say("outline.scene-day.reminder", nil), Quiet)}}
	return p
}

// newFactorsPart is what changed since last time, when anyone wrote any.
func newFactorsPart(d Document) *Part {
	found := false
	for _, q := range d.Participants {
		found = found || !q.NewFactors.Empty()
	}
	if !found {
		return nil
	}
	p := &Part{Section: SectionNewFactors, Title: words(sectionMsg(SectionNewFactors))}
	for _, i := range d.LimitsOrder() {
		n := d.Participants[i].NewFactors
		g := personGroup(d, i)
		g.Empty = say("outline.new.nothing", nil)
		g.Rows = addText(g.Rows, say("outline.new.medication", nil), n.Medication, noWords)
		g.Rows = addText(g.Rows, say("outline.new.health", nil), n.Health, noWords)
		g.Rows = addText(g.Rows, say("outline.new.events", nil), n.Events, noWords)
		p.Groups = append(p.Groups, g)
	}
	return p
}

// extractionPart is how to leave a play party, when the document is for
// one or anything was written; a party's safe call goes with it.
func extractionPart(d Document) *Part {
	e := d.Extraction
	signal, plan := clean(e.Signal), clean(e.Plan)
	if d.Template != KindPlayParty && signal == "" && plan == "" && len(e.HandledBy) == 0 {
		return nil
	}
	p := &Part{Section: SectionExtraction, Title: words(sectionMsg(SectionExtraction))}
	p.Rows = addText(p.Rows, say("outline.extraction.signal", nil), signal, notAgreed)
	who := Row{Label: say("outline.extraction.who", nil), Missing: notAgreed}
	if len(e.HandledBy) > 0 {
		who.Value = []Span{ours(words(d.idsMsg(e.HandledBy)), Plain)}
	}
	p.Rows = append(p.Rows, who)
	p.Rows = addText(p.Rows, say("outline.extraction.plan", nil), plan, noWords)
	if d.Template == KindPlayParty {
		p.Rows = append(p.Rows, safeCallRow(d.SafeCall))
	}
	return p
}

// safeCallPart is the friend who knows, under its own heading when the
// document is not for a party (a party has it with leaving).
func safeCallPart(d Document) *Part {
	s := d.SafeCall
	if d.Template == KindPlayParty || strings.TrimSpace(s.Friend+s.Arrangement) == "" {
		return nil
	}
	return &Part{Section: SectionSafeCall, Title: words(sectionMsg(SectionSafeCall)), Rows: []Row{safeCallRow(s)}}
}

// safeCallRow is the friend's name and what they know, in one row.
func safeCallRow(s SafeCall) Row {
	r := Row{Label: say("outline.safe-call.friend", nil), Missing: say("outline.safe-call.nobody", nil)}
	friend, plan := strings.TrimSpace(s.Friend), strings.TrimSpace(s.Arrangement)
	if friend != "" {
		r.Value = append(r.Value, theirs(friend, Strong))
	}
	if plan != "" {
		if friend != "" {
			plan = " \u2014 " + plan
		}
		r.Value = append(r.Value, theirs(plan, Plain))
	}
	return r
}

// Shown is every piece of text a renderer shows for the outline on its
// first page, in reading order: Parley's words (titles, labels, column
// titles, the words that stand in for a gap, the rule, the notes) and the
// people's text, the footer last. Missing and Empty words are included
// only where they stand in for something not written; Continued and page
// numbers are not (they belong to further pages). Tests use it to check
// that a renderer shows the outline, all of it and nothing else.
func (o Outline) Shown() []string {
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	spans := func(ss []Span) {
		var line strings.Builder
		for _, s := range ss {
			line.WriteString(s.String())
		}
		add(line.String())
	}
	rows := func(rs []Row) {
		for _, r := range rs {
			add(r.Label.Text)
			spans(r.Value)
			for _, item := range r.Items {
				spans(item)
			}
			if r.Empty() {
				add(r.Missing.Text)
			}
		}
	}
	add(o.Title.String())
	add(o.People)
	spans([]Span{o.Agreed})
	rows(o.Dates)
	for _, p := range o.Parts {
		add(p.Number)
		add(p.Title.Text)
		if p.Rule != nil {
			add(p.Rule.Title.Text)
			add(p.Rule.Text.Text)
		}
		if len(p.Rows) == 0 {
			add(p.Empty.Text)
		}
		rows(p.Rows)
		rows(p.Aside)
		for _, g := range p.Groups {
			add(g.Person)
			add(g.Note.Text)
			rows(g.Rows)
			if len(g.Rows) == 0 {
				add(g.Empty.Text)
			}
		}
		if t := p.Table; t != nil {
			for _, c := range t.Columns {
				add(c.Text)
			}
			for _, r := range t.Rows {
				add(r.Person)
				for _, c := range r.Cells {
					spans(c)
				}
			}
		}
		for _, n := range p.Notes {
			spans(n)
		}
	}
	add(o.Footer.Text)
	return out
}
