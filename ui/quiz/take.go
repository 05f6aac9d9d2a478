package quiz

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/quiz"

	"parleyapp.org/parley/ui/kit"
)

// quizAsk is the step that shows one statement at a time.
type quizAsk struct {
	keys      *quizKeyArea
	counter   *widget.Label
	progress  *kit.ProgressLine // not Fyne's bar: its track is a faded accent, so 2 of 24 looked nearly full
	statement *widget.Label
	scale     [5]*widget.Button // Strongly disagree … Strongly agree
	back      *widget.Button
	next      *widget.Button
	why       *widget.Label // why Next is grey
}

// showIntro says what the test is before it starts.
func (q *Quiz) showIntro() {
	p := q.person
	q.start = widget.NewButtonWithIcon(lang.L("Start"), theme.MediaPlayIcon(), q.begin)
	q.start.Importance = widget.HighImportance
	var names []string
	for _, t := range quiz.TraitsIn(q.words()) {
		names = append(names, t.Name)
	}
	half := (len(names) + 1) / 2
	traits := container.NewGridWithColumns(2, kit.Bullets(names[:half]...), kit.Bullets(names[half:]...))
	keep := lang.L("Only the result is kept, with {{.Name}}'s list; your answers to the statements are not stored.", map[string]any{"Name": p.Name})
	if p.Sealed {
		keep = lang.L("Only the result is kept, with {{.Name}}'s list and locked by the same PIN; your answers to the statements are not stored.", map[string]any{"Name": p.Name})
	}
	box := []fyne.CanvasObject{
		q.personBar(),
		kit.Heading(lang.L("Personality test")),
		kit.Para(lang.L("There are 24 short statements. For each one, choose how much you agree. It takes about five minutes.")),
		kit.Para(lang.L("Your answers give a picture of you on eight traits that matter when two people plan a scene together:")),
		traits,
		kit.Para(lang.L("There are no right or wrong answers, and neither end of a trait is better than the other. Answer as things usually are for you, not as you feel they ought to be.")),
		kit.Para(lang.L("The result is a way to start a conversation with a partner, not a diagnosis: it says nothing about what anyone will agree to.") + " " + keep),
		q.problem,
	}
	actions := []fyne.CanvasObject{q.start}
	if len(q.results) > 0 {
		box = append(box, kit.Para(lang.L("Your earlier results stay, so afterwards you will see what has changed.")))
		actions = append([]fyne.CanvasObject{widget.NewButton(lang.L("Back to my result"), q.showResult)}, actions...)
	}
	box = append(box, kit.Spacer(4), kit.RightAligned(actions...))
	q.setStep(kit.Column(640, box...))
}

// begin starts a fresh test.
func (q *Quiz) begin() {
	q.draft = &quizDraft{answers: quiz.Answers{}}
	q.drafts[q.person.ID] = q.draft
	q.showQuestion()
}

// showQuestion shows the statement the draft is on.
func (q *Quiz) showQuestion() {
	q.problem.Say("")
	q.ask = q.buildAsk()
	q.setStep(q.ask.keys)
	q.updateQuestion()
}

func (q *Quiz) buildAsk() *quizAsk {
	k := &quizAsk{counter: widget.NewLabel(""), progress: kit.NewProgressLine()}
	k.counter.TextStyle.Bold = true
	k.statement = widget.NewLabel("")
	k.statement.Wrapping = fyne.TextWrapWord
	k.statement.SizeName = theme.SizeNameSubHeadingText
	grid := container.NewGridWithColumns(5)
	for i, label := range quiz.ScaleIn(q.words()) {
		v := i + 1
		k.scale[i] = widget.NewButton(quizTwoLines(label), func() { q.answer(v) })
		grid.Add(k.scale[i])
	}
	k.back = widget.NewButtonWithIcon(lang.L("Back"), theme.NavigateBackIcon(), func() { q.move(-1) })
	k.next = widget.NewButtonWithIcon(lang.L("Next"), theme.NavigateNextIcon(), q.forward)
	k.next.IconPlacement = widget.ButtonIconTrailingText
	k.why = kit.DisabledReason()
	hint := kit.Para(lang.L("Keys: 1 to 5 choose an answer, the left arrow goes back, the right arrow or Enter goes on."))
	hint.TextStyle.Italic = true
	page := kit.Column(720,
		q.personBar(),
		kit.Heading(lang.L("Personality test")),
		container.NewBorder(nil, nil, k.counter, nil, k.progress),
		kit.Spacer(12),
		k.statement,
		kit.Spacer(12),
		grid,
		hint,
		q.problem,
		kit.Spacer(8),
		container.NewBorder(nil, nil, k.back, k.next),
		k.why,
	)
	k.keys = newQuizKeyArea(page, q.typedRune, q.typedKey)
	return k
}

// quizTwoLines breaks a label at the space nearest its middle, so five answers
// fit side by side.
func quizTwoLines(s string) string {
	best := -1
	for i, r := range s {
		if r == ' ' && (best < 0 || quizAbs(i-len(s)/2) < quizAbs(best-len(s)/2)) {
			best = i
		}
	}
	if best < 0 {
		return s
	}
	return s[:best] + "\n" + s[best+1:]
}

func quizAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func (q *Quiz) updateQuestion() {
	k, d := q.ask, q.draft
	qs := quiz.QuestionsIn(q.words())
	cur := qs[d.at]
	k.counter.SetText(lang.L("{{.N}} of {{.T}}", map[string]any{"N": d.at + 1, "T": len(qs)}))
	k.progress.SetValue(float64(len(qs)-len(quiz.Missing(d.answers))) / float64(len(qs)))
	k.statement.SetText(lang.L(cur.Text))
	for i, b := range k.scale {
		// The chosen answer has the accent and a tick, so it never
		// depends on colour alone, nor looks like the one under the
		// pointer (theme.go: hoverNote).
		imp, icon := widget.MediumImportance, fyne.Resource(nil)
		if d.answers[cur.ID] == i+1 {
			imp, icon = widget.HighImportance, theme.ConfirmIcon()
		}
		if b.Importance != imp || b.Icon != icon {
			b.Importance, b.Icon = imp, icon
			b.Refresh()
		}
	}
	if d.at == 0 {
		k.back.Disable()
	} else {
		k.back.Enable()
	}
	last := d.at == len(qs)-1
	if last {
		k.next.SetText(lang.L("See my result"))
		k.next.SetIcon(theme.ConfirmIcon())
	} else {
		k.next.SetText(lang.L("Next"))
		k.next.SetIcon(theme.NavigateNextIcon())
	}
	k.next.Importance = widget.MediumImportance
	ready := d.answers[cur.ID] != 0
	if last {
		ready = len(quiz.Missing(d.answers)) == 0
		if ready {
			k.next.Importance = widget.HighImportance
		}
	}
	why := lang.L("Choose an answer above to go on.")
	if last {
		why = lang.L("Choose an answer to every statement to see your result.")
	}
	kit.EnableWhy(k.next, k.why, ready, why)
	k.next.Refresh()
	q.env.Window.Canvas().Focus(k.keys) // keys keep working after a tap
}

// answer records an answer (1-5) to the statement on screen and moves on.
func (q *Quiz) answer(v int) {
	d := q.draft
	qs := quiz.QuestionsIn(q.words())
	d.answers[qs[d.at].ID] = v
	q.env.Touch()
	if d.at < len(qs)-1 {
		d.at++
	}
	q.updateQuestion()
}

func (q *Quiz) move(by int) {
	d := q.draft
	i := d.at + by
	if i < 0 || i >= len(quiz.QuestionsIn(q.words())) {
		return
	}
	d.at = i
	q.env.Touch()
	q.updateQuestion()
}

// forward is Next, or "See my result" on the last statement.
func (q *Quiz) forward() {
	d := q.draft
	qs := quiz.QuestionsIn(q.words())
	if d.answers[qs[d.at].ID] == 0 {
		return
	}
	if d.at < len(qs)-1 {
		q.move(1)
		return
	}
	q.finish()
}

func (q *Quiz) typedRune(r rune) {
	if r >= '1' && r <= '5' {
		q.answer(int(r - '0'))
	}
}

func (q *Quiz) typedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyLeft, fyne.KeyUp:
		q.move(-1)
	case fyne.KeyRight, fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		if !q.ask.next.Disabled() {
			q.forward()
		}
	}
}

// finish scores the answers and saves the result; the answers stay until
// the result is safely kept.
func (q *Quiz) finish() {
	d, p := q.draft, q.person
	r, err := quiz.Score(d.answers, q.env.Now())
	var inc *quiz.IncompleteError
	if errors.As(err, &inc) {
		q.goTo(inc.Missing[0])
		q.problem.Say(lang.L(err.Error()))
		return
	}
	if err != nil {
		q.problem.Say(kit.ErrorSentence(err))
		return
	}
	q.ask.next.Disable()
	v := q.env.Vault()
	q.env.Save(func() error {
		err := v.SaveQuizResult(p, r)
		if err == nil {
			q.env.Do(func() { q.saved(p.ID, r) })
		}
		return err
	}, func(error) {
		q.ask.next.Enable()
		q.problem.Say(lang.L("Your result could not be saved, so your answers are still here. Check that the disk is not full, then choose “See my result” again."))
	})
}

func (q *Quiz) saved(id string, r quiz.Result) {
	delete(q.drafts, id)
	if q.person == nil || q.person.ID != id {
		return // the person moved on to someone else meanwhile
	}
	q.draft = nil
	q.results = append(q.results, r)
	q.showResult()
}

func (q *Quiz) goTo(id quiz.QuestionID) {
	for i, qq := range quiz.QuestionsIn(q.words()) {
		if qq.ID == id {
			q.draft.at = i
		}
	}
	q.updateQuestion()
}

// quizKeyArea wraps a step so that it takes the keyboard: runes and keys go
// to the step's handlers, Tab still moves between its buttons.
type quizKeyArea struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onRune  func(rune)
	onKey   func(*fyne.KeyEvent)
}

func newQuizKeyArea(content fyne.CanvasObject, onRune func(rune), onKey func(*fyne.KeyEvent)) *quizKeyArea {
	k := &quizKeyArea{content: content, onRune: onRune, onKey: onKey}
	k.ExtendBaseWidget(k)
	return k
}

func (k *quizKeyArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(k.content)
}

// AccessibilityLabel names the step that takes the keyboard.
func (k *quizKeyArea) AccessibilityLabel() string {
	return lang.L("Personality test: 1 to 5 choose an answer, the arrows move between statements")
}

// AccessibilityRole: the step holds the statement and its answers.
func (k *quizKeyArea) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }

func (k *quizKeyArea) FocusGained()              {}
func (k *quizKeyArea) FocusLost()                {}
func (k *quizKeyArea) TypedRune(r rune)          { k.onRune(r) }
func (k *quizKeyArea) TypedKey(e *fyne.KeyEvent) { k.onKey(e) }

// Tapped on an empty part of the step gives it the keyboard back.
func (k *quizKeyArea) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(k); c != nil {
		c.Focus(k)
	}
}
