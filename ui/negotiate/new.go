package negotiate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"

	"parleyapp.org/parley/ui/kit"
)

// negStarter is the "New negotiation" page: which kind of scene, and who
// is taking part.
type negStarter struct {
	n       *Negotiate
	content fyne.CanvasObject
	problem *kit.Problem

	kind     negotiation.Kind
	kindBtns []*widget.Button // in the order of negotiation.Templates()
	// agreementBtn chooses a standing agreement (its own kind, apart)
	agreementBtn *widget.Button

	profiles  []persistence.Profile
	checks    []*widget.Check // one per profile
	checkBox  *fyne.Container
	others    []*widget.Entry // people without a profile
	othersBox *fyne.Container
	addOther  *widget.Button
	count     *widget.Label
	start     *widget.Button
	cancel    *widget.Button

	from *fromComparison // nil unless starting from a saved comparison

	// earlier says, for established partners, which agreed document the
	// new one starts from, or that there is none (looked up as people are
	// chosen; looks counts the look-ups so only the last one is shown).
	earlier *widget.Label
	looks   int
	again   *kit.AskAgain // the new-factor questions, while asked
}

// fromComparison is what a saved comparison brings to a new document.
type fromComparison struct {
	names []string // the two people compared, to tick or type for them
	note  string   // a sentence for the top of the page
	fill  func(d *negotiation.Document)
}

// startNew shows the page for a new negotiation; from may be nil.
func (n *Negotiate) startNew(from *fromComparison) {
	n.asked = true
	n.Leave()
	n.ed, n.preview = nil, nil
	n.starter = newNegStarter(n, from)
	n.show(n.starter.content)
}

func newNegStarter(n *Negotiate, from *fromComparison) *negStarter {
	s := &negStarter{n: n, problem: kit.NewProblem(), from: from, kind: negotiation.KindFirstScene}
	kinds := container.NewVBox()
	for _, t := range negotiation.Templates() {
		t := t
		b := widget.NewButtonWithIcon(t.Name, theme.RadioButtonIcon(), func() { s.choose(t.Kind) })
		b.Alignment = widget.ButtonAlignLeading
		s.kindBtns = append(s.kindBtns, b)
		about := kit.Para(lang.L(t.Description) + "\n" + lang.L("Talking it through: {{.Time}}", map[string]any{"Time": lowerFirst(lang.L(t.TalkTime))}))
		kinds.Add(container.NewVBox(b, about))
	}
	// The standing agreement is its own kind of document, not a fifth scene:
	// it stands apart under its own heading.
	ag := negotiation.AgreementTemplate()
	s.agreementBtn = widget.NewButtonWithIcon(lang.L("An agreement for an ongoing dynamic"), theme.RadioButtonIcon(), func() { s.choose(negotiation.KindAgreement) })
	s.agreementBtn.Alignment = widget.ButtonAlignLeading
	agreement := container.NewVBox(
		kit.Spacer(6),
		kit.Subheading(lang.L("Or not one scene, but a dynamic")),
		s.agreementBtn,
		kit.Para(lang.L(ag.Description)+"\n"+lang.L("Talking it through: {{.Time}}", map[string]any{"Time": lowerFirst(lang.L(ag.TalkTime))})),
	)
	s.choose(s.kind)

	s.checkBox = container.NewVBox()
	s.othersBox = container.NewVBox()
	s.addOther = widget.NewButtonWithIcon(lang.L("Add someone else"), theme.ContentAddIcon(), func() { s.addOtherEntry("") })
	s.addOther.Importance = widget.LowImportance
	s.count = widget.NewLabel("")
	s.count.Wrapping = fyne.TextWrapWord
	s.earlier = widget.NewLabel("")
	s.earlier.Wrapping = fyne.TextWrapWord
	s.earlier.Hide()
	s.start = widget.NewButtonWithIcon(lang.L("Start writing"), theme.NavigateNextIcon(), s.create)
	s.start.Importance = widget.HighImportance
	// grey, and saying why, until the people to choose from have loaded
	// (recount takes over then)
	s.start.Disable()
	s.count.SetText(lang.L("Finding the people on this computer…"))
	s.cancel = widget.NewButton(lang.L("Cancel"), n.backToList)

	top := []fyne.CanvasObject{kit.Heading(lang.L("New negotiation"))}
	if from != nil {
		top = append(top, kit.Para(from.note))
	}
	s.content = kit.Column(680, append(top,
		kit.Subheading(lang.L("What is this negotiation for?")),
		kinds,
		agreement,
		kit.Spacer(6),
		kit.Subheading(lang.L("Who is taking part?")),
		kit.Para(lang.L("Choose two to four people. Someone without a list in Parley can simply be typed in.")),
		s.checkBox,
		s.othersBox,
		container.NewHBox(s.addOther),
		s.count,
		s.earlier,
		s.problem,
		kit.RightAligned(s.cancel, s.start),
	)...)
	s.loadProfiles()
	return s
}

// lowerFirst lower-cases the first letter, for a phrase put mid-sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// choose marks one template as chosen.
func (s *negStarter) choose(k negotiation.Kind) {
	s.kind = k
	for i, t := range negotiation.Templates() {
		icon := theme.RadioButtonIcon()
		if t.Kind == k {
			icon = theme.RadioButtonCheckedIcon()
		}
		s.kindBtns[i].SetIcon(icon)
	}
	if s.agreementBtn != nil {
		icon := theme.RadioButtonIcon()
		if k == negotiation.KindAgreement {
			icon = theme.RadioButtonCheckedIcon()
		}
		s.agreementBtn.SetIcon(icon)
	}
	if s.earlier != nil {
		s.lookEarlier()
	}
}

func (s *negStarter) loadProfiles() {
	v := s.n.env.Vault()
	kit.Background(s.n.env, v.Profiles, func(all []persistence.Profile, err error) {
		if err != nil {
			s.problem.Say(kit.ErrorSentence(err))
		}
		s.profiles = all
		wanted := map[string]bool{}
		if s.from != nil {
			for _, name := range s.from.names {
				wanted[strings.ToLower(strings.TrimSpace(name))] = true
			}
		}
		s.checkBox.Objects = nil
		s.checks = nil
		for _, p := range all {
			c := widget.NewCheck(p.Name, func(bool) { s.recount() })
			if wanted[strings.ToLower(p.Name)] {
				c.SetChecked(true)
				delete(wanted, strings.ToLower(p.Name))
			}
			s.checks = append(s.checks, c)
			s.checkBox.Add(c)
		}
		if s.from != nil {
			for _, name := range s.from.names {
				if wanted[strings.ToLower(strings.TrimSpace(name))] {
					s.addOtherEntry(name)
				}
			}
		}
		for len(s.others) < 2-len(all) || len(s.others) == 0 {
			s.addOtherEntry("")
		}
		s.checkBox.Refresh()
		s.recount()
	})
}

// addOtherEntry adds a field for someone without a profile.
func (s *negStarter) addOtherEntry(name string) {
	if len(s.others) >= negotiation.MaxParticipants {
		return
	}
	e := widget.NewEntry()
	e.SetPlaceHolder(lang.L("Name of someone without a list in Parley"))
	e.SetText(name)
	e.OnChanged = func(string) { s.recount() }
	s.others = append(s.others, e)
	s.othersBox.Add(e)
	s.recount()
}

// people lists the chosen people: ticked profiles first, then typed names.
func (s *negStarter) people() []negotiation.Participant {
	var out []negotiation.Participant
	for i, c := range s.checks {
		if c.Checked {
			p := s.profiles[i]
			out = append(out, negotiation.Participant{Name: p.Name, Pronouns: p.Pronouns, ProfileID: p.ID})
		}
	}
	for _, e := range s.others {
		if name := strings.TrimSpace(e.Text); name != "" {
			out = append(out, negotiation.Participant{Name: name})
		}
	}
	return out
}

func (s *negStarter) recount() {
	n := len(s.people())
	switch {
	case n < negotiation.MinParticipants:
		s.count.SetText(lang.L("Choose at least two people."))
		s.start.Disable()
	case n > negotiation.MaxParticipants:
		s.count.SetText(lang.L("A negotiation is for four people at most. Untick someone, or write a separate one with them."))
		s.start.Disable()
	default:
		s.count.SetText(kit.Plural(n, "{{.Count}} person taking part.", "{{.Count}} people taking part.", map[string]any{"Count": n}))
		s.start.Enable()
	}
	if len(s.others) >= negotiation.MaxParticipants || n >= negotiation.MaxParticipants {
		s.addOther.Disable()
	} else {
		s.addOther.Enable()
	}
	s.lookEarlier()
}

// lookEarlier says, for established partners, what the new document
// starts from: the last one these people agreed together, or the
// template when there is none.
func (s *negStarter) lookEarlier() {
	s.looks++
	people := s.people()
	if s.kind != negotiation.KindEstablished || len(people) < negotiation.MinParticipants || len(people) > negotiation.MaxParticipants {
		s.earlier.Hide()
		return
	}
	look, v := s.looks, s.n.env.Vault()
	kit.Background(s.n.env, func() (agreedBefore, error) { return agreedTogether(v, people) }, func(b agreedBefore, err error) {
		if look != s.looks || err != nil {
			return // a later look-up answers; a failure is said when starting
		}
		s.earlier.SetText(earlierWords(people, b))
		s.earlier.Show()
	})
}

// agreedBefore is the document some people last agreed together.
type agreedBefore struct {
	doc   negotiation.Document
	found bool
}

// earlierWords says what an established partners' document starts from.
func earlierWords(people []negotiation.Participant, b agreedBefore) string {
	names := make([]string, len(people))
	for i, p := range people {
		names[i] = p.Name
	}
	data := map[string]any{"Names": kit.JoinWords(names)}
	if !b.found {
		return lang.L("{{.Names}} have no agreed negotiation together in Parley yet, so this one starts from the template.", data)
	}
	data["Title"], data["Date"] = kit.DocTitle(b.doc), kit.LongDate(b.doc.AgreedOn)
	return lang.L("This starts from what {{.Names}} last agreed together, “{{.Title}}” on {{.Date}}: the limits, safewords and aftercare carry over for you to check. First you are asked what is new since then.", data)
}

// agreedTogether finds the document these people last agreed together
// (negotiation.LatestTogether). Only negotiations for as many people,
// with at least one of the same names, are read: a person renamed since
// is still found through the others.
func agreedTogether(v *persistence.Vault, people []negotiation.Participant) (agreedBefore, error) {
	all, err := v.Negotiations()
	if err != nil {
		return agreedBefore{}, err
	}
	var docs []negotiation.Document
	for _, sum := range all {
		if len(sum.People) != len(people) || !shareAName(sum.People, people) {
			continue
		}
		d, ok, err := lastAgreed(v, sum.ID)
		if err != nil {
			return agreedBefore{}, err
		}
		if ok {
			docs = append(docs, d)
		}
	}
	d, ok := negotiation.LatestTogether(docs, people)
	return agreedBefore{d, ok}, nil
}

// lastAgreed reads a negotiation's latest agreed version, if it has one.
func lastAgreed(v *persistence.Vault, id string) (negotiation.Document, bool, error) {
	vs, err := v.Versions(id)
	if err != nil {
		return negotiation.Document{}, false, err
	}
	for i := len(vs) - 1; i >= 0; i-- {
		if vs[i].Agreed {
			d, err := v.Version(id, vs[i].N)
			return d, err == nil, err
		}
	}
	return negotiation.Document{}, false, nil
}

func shareAName(names []string, people []negotiation.Participant) bool {
	for _, n := range names {
		for _, p := range people {
			if strings.EqualFold(strings.TrimSpace(n), strings.TrimSpace(p.Name)) {
				return true
			}
		}
	}
	return false
}

// templateDoc starts a document of this kind for these people.
func templateDoc(k negotiation.Kind, people []negotiation.Participant, n *Negotiate) negotiation.Document {
	now := n.env.Now()
	switch k {
	case negotiation.KindFirstScene:
		d := negotiation.FirstScene(people, now)
		// The template's length, written in the person's language (the
		// template's own text is English); the minutes stay the template's.
		d.Scene.DurationText = minutesWords(d.Scene.DurationMinutes)
		return d
	case negotiation.KindEstablished:
		return negotiation.Established(people, now)
	case negotiation.KindPlayParty:
		return negotiation.PlayParty(people, now)
	case negotiation.KindAgreement:
		return negotiation.NewAgreement(people, now)
	}
	return negotiation.New(people, now)
}

// create keeps the new document and opens it in the editor. Established
// partners with an agreed document together start from it, after the
// questions about what is new since then.
func (s *negStarter) create() {
	people := s.people()
	if len(people) < negotiation.MinParticipants || len(people) > negotiation.MaxParticipants {
		s.recount() // the line above the buttons says who is still to choose
		return
	}
	if s.kind != negotiation.KindEstablished {
		s.keep(templateDoc(s.kind, people, s.n))
		return
	}
	s.start.Disable()
	v := s.n.env.Vault()
	kit.Background(s.n.env, func() (agreedBefore, error) { return agreedTogether(v, people) }, func(b agreedBefore, err error) {
		s.start.Enable()
		switch {
		case err != nil:
			s.problem.Say(kit.ErrorSentence(err))
		case !b.found:
			s.earlier.SetText(earlierWords(people, b))
			s.earlier.Show()
			s.keep(templateDoc(s.kind, people, s.n))
		default:
			s.askWhatIsNew(people, b.doc)
		}
	})
}

// askWhatIsNew asks the new-factor questions beside the document these
// people last agreed, then starts the new one from it.
func (s *negStarter) askWhatIsNew(people []negotiation.Participant, prev negotiation.Document) {
	n := s.n
	s.again = kit.NewAskAgain(s.n.env.Lang, lang.L("What is new since last time?"),
		[]string{lang.L("This new negotiation starts from what you agreed on {{.Date}}: the limits, safewords and aftercare carry over, and you change together what is different this time. That document stays as it was.", map[string]any{"Date": kit.LongDate(prev.AgreedOn)})},
		prev, lang.L("Last time: {{.Title}}", map[string]any{"Title": kit.DocTitle(prev)}),
		lang.L("Back to the new negotiation"), func() { s.again = nil; n.show(s.content) },
		func(answers []negotiation.NewFactors) {
			doc := negotiation.EstablishedFrom(prev, people, n.env.Now())
			doc.AnswerNewFactors(answers)
			s.keep(doc)
		})
	n.show(s.again.Content)
}

// keep saves the new document (with what a comparison brings) and opens
// it in the editor.
func (s *negStarter) keep(doc negotiation.Document) {
	if s.from != nil {
		s.from.fill(&doc)
	}
	s.start.Disable()
	say := s.problem.Say
	if s.again != nil {
		s.again.Start.Disable()
		say = s.again.Problem.Say
	}
	v := s.n.env.Vault()
	kit.Background(s.n.env, func() (string, error) { return v.CreateNegotiation(doc) }, func(id string, err error) {
		if err != nil {
			say(kit.ErrorSentence(err))
			s.start.Enable()
			if s.again != nil {
				s.again.Start.Enable()
			}
			return
		}
		s.n.edit(id, doc)
	})
}
