package quiz

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/quiz"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// quizCompare is the step that chooses whom to compare with, then shows
// the comparison.
type quizCompare struct {
	others      *fyne.Container
	otherBtn    map[string]*widget.Button // people on this computer, by profile ID
	code        *kit.PageEntry            // a partner's result code
	page        *container.Scroll         // the step's page, for the wheel over code
	read        *widget.Button
	codeProblem *kit.Problem

	shown *quiz.Comparison // the comparison on screen, nil while choosing
}

// showCompare offers the two ways to compare: someone on this computer, or
// a code from a partner elsewhere.
func (q *Quiz) showCompare() {
	q.problem.Say("")
	c := &quizCompare{others: container.NewVBox(), codeProblem: kit.NewProblem()}
	c.code = kit.NewPageEntry(true, func() *container.Scroll { return c.page })
	c.code.Wrapping = fyne.TextWrapBreak
	c.code.TextStyle.Monospace = true
	c.code.SetPlaceHolder(lang.L("Paste the code here: it starts with PARLEY-QUIZ"))
	c.code.SetMinRowsVisible(3)
	c.read = widget.NewButton(lang.L("Compare with this code"), func() { q.readCode() })
	c.read.Importance = widget.HighImportance
	share := widget.NewButtonWithIcon(lang.L("Share my result…"), theme.MailSendIcon(), q.showShare)
	back := widget.NewButtonWithIcon(lang.L("Back to my result"), theme.NavigateBackIcon(), q.showResult)
	back.Importance = widget.LowImportance
	if q.cmp != nil {
		c.code.SetText(q.cmp.code.Text) // what was pasted before stays
	}
	q.cmp = c
	step := kit.Column(680,
		q.personBar(),
		kit.Heading(lang.L("Compare with a partner")),
		kit.Para(lang.L("Put {{.Name}}'s result beside a partner's to see, trait by trait, where you fit and what is worth talking about. There is no overall score for the two of you.", map[string]any{"Name": q.person.Name})),
		q.problem,
		kit.Subheading(lang.L("Someone on this computer")),
		c.others,
		kit.Spacer(8),
		kit.Subheading(lang.L("A code from your partner")),
		kit.Para(lang.L("If your partner took the test on their own computer, ask them to choose “Share my result” and send you the code. Paste it here.")),
		c.code,
		c.codeProblem,
		kit.RightAligned(c.read),
		kit.Spacer(8),
		kit.Subheading(lang.L("Your own code")),
		kit.Para(lang.L("To let your partner compare on their computer, send them your code.")),
		container.NewHBox(share),
		kit.Spacer(8),
		container.NewHBox(back),
	)
	c.page = kit.ScrollOf(step)
	q.setStep(step)
	q.listOthers()
}

func (q *Quiz) listOthers() {
	v, c, me := q.env.Vault(), q.cmp, q.person.ID
	kit.Background(q.env, v.Profiles, func(all []persistence.Profile, err error) {
		if err != nil {
			q.problem.Say(kit.ErrorSentence(err))
			return
		}
		c.otherBtn = map[string]*widget.Button{}
		c.others.Objects = nil
		for _, p := range all {
			if p.ID == me {
				continue
			}
			b := quizPersonButton(p, func() { q.openProfile(p, q.compareWith) })
			c.otherBtn[p.ID] = b
			c.others.Add(b)
		}
		if len(c.otherBtn) == 0 {
			c.others.Add(kit.Para(lang.L("Nobody else is here yet. Your partner can add themselves on the Personality test screen and take the test on this computer.")))
		}
		c.others.Refresh()
	})
}

// compareWith compares with the latest result of another person here.
func (q *Quiz) compareWith(other *persistence.Person) {
	v := q.env.Vault()
	kit.Background(q.env, func() ([]quiz.Result, error) { return v.QuizResults(other) }, func(rs []quiz.Result, err error) {
		switch {
		case err != nil:
			q.problem.Say(kit.ErrorSentence(err))
		case len(rs) == 0:
			q.problem.Say(lang.L("{{.Name}} has not taken the test yet. They can take it here: choose “Someone else” at the top, then their name.", map[string]any{"Name": other.Name}))
		default:
			q.showComparison(other.Name, rs[len(rs)-1])
		}
	})
}

// readCode compares with the result in a partner's code. A code that
// cannot be read says why, and stays in the box to be corrected.
func (q *Quiz) readCode() {
	c := q.cmp
	r, err := quiz.DecodeResultCode(c.code.Text)
	var ce *quiz.CodeError
	switch {
	case errors.As(err, &ce):
		c.codeProblem.Say(lang.L(ce.Error()))
		return
	case err != nil:
		c.codeProblem.Say(lang.L("This code could not be read. Ask your partner to copy it again and send it to you."))
		return
	}
	c.codeProblem.Say("")
	name := r.Name
	if name == "" {
		name = lang.L("Your partner")
	}
	q.showComparison(name, r)
}

// showComparison shows both results trait by trait, with a sentence and a
// question for each, the care checks and the note that this is a starting
// point, not a verdict.
func (q *Quiz) showComparison(nameB string, b quiz.Result) {
	me := q.latest()
	cmp, err := quiz.CompareIn(q.words(), q.person.Name, me, nameB, b)
	if err != nil {
		q.problem.Say(lang.L("These two results cannot be put side by side. Ask your partner to take the test again and send a new code."))
		return
	}
	q.problem.Say("")
	q.cmp.shown = &cmp
	note := container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(theme.InfoIcon())), nil, kit.Para(lang.L(cmp.Note)))
	box := []fyne.CanvasObject{
		q.personBar(),
		kit.Heading(lang.L("{{.A}} and {{.B}}", map[string]any{"A": cmp.NameA, "B": cmp.NameB})),
		kit.Para(lang.L("{{.A}} took the test on {{.DateA}}; {{.B}} on {{.DateB}}.", map[string]any{"A": cmp.NameA, "DateA": quizDate(me.Taken), "B": cmp.NameB, "DateB": quizDate(b.Taken)})),
		note,
		quizLegend(cmp.NameA, cmp.NameB),
	}
	for _, t := range cmp.Traits {
		fit := widget.NewLabel(t.Fit.LabelIn(q.words()))
		fit.TextStyle.Italic = true
		box = append(box,
			widget.NewSeparator(),
			container.NewBorder(nil, nil, nil, fit, widget.NewLabelWithStyle(t.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
			quizPair(t, cmp.NameA, cmp.NameB),
			kit.Para(t.Sentence),
			quizQuestion(t.Question),
		)
	}
	box = append(box, widget.NewSeparator(), kit.Subheading(lang.L("Looking after each other")))
	for _, c := range cmp.Care {
		box = append(box, kit.Para(c.Sentence), quizQuestion(c.Question), kit.Spacer(4))
	}
	again := widget.NewButton(lang.L("Compare with someone else"), q.showCompare)
	back := widget.NewButtonWithIcon(lang.L("Back to my result"), theme.NavigateBackIcon(), q.showResult)
	box = append(box, kit.Spacer(8), kit.RightAligned(again, back))
	q.setStep(kit.Column(680, box...))
}

// quizQuestion is a question for the two people to talk about.
func quizQuestion(text string) fyne.CanvasObject {
	l := kit.Para(lang.L("To talk about: {{.Q}}", map[string]any{"Q": text}))
	l.TextStyle.Italic = true
	return l
}

// quizShare is the "Share my result" dialog.
type quizShare struct {
	name    *widget.Entry
	code    *widget.Label
	copy    *widget.Button
	copied  *widget.Label
	problem *kit.Problem
}

// showShare shows the latest result as a code to send to a partner, with
// the name it carries (the person's own, which they can change or leave
// out).
func (q *Quiz) showShare() {
	name := kit.NewDialogEntry()
	s := &quizShare{name: &name.Entry, code: widget.NewLabel(""), copied: widget.NewLabel(""), problem: kit.NewProblem()}
	s.code.TextStyle.Monospace = true
	s.code.Wrapping = fyne.TextWrapBreak
	s.code.Selectable = true
	s.copied.Hide()
	var copyObj fyne.CanvasObject
	s.copy, copyObj = kit.NewEscButton(q.env.Window, lang.L("Copy the code"), func() {
		q.copySecret(s.code.Text)
		kit.Say(s.copied, lang.L("Copied. Paste it into a message to your partner within 30 seconds: then Parley clears the clipboard."))
	})
	s.copy.Icon = theme.ContentCopyIcon()
	s.copy.Importance = widget.HighImportance
	r := q.latest()
	s.name.OnChanged = func(name string) { q.updateShare(s, r, name) }
	s.name.SetText(q.person.Name)
	q.share = s
	content := container.NewVBox(
		kit.Para(lang.L("Send this code to your partner in any message. It holds the date and your eight scores, not your answers.")),
		widget.NewForm(widget.NewFormItem(lang.L("Name in the code"), name)),
		kit.Para(lang.L("Your partner sees this name beside your result. Use any name you like, or leave it empty.")),
		s.problem,
		s.code,
		container.NewHBox(copyObj, s.copied),
	)
	d := kit.NewCustom(lang.L("Share my result"), lang.L("Close"), content, q.env.Window)
	name.Escape = d.Hide // the name only labels the code: nothing to lose
	d.Resize(fyne.NewSize(600, 420))
	d.Show()
}

func (q *Quiz) updateShare(s *quizShare, r quiz.Result, name string) {
	r.Name = name
	code, err := quiz.EncodeResultCode(r)
	kit.Say(s.copied, "")
	if err != nil {
		msg := lang.L("This result cannot be turned into a code. Take the test again, then share the new result.")
		var ce *quiz.CodeError
		if errors.As(err, &ce) {
			msg = lang.L(ce.Error())
		}
		s.problem.Say(msg)
		s.code.SetText("")
		s.copy.Disable()
		return
	}
	s.problem.Say("")
	s.code.SetText(code)
	s.copy.Enable()
}
