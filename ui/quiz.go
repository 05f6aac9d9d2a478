package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/quiz"
	"parleyapp.org/parley/persistence"
)

// Quiz is the personality test: pick who is taking it, answer 24
// statements, see the result and how it moved since last time, and compare
// it with a partner's, on this computer or through a result code.
//
// Only results are saved (in the person's own, possibly sealed, rows).
// Answers in progress stay in memory for the session: leaving the screen
// midway and coming back picks up where the person left off, and locking
// Parley forgets them.
type Quiz struct {
	app     *App
	drafts  quizDrafts
	content *fyne.Container // the current step
	problem *problem

	// choosing who takes the test
	peopleBox *fyne.Container
	personBtn map[string]*widget.Button // by profile ID
	addBtn    *widget.Button

	// the person whose test this is
	person  *persistence.Person
	results []quiz.Result // oldest first
	draft   *quizDraft

	start *widget.Button // on the introduction
	ask   *quizAsk       // the statements
	res   *quizResult    // the result
	cmp   *quizCompare   // choosing whom to compare with, and the comparison
	share *quizShare     // the "Share my result" dialog, while open
}

// quizDraft is a test in progress.
type quizDraft struct {
	answers quiz.Answers
	at      int // the statement on screen, an index into quiz.Questions()
}

// quizDrafts holds the tests in progress, by profile ID.
type quizDrafts map[string]*quizDraft

// quizSection makes the sidebar's entry for the test. The drafts live as
// long as the sidebar does: Parley builds a new sidebar after every unlock,
// so answers in progress survive a visit to another screen but not a lock.
func quizSection() func(a *App) screen {
	drafts := quizDrafts{}
	return func(a *App) screen { return newQuiz(a, drafts) }
}

func newQuiz(a *App, drafts quizDrafts) *Quiz {
	q := &Quiz{app: a, drafts: drafts, content: container.NewStack(), problem: newProblem()}
	q.peopleBox = container.NewVBox()
	q.addBtn = widget.NewButtonWithIcon(lang.L("Add a person"), theme.ContentAddIcon(), q.askAdd)
	q.showChooser()
	return q
}

func (q *Quiz) view() fyne.CanvasObject { return q.content }

// leave keeps nothing extra: answers in progress are already in the drafts.
func (q *Quiz) leave() {}

func (q *Quiz) setStep(c fyne.CanvasObject) {
	q.content.Objects = []fyne.CanvasObject{c}
	q.content.Refresh()
}

// showChooser asks who is taking the test.
func (q *Quiz) showChooser() {
	q.person, q.results, q.draft = nil, nil, nil
	q.problem.Say("")
	q.setStep(column(620,
		heading(lang.L("Personality test")),
		para(lang.L("Twenty-four short statements, about five minutes. Each of you takes it on your own; then you can put your results side by side.")),
		subheading(lang.L("Who is taking it?")),
		q.problem,
		q.peopleBox,
		rightAligned(q.addBtn),
	))
	q.listPeople()
}

func (q *Quiz) listPeople() {
	v := q.app.Vault()
	background(v.Profiles, func(all []persistence.Profile, err error) {
		if err != nil {
			q.problem.Say(errorSentence(err))
			return
		}
		q.personBtn = map[string]*widget.Button{}
		q.peopleBox.Objects = nil
		q.addBtn.Importance = widget.MediumImportance
		if len(all) == 0 {
			q.peopleBox.Add(para(lang.L("Nobody is here yet. Add yourself to begin; your partner can add themselves too.")))
			q.addBtn.Importance = widget.HighImportance
		}
		for _, p := range all {
			b := quizPersonButton(p, func() { q.openProfile(p, q.opened) })
			q.personBtn[p.ID] = b
			q.peopleBox.Add(b)
		}
		q.peopleBox.Refresh()
		q.addBtn.Refresh()
	})
}

// quizPersonButton is one person in a list to choose from.
func quizPersonButton(p persistence.Profile, tapped func()) *widget.Button {
	icon, label := theme.AccountIcon(), p.Name
	if p.Sealed {
		icon = theme.VisibilityOffIcon()
		label = lang.L("{{.Name}} (protected by a PIN)", map[string]any{"Name": p.Name})
	}
	b := widget.NewButtonWithIcon(label, icon, tapped)
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// openProfile opens a person through the shared PIN prompt, as the
// checklist does: with their PIN, every time, when their list is sealed.
func (q *Quiz) openProfile(p persistence.Profile, done func(*persistence.Person)) {
	openProfile(q.app, p, q.problem, done, func() {})
}

// opened loads the person's results and goes to where they left off: a
// test in progress, their latest result, or the introduction.
func (q *Quiz) opened(p *persistence.Person) {
	v := q.app.Vault()
	background(func() ([]quiz.Result, error) { return v.QuizResults(p) }, func(rs []quiz.Result, err error) {
		if err != nil {
			q.problem.Say(errorSentence(err))
			return
		}
		q.person, q.results, q.draft = p, rs, q.drafts[p.ID]
		switch {
		case q.draft != nil && len(q.draft.answers) > 0:
			q.showQuestion()
		case len(rs) > 0:
			q.showResult()
		default:
			q.showIntro()
		}
	})
}

func (q *Quiz) askAdd() {
	name := newDialogEntry()
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Name"), name)}
	d := dialog.NewForm(lang.L("Add a person"), lang.L("Add"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			q.add(name.Text)
		}
	}, q.app.win)
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(460, 160))
	d.Show()
	escapeLeaves(q.app.win, d.Hide, name)
	q.app.win.Canvas().Focus(name)
}

func (q *Quiz) add(name string) {
	v := q.app.Vault()
	background(func() (persistence.Profile, error) {
		return v.AddProfile(persistence.Profile{Name: name})
	}, func(p persistence.Profile, err error) {
		switch {
		case errors.Is(err, persistence.ErrNameRequired):
			q.problem.Say(lang.L("A person needs a name. Please type one and try again."))
			return
		case err != nil:
			q.problem.Say(errorSentence(err))
			return
		}
		q.problem.Say("")
		q.openProfile(p, q.opened)
	})
}

// personBar is the strip at the top of every step once a person is chosen.
func (q *Quiz) personBar() fyne.CanvasObject {
	name := widget.NewLabelWithStyle(q.person.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	other := widget.NewButtonWithIcon(lang.L("Someone else"), theme.AccountIcon(), q.showChooser)
	other.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, name, other)
}
