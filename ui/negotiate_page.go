package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/domain/negotiation"
)

// pageText is the preview of the printed page: the same sections in the
// same order as printout.Negotiation, as rich text.
type pageText struct {
	doc  negotiation.Document
	segs []widget.RichTextSegment
}

func previewSegments(d negotiation.Document) []widget.RichTextSegment {
	p := &pageText{doc: d}
	p.header()
	p.scene()
	p.limits()
	p.safewords()
	p.aftercare()
	p.bodyAndMind()
	p.sceneDay()
	p.newFactors()
	p.extraction()
	p.safeCall()
	return endLines(p.segs)
}

var (
	plainInline  = widget.RichTextStyleInline
	strongInline = widget.RichTextStyleStrong
	quietInline  = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}
	redStrong    = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameError, TextStyle: fyne.TextStyle{Bold: true}}
)

func seg(style widget.RichTextStyle, text string) *widget.TextSegment {
	return &widget.TextSegment{Style: style, Text: text}
}

// block is a style that ends its line. Fyne's heading styles are inline,
// so without this a heading and the line after it are drawn as one.
func block(style widget.RichTextStyle) widget.RichTextStyle {
	style.Inline = false
	return style
}

func (p *pageText) add(s ...widget.RichTextSegment) { p.segs = append(p.segs, s...) }

// paragraph turns runs into one paragraph: every run inline but the
// last, which ends the line (RichText breaks after a block segment).
func paragraph(runs []*widget.TextSegment) *widget.ParagraphSegment {
	texts := make([]widget.RichTextSegment, len(runs))
	for i, r := range runs {
		if i == len(runs)-1 {
			end := *r
			end.Style.Inline = false
			r = &end
		}
		texts[i] = r
	}
	return &widget.ParagraphSegment{Texts: texts}
}

// line is one paragraph made of runs.
func (p *pageText) line(runs ...*widget.TextSegment) { p.add(paragraph(runs)) }

// bullets is a list, each item a paragraph of runs.
func (p *pageText) bullets(items [][]*widget.TextSegment) {
	if len(items) == 0 {
		return
	}
	list := &widget.ListSegment{}
	for _, runs := range items {
		list.Items = append(list.Items, paragraph(runs))
	}
	p.add(list)
}

func (p *pageText) part(number, title string) {
	p.add(&widget.SeparatorSegment{})
	if number != "" {
		title = number + "   " + title
	}
	p.add(seg(block(widget.RichTextStyleSubHeading), title))
}

// field is "Label: value", or "Label: Not set yet" in a quiet voice.
func (p *pageText) field(label, value string) {
	if strings.TrimSpace(value) == "" {
		p.line(seg(strongInline, label+": "), seg(quietInline, lang.L("Not set yet")))
		return
	}
	p.line(seg(strongInline, label+": "), seg(plainInline, strings.TrimSpace(value)))
}

func (p *pageText) person(i int) string {
	name := p.doc.DisplayName(i)
	if pr := strings.TrimSpace(p.doc.Participants[i].Pronouns); pr != "" {
		name += " (" + pr + ")"
	}
	return name
}

func (p *pageText) names(ids []string) string {
	var out []string
	for _, id := range ids {
		out = append(out, p.doc.NameOf(id))
	}
	return joinWords(out)
}

func (p *pageText) header() {
	d := p.doc
	p.add(seg(block(widget.RichTextStyleHeading), negotiationTitle(d.Title, nil)))
	var people []string
	for i := range d.Participants {
		people = append(people, p.person(i))
	}
	if len(people) > 0 {
		p.line(seg(plainInline, joinWords(people)))
	}
	date := func(label string, t interface{ IsZero() bool }, text string) {
		if t.IsZero() {
			text = ""
		}
		p.field(label, text)
	}
	date(lang.L("Talked it through on"), d.NegotiatedOn, d.NegotiatedOn.Format("Monday 2 January 2006"))
	date(lang.L("The scene is on"), d.SceneOn, longDate(d.SceneOn))
	date(lang.L("Debrief on"), d.DebriefOn, longDate(d.DebriefOn))
	if d.AgreedOn.IsZero() {
		p.line(seg(quietInline, lang.L("Not yet marked as agreed")))
	} else {
		p.line(seg(strongInline, lang.L("Agreed on {{.Date}}", map[string]any{"Date": longDate(d.AgreedOn)})))
	}
}

func (p *pageText) scene() {
	d := p.doc
	p.part("1", lang.L(negotiation.SectionActivities.Label()))
	found := false
	for _, st := range []negotiation.Status{negotiation.StatusYes, negotiation.StatusTry, negotiation.StatusNotThisTime, ""} {
		var items [][]*widget.TextSegment
		var names []string
		for _, a := range d.Scene.Activities {
			if a.Blank() || !sameGroup(a.Status, st) {
				continue
			}
			names = append(names, capitalise(a.Label()))
			runs := []*widget.TextSegment{seg(strongInline, capitalise(a.Label()))}
			if who := p.who(a); who != "" {
				runs = append(runs, seg(plainInline, " — "+who))
			}
			if n := strings.TrimSpace(a.Note); n != "" {
				runs = append(runs, seg(quietInline, ". "+capitalise(n)))
			}
			items = append(items, runs)
		}
		if len(names) == 0 {
			continue
		}
		found = true
		if st == negotiation.StatusNotThisTime {
			p.line(seg(strongInline, statusWord(st)+": "), seg(plainInline, strings.Join(names, ", ")))
			continue
		}
		title := statusWord(st)
		if st == "" {
			title = lang.L("Undecided")
		}
		p.line(seg(strongInline, title))
		p.bullets(items)
	}
	if !found {
		p.line(seg(quietInline, lang.L("No activities written yet.")))
	}
	s := d.Scene
	p.field(lang.L(negotiation.SectionIntensity.Label()), intensityWords(s))
	dur := strings.TrimSpace(s.DurationText)
	if dur == "" && s.Minutes() > 0 {
		dur = minutesWords(s.Minutes())
	}
	p.field(lang.L(negotiation.SectionDuration.Label()), capitalise(dur))
	where := strings.Join(nonEmpty(s.Setting.Place, s.Setting.Room), ", ")
	if around := strings.TrimSpace(s.Setting.Around); around != "" {
		where = strings.Join(nonEmpty(capitalise(where), capitalise(around)), ". ")
	}
	p.field(lang.L(negotiation.SectionSetting.Label()), capitalise(where))
	for _, r := range s.Roles {
		if strings.TrimSpace(r.Role+r.SceneName+r.Meaning) == "" {
			continue
		}
		text := strings.TrimSpace(r.Role)
		if sn := strings.TrimSpace(r.SceneName); sn != "" {
			text = strings.Join(nonEmpty(text, lang.L("called “{{.Name}}” in the scene", map[string]any{"Name": sn})), ", ")
		}
		if m := strings.TrimSpace(r.Meaning); m != "" {
			text = strings.Join(nonEmpty(text, capitalise(m)), ". ")
		}
		p.field(d.NameOf(r.ParticipantID), text)
	}
}

func sameGroup(s, group negotiation.Status) bool {
	if group == "" {
		return s != negotiation.StatusYes && s != negotiation.StatusTry && s != negotiation.StatusNotThisTime
	}
	return s == group
}

func nonEmpty(parts ...string) []string {
	var out []string
	for _, s := range parts {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// who says who gives and receives an activity, "" when not decided.
func (p *pageText) who(a negotiation.Activity) string {
	if a.Together {
		return lang.L("together")
	}
	var parts []string
	if len(a.Givers) > 0 {
		parts = append(parts, lang.L("{{.Names}} giving", map[string]any{"Names": p.names(a.Givers)}))
	}
	if len(a.Receivers) > 0 {
		parts = append(parts, lang.L("{{.Names}} receiving", map[string]any{"Names": p.names(a.Receivers)}))
	}
	return strings.Join(parts, ", ")
}

// intensityWords writes "Light and steady", "Medium, varying".
func intensityWords(s negotiation.Scene) string {
	level := map[negotiation.Intensity]string{
		negotiation.IntensityLight: lang.L("Light"), negotiation.IntensityMedium: lang.L("Medium"), negotiation.IntensityIntense: lang.L("Intense"),
	}[s.Intensity]
	pace := map[negotiation.Pace]string{negotiation.PaceSteady: lang.L("steady"), negotiation.PaceVarying: lang.L("varying")}[s.Pace]
	switch {
	case level != "" && pace != "":
		return lang.L("{{.Level}} and {{.Pace}}", map[string]any{"Level": level, "Pace": pace})
	case level != "":
		return level
	}
	return capitalise(pace)
}

func (p *pageText) limits() {
	d := p.doc
	p.part("2", lang.L(negotiation.SectionLimits.Label()))
	hard, soft := d.HardLimitLines(), d.SoftLimitLines()
	for _, i := range d.LimitsOrder() {
		id := d.Participants[i].ID
		p.line(seg(strongInline, d.DisplayName(i)))
		if len(d.Participants[i].HiddenLimits) > 0 {
			p.line(seg(quietInline, hiddenLimitsLine(d.DisplayName(i))))
		}
		p.line(seg(redStrong, lang.L("Hard limits: never")))
		var items [][]*widget.TextSegment
		for _, l := range hard {
			if l.ParticipantID == id {
				items = append(items, []*widget.TextSegment{seg(redStrong, capitalise(l.Text))})
			}
		}
		if len(items) == 0 {
			p.line(seg(quietInline, lang.L("None written")))
		}
		p.bullets(items)
		p.line(seg(strongInline, lang.L("Soft limits: only as agreed")))
		items = nil
		for _, l := range soft {
			if l.ParticipantID == id {
				runs := []*widget.TextSegment{seg(plainInline, capitalise(l.Text))}
				if l.Condition != "" {
					runs = append(runs, seg(quietInline, " — "+l.Condition))
				}
				items = append(items, runs)
			}
		}
		if len(items) == 0 {
			p.line(seg(quietInline, lang.L("None written")))
		}
		p.bullets(items)
	}
}

func (p *pageText) safewords() {
	sw := p.doc.Safewords
	p.part("3", lang.L(negotiation.SectionSafewords.Label()))
	p.line(seg(strongInline, lang.L(negotiation.SafewordRuleTitle)))
	p.line(seg(plainInline, lang.L(negotiation.SafewordRule)))
	p.field(lang.L("Our safeword"), sw.Word)
	p.field(lang.L("A signal without words"), sw.Signal)
	if sw.TrafficLight {
		p.line(seg(strongInline, lang.L("Traffic light")))
		p.bullets([][]*widget.TextSegment{
			{seg(widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameSuccess, TextStyle: fyne.TextStyle{Bold: true}}, lang.L("Green")), seg(plainInline, " — "+lang.L("all good, carry on"))},
			{seg(widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}}, lang.L("Amber")), seg(plainInline, " — "+lang.L("ease off and check in, but keep going"))},
			{seg(redStrong, lang.L("Red")), seg(plainInline, " — "+lang.L("stop now: the scene is over"))},
		})
	}
}

func (p *pageText) aftercare() {
	d := p.doc
	p.part("4", lang.L(negotiation.SectionAftercare.Label()))
	for _, i := range d.LimitsOrder() {
		p.line(seg(strongInline, d.DisplayName(i)))
		var items [][]*widget.TextSegment
		for _, b := range negotiation.Bands() {
			c := d.Participants[i].Aftercare.Band(b)
			runs := []*widget.TextSegment{seg(strongInline, capitalise(lang.L(b.Label()))+": ")}
			if strings.TrimSpace(c.What) == "" {
				runs = append(runs, seg(quietInline, lang.L("Not written yet")))
			} else {
				runs = append(runs, seg(plainInline, strings.TrimSpace(c.What)))
				if len(c.By) > 0 {
					runs = append(runs, seg(quietInline, " — "+lang.L("from {{.Names}}", map[string]any{"Names": p.names(c.By)})))
				}
			}
			items = append(items, runs)
		}
		p.bullets(items)
	}
}

func (p *pageText) bodyAndMind() {
	d := p.doc
	p.part("", lang.L("Physical conditions and emotional landscape"))
	for _, i := range d.LimitsOrder() {
		q := d.Participants[i]
		var items [][]*widget.TextSegment
		for _, f := range []struct{ label, value string }{
			{lang.L("Physical"), q.Physical},
			{lang.L("Drink or drugs"), q.Intoxication},
			{lang.L("Topics to avoid"), q.Emotional.Topics},
			{lang.L("Words to avoid"), q.Emotional.Words},
			{lang.L("Right now"), q.Emotional.Notes},
		} {
			if v := strings.TrimSpace(f.value); v != "" {
				items = append(items, []*widget.TextSegment{seg(strongInline, f.label+": "), seg(plainInline, v)})
			}
		}
		p.line(seg(strongInline, d.DisplayName(i)))
		if len(items) == 0 {
			p.line(seg(quietInline, lang.L("Nothing noted")))
		}
		p.bullets(items)
	}
}

func (p *pageText) newFactors() {
	d := p.doc
	found := false
	for _, q := range d.Participants {
		found = found || !q.NewFactors.Empty()
	}
	if !found {
		return
	}
	p.part("", lang.L(negotiation.SectionNewFactors.Label()))
	for _, i := range d.LimitsOrder() {
		n := d.Participants[i].NewFactors
		p.line(seg(strongInline, d.DisplayName(i)))
		if n.Empty() {
			p.line(seg(quietInline, lang.L("Nothing new")))
			continue
		}
		var items [][]*widget.TextSegment
		for _, f := range []struct{ label, value string }{
			{lang.L("Medication"), n.Medication}, {lang.L("Health"), n.Health}, {lang.L("Recent events"), n.Events},
		} {
			if v := strings.TrimSpace(f.value); v != "" {
				items = append(items, []*widget.TextSegment{seg(strongInline, f.label+": "), seg(plainInline, v)})
			}
		}
		p.bullets(items)
	}
}

func (p *pageText) extraction() {
	d := p.doc
	e := d.Extraction
	clean := func(s, example string) string {
		if s = strings.TrimSpace(s); s == example {
			return ""
		}
		return s
	}
	signal, plan := clean(e.Signal, negotiation.ExtractionSignalExample), clean(e.Plan, negotiation.ExtractionPlanExample)
	if d.Template != negotiation.KindPlayParty && signal == "" && plan == "" && len(e.HandledBy) == 0 {
		return
	}
	p.part("", lang.L(negotiation.SectionExtraction.Label()))
	p.field(lang.L("The signal to leave"), signal)
	p.field(lang.L("Who looks after it"), p.names(e.HandledBy))
	if plan != "" {
		p.field(lang.L("The plan"), plan)
	}
}

// hiddenLimitButtons offers, for each person whose limits are still sealed
// to their protected list, a button that asks for that list's PIN (ask
// gets the list's profile ID).
func hiddenLimitButtons(doc negotiation.Document, ask func(profile string)) []*widget.Button {
	var out []*widget.Button
	for i, part := range doc.Participants {
		if len(part.HiddenLimits) == 0 {
			continue
		}
		profile := part.ProfileID
		out = append(out, widget.NewButtonWithIcon(lang.L("Show {{.Name}}'s limits…", map[string]any{"Name": doc.DisplayName(i)}), theme.VisibilityIcon(), func() { ask(profile) }))
	}
	return out
}

// hiddenLimitsLine stands in for limits still sealed to a protected list:
// never their content.
func hiddenLimitsLine(name string) string {
	return lang.L("{{.Name}}'s limits from their protected list — enter {{.Name}}'s PIN to show.", map[string]any{"Name": name})
}

// sceneDay is each person's check on the day, or the question for the
// day while nobody has answered it.
func (p *pageText) sceneDay() {
	d := p.doc
	answered := false
	for _, q := range d.Participants {
		answered = answered || q.Today.Answered()
	}
	if !answered {
		p.line(seg(strongInline, lang.L("On the day, ask each other: how are you today?")+" "), seg(plainInline, lang.L(negotiation.SceneDayReminder)))
		return
	}
	p.part("", lang.L(negotiation.SectionSceneDay.Label()))
	for _, i := range d.LimitsOrder() {
		t := d.Participants[i].Today
		text, style := lang.L("not checked yet"), quietInline
		if c := t.Concerns(); len(c) > 0 {
			var words []string
			for _, w := range c {
				words = append(words, lang.L(w))
			}
			text, style = joinWords(words), redStrong
		} else if t.Fine {
			text, style = lang.L("all well"), plainInline
		}
		runs := []*widget.TextSegment{seg(strongInline, d.DisplayName(i)+": "), seg(style, text)}
		if n := strings.TrimSpace(t.Note); n != "" {
			runs = append(runs, seg(plainInline, " ("+n+")"))
		}
		p.line(runs...)
	}
	p.line(seg(quietInline, lang.L(negotiation.SceneDayReminder)))
}

// safeCall is the friend who knows, for a party or whenever written.
func (p *pageText) safeCall() {
	d := p.doc
	s := d.SafeCall
	if d.Template != negotiation.KindPlayParty && strings.TrimSpace(s.Friend+s.Arrangement) == "" {
		return
	}
	p.part("", lang.L(negotiation.SectionSafeCall.Label()))
	p.field(lang.L("Who"), s.Friend)
	if strings.TrimSpace(s.Arrangement) != "" {
		p.field(lang.L("What they know"), s.Arrangement)
	}
}
