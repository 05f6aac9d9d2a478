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

// Quiz is the personality test: pick who is taking it, answer 24
// statements, see the result and how it moved since last time, and compare
// it with a partner's, on this computer or through a result code.
//
// Only results are saved (in the person's own, possibly sealed, rows).
// Answers in progress stay in memory for the session: leaving the screen
// midway and coming back picks up where the person left off, and locking
// Parley forgets them.
type Quiz struct {
	env        kit.Env
	drafts     quizDrafts
	copySecret func(string)
	content    *fyne.Container // the current step
	problem    *kit.Problem

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
	at      int // the statement on screen, an index into the questions
}

// quizDrafts holds the tests in progress, by profile ID.
type quizDrafts map[string]*quizDraft

// Section makes the sidebar's maker for the test. The drafts live as long
// as the sidebar does: Parley builds a new sidebar after every unlock, so
// answers in progress survive a visit to another screen but not a lock.
// copySecret is the shell's clipboard for a result code (taken back after a
// while and at lock).
func Section() func(env kit.Env, copySecret func(string)) kit.Screen {
	drafts := quizDrafts{}
	return func(env kit.Env, copySecret func(string)) kit.Screen { return newQuiz(env, drafts, copySecret) }
}

func newQuiz(env kit.Env, drafts quizDrafts, copySecret func(string)) *Quiz {
	q := &Quiz{env: env, drafts: drafts, copySecret: copySecret, content: container.NewStack(), problem: kit.NewProblem()}
	q.peopleBox = container.NewVBox()
	q.addBtn = widget.NewButtonWithIcon(lang.L("Add a person"), theme.ContentAddIcon(), q.askAdd)
	q.showChooser()
	return q
}

// words are the test's texts in the person's language (the statements,
// traits, scale and comparison sentences: env.Lang).
func (q *Quiz) words() quiz.Words { return q.env.Lang.Quiz() }

// View is the screen's content.
func (q *Quiz) View() fyne.CanvasObject { return q.content }

// Leave keeps nothing extra: answers in progress are already in the drafts.
func (q *Quiz) Leave() {}

func (q *Quiz) setStep(c fyne.CanvasObject) {
	q.content.Objects = []fyne.CanvasObject{c}
	q.content.Refresh()
}

// showChooser asks who is taking the test.
func (q *Quiz) showChooser() {
	q.person, q.results, q.draft = nil, nil, nil
	q.problem.Say("")
	q.setStep(kit.Column(620,
		kit.Heading(lang.L("Personality test")),
		kit.Para(lang.L("Twenty-four short statements, about five minutes. Each of you takes it on your own; then you can put your results side by side.")),
		kit.Subheading(lang.L("Who is taking it?")),
		q.problem,
		q.peopleBox,
		kit.RightAligned(q.addBtn),
	))
	q.listPeople()
}

func (q *Quiz) listPeople() {
	v := q.env.Vault()
	kit.Background(q.env, v.Profiles, func(all []persistence.Profile, err error) {
		if err != nil {
			q.problem.Say(kit.ErrorSentence(err))
			return
		}
		q.personBtn = map[string]*widget.Button{}
		q.peopleBox.Objects = nil
		q.addBtn.Importance = widget.MediumImportance
		if len(all) == 0 {
			q.peopleBox.Add(kit.Para(lang.L("Nobody is here yet. Add yourself to begin; your partner can add themselves too.")))
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
	kit.OpenProfile(q.env, p, q.problem, done, func() {})
}

// opened loads the person's results and goes to where they left off: a
// test in progress, their latest result, or the introduction.
func (q *Quiz) opened(p *persistence.Person) {
	v := q.env.Vault()
	kit.Background(q.env, func() ([]quiz.Result, error) { return v.QuizResults(p) }, func(rs []quiz.Result, err error) {
		if err != nil {
			q.problem.Say(kit.ErrorSentence(err))
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
	name := kit.NewDialogEntry()
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Name"), name)}
	d := kit.NewForm(lang.L("Add a person"), lang.L("Add"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			q.add(name.Text)
		}
	}, q.env.Window)
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(460, 160))
	d.Show()
	kit.EscapeLeaves(q.env.Window, d.Hide, name)
	q.env.Window.Canvas().Focus(name)
}

func (q *Quiz) add(name string) {
	v := q.env.Vault()
	kit.Background(q.env, func() (persistence.Profile, error) {
		return v.AddProfile(persistence.Profile{Name: name})
	}, func(p persistence.Profile, err error) {
		switch {
		case errors.Is(err, persistence.ErrNameRequired):
			q.problem.Say(lang.L("A person needs a name. Please type one and try again."))
			return
		case err != nil:
			q.problem.Say(kit.ErrorSentence(err))
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
