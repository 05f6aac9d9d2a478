package printout

import (
	"strings"

	"parley/domain/catalog"

	"parley/domain/negotiation"
)

// layoutNegotiation writes the whole document into one strip of ops at
// this scale, width points wide.
func layoutNegotiation(d negotiation.Document, m *measurer, scale, width float64) []op {
	f := newFlow(m, scale, 0, width, 0)
	header(f, d)
	scene(f, d)
	limits(f, d)
	safewords(f, d)
	aftercare(f, d)
	bodyAndMind(f, d)
	sceneDay(f, d)
	newFactors(f, d)
	extraction(f, d)
	safeCall(f, d)
	return f.ops
}

// header is the title and the people on the left, the dates on the
// right.
func header(f *flow, d negotiation.Document) {
	title := d.DisplayTitle()
	var people []string
	for i := range d.Participants {
		people = append(people, person(d, i))
	}
	type date struct{ title, value string }
	dates := []date{
		{"Negotiated on", orNotSet(d.NegotiatedOn.IsZero(), longDate(d.NegotiatedOn))},
		{"Scene on", orNotSet(d.SceneOn.IsZero(), dateAndTime(d.SceneOn))},
		{"Debrief on", orNotSet(d.DebriefOn.IsZero(), dateAndTime(d.DebriefOn))},
	}
	agreed := "Not yet marked as agreed"
	if !d.AgreedOn.IsZero() {
		agreed = "Agreed on " + longDate(d.AgreedOn)
	}
	f.columns([]float64{0.52, 0.48}, columnGap, func(col int, c *flow) {
		if col == 0 {
			c.text(para{size: titleSize, leading: 1.2}, run{text: title, bold: true, colour: ink})
			if len(people) > 0 {
				c.gap(2)
				c.text(para{size: peopleSize, leading: 1.3}, run{text: joinNames(people), colour: ink})
			}
			c.gap(2)
			c.text(note, run{text: agreed, colour: muted})
			return
		}
		c.gap(3)
		for _, dt := range dates {
			colour := ink
			if dt.value == notSet {
				colour = muted
			}
			row(c, 72, dt.title, run{text: dt.value, bold: true, colour: colour})
		}
	})
	f.gap(7)
	f.hrule(ruleGrey, 0.6)
}

const notSet = "Not set yet"

func orNotSet(unset bool, s string) string {
	if unset {
		return notSet
	}
	return s
}

// statusGroups are the groups of activities, in the order printed.
var statusGroups = []struct {
	title string
	match func(negotiation.Status) bool
}{
	{"Yes", func(s negotiation.Status) bool { return s == negotiation.StatusYes }},
	{"Let's try", func(s negotiation.Status) bool { return s == negotiation.StatusTry }},
	{"Not this time", func(s negotiation.Status) bool { return s == negotiation.StatusNotThisTime }},
	{"Undecided", func(s negotiation.Status) bool {
		return s != negotiation.StatusYes && s != negotiation.StatusTry && s != negotiation.StatusNotThisTime
	}},
}

// scene is part 1: the activities on the left, how, how long, where and
// who on the right.
func scene(f *flow, d negotiation.Document) {
	heading(f, "1", negotiation.SectionActivities.Label())
	f.columns([]float64{0.6, 0.4}, columnGap, func(col int, c *flow) {
		if col == 0 {
			activities(c, d)
		} else {
			sceneDetails(c, d)
		}
	})
}

func activities(f *flow, d negotiation.Document) {
	any := false
	for _, g := range statusGroups {
		var acts []negotiation.Activity
		for _, a := range d.Scene.Activities {
			if !a.Blank() && g.match(a.Status) {
				acts = append(acts, a)
			}
		}
		if len(acts) == 0 {
			continue
		}
		any = true
		labelled(f, 54, g.title, func(c *flow) {
			if g.title == "Not this time" {
				var names []string
				for _, a := range acts {
					names = append(names, capFirst(a.Label()))
				}
				c.text(body, run{text: strings.Join(names, ", "), colour: ink})
				return
			}
			for _, a := range acts {
				activity(c, d, a)
			}
		})
		f.gap(3)
	}
	if !any {
		f.text(body, run{text: "No activities written yet.", colour: muted})
	}
}

// activity is one bullet: the name, who gives and receives, its note and
// what to keep in mind.
func activity(f *flow, d negotiation.Document, a negotiation.Activity) {
	runs := []run{{text: capFirst(a.Label()), bold: true, colour: ink}}
	if who := whoDoesWhat(d, a); who != "" {
		runs = append(runs, run{text: " \u2014 " + who, colour: ink})
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
		runs = append(runs, run{text: "\n" + n, colour: muted})
	}
	bullet(f, body, runs...)
}

func sceneDetails(f *flow, d negotiation.Document) {
	const lw = 58
	s := d.Scene
	field(f, lw, negotiation.SectionIntensity.Label(), intensityText(s), "")
	field(f, lw, negotiation.SectionDuration.Label(), durationText(s), notSet)
	where := capFirst(joinNonEmpty(", ", s.Setting.Place, s.Setting.Room))
	if around := strings.TrimSpace(s.Setting.Around); around != "" {
		where = joinNonEmpty("\n", where, capFirst(around))
	}
	field(f, lw, negotiation.SectionSetting.Label(), where, "")
	title := negotiation.SectionRoles.Label()
	for _, r := range s.Roles {
		if joinNonEmpty("", r.Role, r.Meaning, r.SceneName) == "" {
			continue
		}
		runs := []run{{text: d.NameOf(r.ParticipantID), bold: true, colour: ink}}
		if role := strings.TrimSpace(r.Role); role != "" {
			runs = append(runs, run{text: ": " + role, colour: ink})
		}
		if sn := strings.TrimSpace(r.SceneName); sn != "" {
			runs = append(runs, run{text: ", called \u201c" + sn + "\u201d in the scene", colour: ink})
		}
		if mean := strings.TrimSpace(r.Meaning); mean != "" {
			runs = append(runs, run{text: ". " + capFirst(mean), colour: muted})
		}
		row(f, lw, title, runs...)
		title = ""
	}
}
