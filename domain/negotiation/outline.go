package negotiation

import (
	"strconv"
	"strings"
	"time"

	"parleyapp.org/parley/domain/catalog"
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
//     agreed says so. A document without a title is "Our negotiation".
//   - Limits still sealed to a protected list are named (whose, and that
//     their PIN shows them), never shown.
//   - The check on the day: each person's answer when anyone has given
//     one, otherwise the question itself, so a page agreed days before
//     still asks it on the day. Drink or drugs is a column of the physical
//     and emotional table when anyone answered. A high-risk activity's
//     note says so.
//
// Parley's own words are Words values and the people's own text is plain
// strings, so a later change can turn Words into a message ID with
// arguments without touching the shape. Labels the screen and the paper
// used to word differently were settled on the clearer one: "A signal
// without words" (the paper said only "Without words"), "Hard limits —
// never" and "Soft limits — only as agreed", the traffic light's "ease off
// and check in, but keep going", and the paper's shorter date labels
// ("Negotiated on", "Scene on") and "Sam gives, Alex receives".

// Words is a piece of Parley's own text on the page, in British English.
// It is one field on purpose: when the text becomes a message ID and
// arguments, only Words changes.
type Words struct{ Text string }

// say is the one way the outline writes its own words.
func say(text string) Words { return Words{Text: text} }

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

func ours(text string, e Emphasis) Span   { return Span{Words: say(text), Emphasis: e} }
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
}

// Table is a row per person and a column per title; a nil cell is blank.
type Table struct {
	Columns []Words
	Rows    []TableRow
}

// TableRow is one person's row of a Table.
type TableRow struct {
	Person string
	Cells  [][]Span
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
	Title  Span   // the document's title, or "Our negotiation"
	People string // "Zoë (she/her) and Renée (she/they)"
	Dates  []Row
	Agreed Span
	Parts  []Part
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

const (
	notSet     = "Not set yet"
	notWritten = "Not written yet"
	notAgreed  = "Not agreed yet"
)

// OutlineOf describes d as every renderer shows it; made is the day the
// page is made (the footer's date).
func OutlineOf(d Document, made time.Time) Outline {
	o := Outline{Title: outlineTitle(d), Agreed: ours("Not yet marked as agreed", Quiet)}
	var people []string
	for i := range d.Participants {
		people = append(people, person(d, i))
	}
	o.People = joinNames(people)
	o.Dates = []Row{
		dateRow("Negotiated on", d.NegotiatedOn, longDate),
		dateRow("Scene on", d.SceneOn, dateAndTime),
		dateRow("Debrief on", d.DebriefOn, dateAndTime),
	}
	if !d.AgreedOn.IsZero() {
		o.Agreed = ours("Agreed on "+longDate(d.AgreedOn), Quiet)
	}
	o.Parts = append(o.Parts, scenePart(d), limitsPart(d), safewordsPart(d), aftercarePart(d), bodyAndMindPart(d), sceneDayPart(d))
	for _, p := range []*Part{newFactorsPart(d), extractionPart(d), safeCallPart(d)} {
		if p != nil {
			o.Parts = append(o.Parts, *p)
		}
	}
	var names []string
	for i := range d.Participants {
		names = append(names, d.DisplayName(i))
	}
	line := o.Title.String()
	if len(names) > 0 {
		line += " \u2014 " + joinNames(names)
	}
	o.Continued = say(line + " (continued)")
	o.Footer = say("Made with Parley on " + longDate(made) + ". Read it through together again before the scene.")
	return o
}

// PageOf numbers a page when there is more than one.
func PageOf(page, pages int) Words {
	return say("Page " + strconv.Itoa(page) + " of " + strconv.Itoa(pages))
}

func outlineTitle(d Document) Span {
	if t := strings.TrimSpace(d.Title); t != "" {
		return theirs(t, Strong)
	}
	return ours(Untitled, Strong)
}

func dateRow(label string, t time.Time, format func(time.Time) string) Row {
	r := Row{Label: say(label), Missing: say(notSet)}
	if !t.IsZero() {
		r.Value = []Span{theirs(format(t), Strong)}
	}
	return r
}

// text is a row of the people's own words, or the missing words; ok is
// false when there is nothing to show at all.
func text(label, value, missing string) (Row, bool) {
	r := Row{Label: say(label)}
	if missing != "" {
		r.Missing = say(missing)
	}
	if value = strings.TrimSpace(value); value != "" {
		r.Value = []Span{theirs(value, Plain)}
	}
	return r, !r.Empty() || missing != ""
}

// addText appends the row made by text when it has anything to show.
func addText(rows []Row, label, value, missing string) []Row {
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
	{"Yes", func(s Status) bool { return s == StatusYes }},
	{"Let's try", func(s Status) bool { return s == StatusTry }},
	{"Not this time", func(s Status) bool { return s == StatusNotThisTime }},
	{"Undecided", func(s Status) bool { return s != StatusYes && s != StatusTry && s != StatusNotThisTime }},
}

// scenePart is part 1: the activities by status, and beside them how, how
// long, where and who.
func scenePart(d Document) Part {
	p := Part{Section: SectionActivities, Number: "1", Title: say(SectionActivities.Label()), Empty: say("No activities written yet.")}
	for _, g := range statusGroups {
		r := Row{Label: say(g.title), List: true}
		var names []string
		for _, a := range d.Scene.Activities {
			if a.Blank() || !g.match(a.Status) {
				continue
			}
			names = append(names, capFirst(a.Label()))
			r.Items = append(r.Items, activitySpans(d, a))
		}
		if len(names) == 0 {
			continue
		}
		if g.title == "Not this time" {
			r.List, r.Items, r.Value = false, nil, []Span{theirs(strings.Join(names, ", "), Plain)}
		}
		p.Rows = append(p.Rows, r)
	}
	s := d.Scene
	p.Aside = addText(p.Aside, SectionIntensity.Label(), intensityText(s), "")
	p.Aside = addText(p.Aside, SectionDuration.Label(), durationText(s), notSet)
	where := capFirst(joinNonEmpty(", ", s.Setting.Place, s.Setting.Room))
	if around := strings.TrimSpace(s.Setting.Around); around != "" {
		where = joinNonEmpty("\n", where, capFirst(around))
	}
	p.Aside = addText(p.Aside, SectionSetting.Label(), where, "")
	label := SectionRoles.Label()
	for _, r := range s.Roles {
		if joinNonEmpty("", r.Role, r.Meaning, r.SceneName) == "" {
			continue
		}
		spans := []Span{theirs(d.NameOf(r.ParticipantID), Strong)}
		if role := strings.TrimSpace(r.Role); role != "" {
			spans = append(spans, theirs(": "+role, Plain))
		}
		if sn := strings.TrimSpace(r.SceneName); sn != "" {
			spans = append(spans, ours(", called \u201c"+sn+"\u201d in the scene", Plain))
		}
		if mean := strings.TrimSpace(r.Meaning); mean != "" {
			spans = append(spans, theirs(". "+capFirst(mean), Quiet))
		}
		p.Aside = append(p.Aside, Row{Label: say(label), Value: spans})
		label = "" // one label over all the roles
	}
	return p
}

// activitySpans is one activity: the name, who gives and receives, its
// note and what to keep in mind.
func activitySpans(d Document, a Activity) []Span {
	spans := []Span{theirs(capFirst(a.Label()), Strong)}
	if who := whoDoesWhat(d, a); who != "" {
		spans = append(spans, ours(" \u2014 "+who, Plain))
	}
	var notes []string
	if a.Status.InScope() {
		notes = append(notes, a.Note)
		if a.LimitsSpeech {
			notes = append(notes, "limits speech: use the non-verbal signal")
		}
		if a.Marks {
			notes = append(notes, "can leave marks")
		}
		if a.Risk == catalog.RiskHigh {
			notes = append(notes, "higher risk: agree what you would do if it goes wrong")
		}
	}
	if n := sentences(notes...); n != "" {
		spans = append(spans, theirs("\n"+n, Quiet))
	}
	return spans
}

// limitsPart is part 2: each person's hard and soft limits, whoever
// receives something first.
func limitsPart(d Document) Part {
	p := Part{Section: SectionLimits, Number: "2", Title: say(SectionLimits.Label())}
	hard, soft := byPerson(d.HardLimitLines()), byPerson(d.SoftLimitLines())
	for _, i := range d.LimitsOrder() {
		id := d.Participants[i].ID
		g := Group{Person: d.DisplayName(i)}
		if len(d.Participants[i].HiddenLimits) > 0 {
			g.Note = say(d.DisplayName(i) + "'s limits from their protected list \u2014 enter " + d.DisplayName(i) + "'s PIN to show.")
		}
		h := Row{Label: say("Hard limits \u2014 never"), Emphasis: Danger, List: true, Band: true, Missing: say("None written")}
		for _, l := range hard[id] {
			h.Items = append(h.Items, []Span{theirs(capFirst(l.Text), Strong)})
		}
		s := Row{Label: say("Soft limits \u2014 only as agreed"), Emphasis: Quiet, List: true, Missing: say("None written")}
		for _, l := range soft[id] {
			item := []Span{theirs(capFirst(l.Text), Plain)}
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
	p := Part{Section: SectionSafewords, Number: "3", Title: say(SectionSafewords.Label()),
		Rule: &Rule{Title: say(SafewordRuleTitle), Text: say(SafewordRule)}}
	word, _ := text("Our safeword", sw.Word, notWritten)
	word.Big = true
	if !word.Empty() {
		word.Value[0].Emphasis = Strong
	}
	signal, _ := text("A signal without words", sw.Signal, notWritten)
	p.Rows = []Row{word, signal}
	if sw.TrafficLight {
		p.Rows = append(p.Rows, Row{Label: say("Traffic light"), List: true, Items: [][]Span{
			{ours("Green", Green), ours(" \u2014 all good, carry on", Plain)},
			{ours("Amber", Amber), ours(" \u2014 ease off, check in, keep going", Plain)},
			{ours("Red", Danger), ours(" \u2014 stop now: the scene is over", Plain)},
		}})
	}
	return p
}

// aftercarePart is part 4: a row for each person, a column for each band,
// saying who gives the care.
func aftercarePart(d Document) Part {
	t := &Table{}
	for _, b := range Bands() {
		t.Columns = append(t.Columns, say(capFirst(b.Label())))
	}
	for _, i := range d.LimitsOrder() {
		a := d.Participants[i].Aftercare
		row := TableRow{Person: d.DisplayName(i), Cells: make([][]Span, len(Bands()))}
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
	return Part{Section: SectionAftercare, Number: "4", Title: say(SectionAftercare.Label()), Table: t}
}

// careSpans is what one band of care says, and who gives it.
func careSpans(d Document, c Care) []Span {
	what := strings.TrimSpace(c.What)
	if what == "" {
		return []Span{ours("\u2014", Quiet)}
	}
	spans := []Span{theirs(capFirst(what), Plain)}
	if len(c.By) > 0 {
		spans = append(spans, ours(" \u2014 from "+namesOf(d, c.By), Quiet))
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
		{"Physical", func(p Participant) string { return p.Physical }},
		{"Drink or drugs", func(p Participant) string { return p.Intoxication }},
		{"Topics to avoid", func(p Participant) string { return p.Emotional.Topics }},
		{"Words to avoid", func(p Participant) string { return p.Emotional.Words }},
		{"Right now", func(p Participant) string { return p.Emotional.Notes }},
	}
	t := &Table{}
	var values []func(p Participant) string
	for _, c := range all {
		for _, p := range d.Participants {
			if strings.TrimSpace(c.value(p)) != "" {
				t.Columns, values = append(t.Columns, say(c.title)), append(values, c.value)
				break
			}
		}
	}
	if len(values) == 0 {
		t.Columns, values = []Words{say(all[0].title)}, []func(Participant) string{all[0].value}
	}
	for _, i := range d.LimitsOrder() {
		p := d.Participants[i]
		row := TableRow{Person: d.DisplayName(i), Cells: make([][]Span, len(values))}
		empty := true
		for col, v := range values {
			if s := strings.TrimSpace(v(p)); s != "" {
				row.Cells[col], empty = []Span{theirs(capFirst(s), Plain)}, false
			}
		}
		if empty {
			row.Cells[0] = []Span{ours("Nothing noted", Quiet)}
		}
		t.Rows = append(t.Rows, row)
	}
	title := SectionPhysical.Label() + " and " + strings.ToLower(SectionEmotional.Label())
	return Part{Section: SectionPhysical, Title: say(title), Table: t}
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
		p.Notes = [][]Span{{ours(SectionSceneDay.Label()+", ask each other: how are you today? ", Strong), ours(SceneDayReminder, Plain)}}
		return p
	}
	r := Row{Label: say(SectionSceneDay.Label())}
	for n, i := range d.LimitsOrder() {
		t := d.Participants[i].Today
		if n > 0 {
			r.Value = append(r.Value, ours(" \u00b7 ", Quiet))
		}
		r.Value = append(r.Value, theirs(d.DisplayName(i)+": ", Strong))
		switch c := t.Concerns(); {
		case len(c) > 0:
			r.Value = append(r.Value, ours(joinNames(c), Danger))
		case t.Fine:
			r.Value = append(r.Value, ours("all well", Plain))
		default:
			r.Value = append(r.Value, ours("not checked yet", Quiet))
		}
		if note := strings.TrimSpace(t.Note); note != "" {
			r.Value = append(r.Value, theirs(" ("+note+")", Plain))
		}
	}
	p.Rows = []Row{r}
	p.Notes = [][]Span{{ours(SceneDayReminder, Quiet)}}
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
	p := &Part{Section: SectionNewFactors, Title: say(SectionNewFactors.Label())}
	for _, i := range d.LimitsOrder() {
		n := d.Participants[i].NewFactors
		g := Group{Person: d.DisplayName(i), Empty: say("Nothing new")}
		g.Rows = addText(g.Rows, "Medication", n.Medication, "")
		g.Rows = addText(g.Rows, "Health", n.Health, "")
		g.Rows = addText(g.Rows, "Recent events", n.Events, "")
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
	p := &Part{Section: SectionExtraction, Title: say(SectionExtraction.Label())}
	who := ""
	if len(e.HandledBy) > 0 {
		who = namesOf(d, e.HandledBy)
	}
	p.Rows = addText(p.Rows, "The signal to leave", signal, notAgreed)
	p.Rows = addText(p.Rows, "Who looks after it", who, notAgreed)
	p.Rows = addText(p.Rows, "The plan", plan, "")
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
	return &Part{Section: SectionSafeCall, Title: say(SectionSafeCall.Label()), Rows: []Row{safeCallRow(s)}}
}

// safeCallRow is the friend's name and what they know, in one row.
func safeCallRow(s SafeCall) Row {
	r := Row{Label: say("A friend who knows"), Missing: say("Nobody named yet")}
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
