package printout

import (
	"strings"

	"parley/domain/negotiation"
)

// aftercare is part 4: a row for each person and a column for each band,
// saying who gives the care.
func aftercare(f *flow, d negotiation.Document) {
	heading(f, "4", negotiation.SectionAftercare.Label())
	var titles []string
	for _, b := range negotiation.Bands() {
		titles = append(titles, capFirst(b.Label()))
	}
	personTable(f, d, d.LimitsOrder(), titles, func(i, col int) []run {
		a := d.Participants[i].Aftercare
		written := false
		for _, b := range negotiation.Bands() {
			written = written || strings.TrimSpace(a.Band(b).What) != ""
		}
		switch {
		case !written && col == 0:
			return []run{{text: "Not written yet", bold: true, colour: muted}}
		case !written:
			return nil
		}
		return careRuns(d, a.Band(negotiation.Bands()[col]))
	})
}

// careRuns is what one band of care says, and who gives it.
func careRuns(d negotiation.Document, c negotiation.Care) []run {
	what := strings.TrimSpace(c.What)
	if what == "" {
		return []run{{text: "\u2014", colour: muted}}
	}
	runs := []run{{text: capFirst(what), colour: ink}}
	if len(c.By) > 0 {
		runs = append(runs, run{text: " \u2014 from " + namesOf(d, c.By), colour: muted})
	}
	return runs
}

// bodyAndMind is each person's physical conditions and emotional
// landscape: a row for each person, a column for each thing anyone wrote.
func bodyAndMind(f *flow, d negotiation.Document) {
	heading(f, "", negotiation.SectionPhysical.Label()+" and "+strings.ToLower(negotiation.SectionEmotional.Label()))
	all := []struct {
		title string
		value func(p negotiation.Participant) string
	}{
		{"Physical", func(p negotiation.Participant) string { return p.Physical }},
		{"Drink or drugs", func(p negotiation.Participant) string { return p.Intoxication }},
		{"Topics to avoid", func(p negotiation.Participant) string { return p.Emotional.Topics }},
		{"Words to avoid", func(p negotiation.Participant) string { return p.Emotional.Words }},
		{"Right now", func(p negotiation.Participant) string { return p.Emotional.Notes }},
	}
	var titles []string
	var values []func(p negotiation.Participant) string
	for _, c := range all {
		for _, p := range d.Participants {
			if strings.TrimSpace(c.value(p)) != "" {
				titles, values = append(titles, c.title), append(values, c.value)
				break
			}
		}
	}
	if len(titles) == 0 {
		titles, values = []string{"Physical"}, []func(negotiation.Participant) string{all[0].value}
	}
	personTable(f, d, d.LimitsOrder(), titles, func(i, col int) []run {
		p := d.Participants[i]
		empty := true
		for _, v := range values {
			empty = empty && strings.TrimSpace(v(p)) == ""
		}
		if empty && col == 0 {
			return []run{{text: "Nothing noted", colour: muted}}
		}
		if v := strings.TrimSpace(values[col](p)); v != "" {
			return []run{{text: capFirst(v), colour: ink}}
		}
		return nil
	})
}

// SceneDayReminder is printed with the check on the day: what any
// concern means.
const SceneDayReminder = "Unwell, exhausted, a new injury, grief or bad news: scale back or postpone."

// sceneDay is the check on the day in one labelled line: each person's
// answer (or "not checked yet"), then what a concern means. It follows the
// physical and emotional table, so it costs a line or two.
func sceneDay(f *flow, d negotiation.Document) {
	var runs []run
	answered := false
	for _, p := range d.Participants {
		answered = answered || p.Today.Answered()
	}
	if !answered {
		sceneDayQuestion(f)
		return
	}
	for n, i := range d.LimitsOrder() {
		t := d.Participants[i].Today
		if n > 0 {
			runs = append(runs, run{text: " \u00b7 ", colour: muted})
		}
		runs = append(runs, run{text: d.DisplayName(i) + ": ", bold: true, colour: ink})
		switch c := t.Concerns(); {
		case len(c) > 0:
			runs = append(runs, run{text: joinNames(c), bold: true, colour: red})
		case t.Fine:
			runs = append(runs, run{text: "all well", colour: ink})
		default:
			runs = append(runs, run{text: "not checked yet", colour: muted})
		}
		if note := strings.TrimSpace(t.Note); note != "" {
			runs = append(runs, run{text: " (" + note + ")", colour: ink})
		}
	}
	runs = append(runs, run{text: "\n" + SceneDayReminder, colour: muted})
	row(f, 66, negotiation.SectionSceneDay.Label(), runs...)
}

// sceneDayQuestion is, while nobody has done the check on the day, the
// question for the day itself: one line of small type under the physical
// and emotional table, so the paper still asks it (a full row would push
// the realistic first scene off one A4 page).
func sceneDayQuestion(f *flow) {
	f.text(para{size: labelSize, leading: 1.25},
		run{text: negotiation.SectionSceneDay.Label() + ", ask each other: how are you today? ", bold: true, colour: ink},
		run{text: SceneDayReminder, colour: ink})
}

// newFactors is what changed since last time, when anyone wrote any.
func newFactors(f *flow, d negotiation.Document) {
	any := false
	for _, p := range d.Participants {
		any = any || !p.NewFactors.Empty()
	}
	if !any {
		return
	}
	heading(f, "", negotiation.SectionNewFactors.Label())
	people(f, d.LimitsOrder(), func(c *flow, i int) {
		n := d.Participants[i].NewFactors
		subheading(c, name, ink, d.DisplayName(i))
		c.gap(2)
		if n.Empty() {
			c.text(body, run{text: "Nothing new", colour: muted})
			return
		}
		field(c, 66, "Medication", strings.TrimSpace(n.Medication), "")
		field(c, 66, "Health", strings.TrimSpace(n.Health), "")
		field(c, 66, "Recent events", strings.TrimSpace(n.Events), "")
	})
}

// extraction is how to leave a play party, when the document is for one
// or anything was written.
func extraction(f *flow, d negotiation.Document) {
	e := d.Extraction
	signal, plan := clean(e.Signal), clean(e.Plan)
	if d.Template != negotiation.KindPlayParty && signal == "" && plan == "" && len(e.HandledBy) == 0 {
		return
	}
	heading(f, "", negotiation.SectionExtraction.Label())
	who := ""
	if len(e.HandledBy) > 0 {
		who = namesOf(d, e.HandledBy)
	}
	field(f, 110, "The signal to leave", signal, "Not agreed yet")
	field(f, 110, "Who looks after it", who, "Not agreed yet")
	field(f, 110, "The plan", plan, "")
	if d.Template == negotiation.KindPlayParty {
		safeCallRow(f, d.SafeCall)
	}
}

// safeCall is the friend who knows, under its own heading when the
// document is not for a party (a party prints it with leaving).
func safeCall(f *flow, d negotiation.Document) {
	s := d.SafeCall
	if d.Template == negotiation.KindPlayParty || strings.TrimSpace(s.Friend+s.Arrangement) == "" {
		return
	}
	heading(f, "", negotiation.SectionSafeCall.Label())
	safeCallRow(f, s)
}

// safeCallRow is the friend's name and what they know, in one row.
func safeCallRow(f *flow, s negotiation.SafeCall) {
	friend, plan := strings.TrimSpace(s.Friend), strings.TrimSpace(s.Arrangement)
	if friend == "" && plan == "" {
		field(f, 110, "A friend who knows", "", "Nobody named yet")
		return
	}
	runs := []run{{text: friend, bold: true, colour: ink}}
	if plan != "" {
		if friend != "" {
			plan = " \u2014 " + plan
		}
		runs = append(runs, run{text: plan, colour: ink})
	}
	row(f, 110, "A friend who knows", runs...)
}
