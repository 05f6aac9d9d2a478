package negotiate

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"

	"parleyapp.org/parley/ui/kit"
)

// safewordsBody is part 3: the rule, the traffic light, the word and the
// signal without words.
func (ed *negEditor) safewordsBody() []fyne.CanvasObject {
	sw := &ed.doc.Safewords
	rule := widget.NewCard("", lang.L(negotiation.SafewordRuleTitle), kit.Para(lang.L(negotiation.SafewordRule)))
	light := widget.NewCheck(lang.L("Use the traffic light"), nil)
	light.SetChecked(sw.TrafficLight)
	light.OnChanged = func(on bool) { sw.TrafficLight = on; ed.changed() }
	ed.fields["safewords/traffic-light"] = light
	colours := container.NewVBox(
		trafficRow(lang.L("Green"), widget.SuccessImportance, lang.L("all good, carry on")),
		trafficRow(lang.L("Amber"), widget.WarningImportance, lang.L("ease off and check in, but keep going")),
		trafficRow(lang.L("Red"), widget.DangerImportance, lang.L("stop now: the scene is over")),
	)
	word := ed.entry("safewords/word", sw.Word, lang.L("A word nobody would say by chance, like pineapple"), func(s string) { sw.Word = s })
	signal := ed.entry("safewords/signal", sw.Signal, lang.L("For example: three taps, or dropping a set of keys"), func(s string) { sw.Signal = s })
	return []fyne.CanvasObject{
		rule,
		light, container.NewPadded(colours),
		kit.Labelled(lang.L("Our safeword"), word),
		kit.Labelled(lang.L("A signal without words"), signal),
		kit.Hint(lang.L("A signal without words is essential whenever speaking may be hard.")),
	}
}

// trafficRow is one colour of the traffic light: its word in its colour,
// then what it means.
func trafficRow(word string, imp widget.Importance, means string) fyne.CanvasObject {
	w := widget.NewLabel(word)
	w.TextStyle.Bold = true
	w.Importance = imp
	m := widget.NewLabel(means)
	m.Wrapping = fyne.TextWrapWord // German's amber is long for an 800 px window
	return container.NewBorder(nil, nil, w, nil, m)
}

// aftercareBody is part 4: for each person, what helps in each of the
// three periods after the scene, and who gives it.
func (ed *negEditor) aftercareBody() []fyne.CanvasObject {
	out := []fyne.CanvasObject{kit.Hint(lang.L("Everyone may need care afterwards, the giver too, and a low can arrive a day or two later. Be specific: what helps, and who gives it."))}
	for _, i := range ed.doc.LimitsOrder() {
		id := ed.doc.Participants[i].ID
		var rows []fyne.CanvasObject
		for _, b := range negotiation.Bands() {
			b := b
			c := ed.doc.Participants[i].Aftercare.Band(b)
			what := ed.multi("aftercare/"+strconv.Itoa(i)+"/"+b.Label(), c.What, lang.L(negotiation.AftercareHint(b)), func(s string) {
				p := ed.person(id)
				c := p.Aftercare.Band(b)
				c.What = s
				p.Aftercare.SetBand(b, c)
			})
			rows = append(rows, widget.NewLabel(kit.Capitalise(lang.L(b.Label()))), container.NewVBox(what, ed.careGivers(id, b)))
		}
		out = append(out, kit.Spacer(4), personName(lang.L("Aftercare for {{.Name}}", map[string]any{"Name": ed.name(i)})), formRows(rows...))
	}
	return out
}

// careGivers is a tick box for each person who could give this care.
func (ed *negEditor) careGivers(id string, b negotiation.Band) fyne.CanvasObject {
	row := container.NewHBox(kit.Quiet(lang.L("Given by:")))
	by := ed.person(id).Aftercare.Band(b).By
	for j, q := range ed.doc.Participants {
		giver := q.ID
		c := widget.NewCheck(ed.name(j), nil)
		c.SetChecked(slices.Contains(by, giver))
		c.OnChanged = func(on bool) {
			p := ed.person(id)
			care := p.Aftercare.Band(b)
			care.By = slices.DeleteFunc(slices.Clone(care.By), func(s string) bool { return s == giver })
			if on {
				care.By = append(care.By, giver)
			}
			p.Aftercare.SetBand(b, care)
			ed.changed()
		}
		row.Add(c)
	}
	return row
}

// physicalBody is each person's physical conditions and their answer
// about drink or drugs, with the health questions the scene raises.
func (ed *negEditor) physicalBody() []fyne.CanvasObject {
	out := []fyne.CanvasObject{kit.Hint(lang.L("Injuries, sensitivities, anything that limits movement, medication or recent changes in health. An old shoulder injury matters a lot in some positions. 'None' is a fine answer."))}
	if cs := negotiation.ConditionsToAsk(ed.doc); len(cs) > 0 {
		var lines []string
		for _, c := range cs {
			lines = append(lines, "•  "+kit.Capitalise(lang.L(c.Ask)))
		}
		out = append(out, kit.Hint(lang.L("With what is in this scene, also ask each other about:")+"\n"+strings.Join(lines, "\n")))
	}
	var rows []fyne.CanvasObject
	for _, i := range ed.doc.LimitsOrder() {
		id := ed.doc.Participants[i].ID
		e := ed.multi("physical/"+strconv.Itoa(i), ed.doc.Participants[i].Physical, lang.L("Anything the others should know about your body"), func(s string) {
			ed.person(id).Physical = s
		})
		intox := ed.entry("physical/"+strconv.Itoa(i)+"/intoxication", ed.doc.Participants[i].Intoxication, lang.L("For example: nothing, or one glass of wine at dinner"), func(s string) {
			ed.person(id).Intoxication = s
		})
		ask := widget.NewLabel(lang.L(negotiation.IntoxicationQuestion))
		ask.Wrapping = fyne.TextWrapWord // one line is 456 px in German, too wide beside the review at 800 px
		rows = append(rows, personName(ed.name(i)), container.NewVBox(e, ask, intox))
	}
	return append(out, formRows(rows...))
}

// emotionalBody is what each person would rather steer clear of.
func (ed *negEditor) emotionalBody() []fyne.CanvasObject {
	out := []fyne.CanvasObject{kit.Hint(lang.L("Topics, words or ways of speaking to avoid, and anything about where you are right now that might make something land badly."))}
	for _, i := range ed.doc.LimitsOrder() {
		id := ed.doc.Participants[i].ID
		em := ed.doc.Participants[i].Emotional
		topics := ed.entry("emotional/"+strconv.Itoa(i), em.Topics, lang.L("For example: family, work, my body"), func(s string) { ed.person(id).Emotional.Topics = s })
		words := ed.entry("", em.Words, lang.L("Words that hurt rather than play"), func(s string) { ed.person(id).Emotional.Words = s })
		notes := ed.multi("", em.Notes, lang.L("Optional: a hard week, something on your mind"), func(s string) { ed.person(id).Emotional.Notes = s })
		out = append(out, kit.Spacer(4), personName(ed.name(i)), formRows(
			widget.NewLabel(lang.L("Topics to avoid")), topics,
			widget.NewLabel(lang.L("Words to avoid")), words,
			widget.NewLabel(lang.L("Right now")), notes))
	}
	return out
}

// showNewFactors: the section is for established partners, or whenever
// something has been written in it.
func (ed *negEditor) showNewFactors() bool {
	if ed.doc.Template == negotiation.KindEstablished {
		return true
	}
	for _, p := range ed.doc.Participants {
		if !p.NewFactors.Empty() {
			return true
		}
	}
	return false
}

// newFactorsBody asks each person what has changed since last time.
func (ed *negEditor) newFactorsBody() []fyne.CanvasObject {
	q := negotiation.NewFactorQuestions()
	out := []fyne.CanvasObject{kit.Hint(lang.L("Ask each other, even if you think you know: an earlier agreement does not stretch to cover what has changed. 'Nothing new' is a fine answer."))}
	for _, i := range ed.doc.LimitsOrder() {
		id := ed.doc.Participants[i].ID
		nf := ed.doc.Participants[i].NewFactors
		med := ed.entry("new-factors/"+strconv.Itoa(i), nf.Medication, "", func(s string) { ed.person(id).NewFactors.Medication = s })
		health := ed.entry("", nf.Health, "", func(s string) { ed.person(id).NewFactors.Health = s })
		events := ed.entry("", nf.Events, "", func(s string) { ed.person(id).NewFactors.Events = s })
		out = append(out, kit.Spacer(4), personName(ed.name(i)),
			kit.Labelled(lang.L(q[0]), med), kit.Labelled(lang.L(q[1]), health), kit.Labelled(lang.L(q[2]), events))
	}
	return out
}

// sceneDayBody is the check on the day: how each person is, with what
// any concern means.
func (ed *negEditor) sceneDayBody() []fyne.CanvasObject {
	out := []fyne.CanvasObject{kit.Hint(lang.L("On the day, before you begin, ask each other: how are you today? Feeling unwell, exhausted, a new injury, or grief or bad news are all good reasons to scale the scene back or postpone it."))}
	for _, i := range ed.doc.LimitsOrder() {
		id := ed.doc.Participants[i].ID
		t := ed.doc.Participants[i].Today
		key := "scene-day/" + strconv.Itoa(i)
		tick := func(part, label string, on bool, set func(*negotiation.SceneDay, bool)) *widget.Check {
			c := widget.NewCheck(label, nil)
			c.SetChecked(on)
			c.OnChanged = func(v bool) { set(&ed.person(id).Today, v); ed.changed() }
			ed.fields[key+"/"+part] = c
			return c
		}
		fine := tick("fine", lang.L("All well today"), t.Fine, func(s *negotiation.SceneDay, v bool) { s.Fine = v })
		ed.fields[key] = fine
		// wrapped, not a grid: five ticks in three columns need 800 px in
		// German ("Kummer oder schlechte Nachrichten"), more than the
		// editor has beside the review in an 800 px window
		ticks := container.New(layout.NewRowWrapLayout(),
			fine,
			tick("unwell", lang.L("Unwell"), t.Unwell, func(s *negotiation.SceneDay, v bool) { s.Unwell = v }),
			tick("exhausted", lang.L("Exhausted"), t.Exhausted, func(s *negotiation.SceneDay, v bool) { s.Exhausted = v }),
			tick("injured", lang.L("A new injury"), t.Injured, func(s *negotiation.SceneDay, v bool) { s.Injured = v }),
			tick("grieving", lang.L("Grief or bad news"), t.Grieving, func(s *negotiation.SceneDay, v bool) { s.Grieving = v }),
		)
		note := ed.entry("", t.Note, lang.L("Optional: anything else about today"), func(s string) { ed.person(id).Today.Note = s })
		out = append(out, personName(ed.name(i)), ticks, note)
	}
	return out
}

// showSafeCall: the section is for a casual partner or a party, or
// whenever something has been written in it.
func (ed *negEditor) showSafeCall() bool {
	s := ed.doc.SafeCall
	return ed.doc.Template == negotiation.KindPlayParty || s.Friend != "" || s.Arrangement != ""
}

// safeCallBody is the friend outside the scene who knows where you are.
func (ed *negEditor) safeCallBody() []fyne.CanvasObject {
	s := &ed.doc.SafeCall
	friend := ed.entry("safe-call/friend", s.Friend, lang.L("A friend's name"), func(v string) { s.Friend = v })
	plan := ed.multi("safe-call/arrangement", s.Arrangement, lang.L("For example: Jo has the address; I message by 11pm, and if I don't, Jo rings, then comes round"), func(v string) { s.Arrangement = v })
	return []fyne.CanvasObject{
		kit.Hint(lang.L("Someone who is not there, who knows where you are and when to expect a message, and what to do if none comes.")),
		formRows(widget.NewLabel(lang.L("Who")), friend, widget.NewLabel(lang.L("What they know")), plan),
	}
}
