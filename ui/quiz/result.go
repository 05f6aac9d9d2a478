package quiz

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/quiz"

	"parleyapp.org/parley/ui/kit"
)

// quizResult is the step that shows a person's latest result.
type quizResult struct {
	taken   *widget.Label
	rows    []quizTraitRow // in the order of quiz.TraitsIn(q.words())
	again   *widget.Button
	share   *widget.Button
	compare *widget.Button
	earlier []*widget.Label // one per earlier result, newest first
}

// quizTraitRow is one trait of a result.
type quizTraitRow struct {
	trait  quiz.Trait
	score  *widget.Label // "72 · high"
	change *widget.Label // "up 8 since last time", empty for a first result
	bar    *quizBar
}

// quizDate is the day in the time zone the time carries: a saved result
// keeps the zone it was taken in, and a result code's date is midnight UTC.
func quizDate(t time.Time) string { return kit.DayDate(t) }

// latest is the person's most recent result; call only when there is one.
func (q *Quiz) latest() quiz.Result { return q.results[len(q.results)-1] }

// showResult shows the latest result, what moved since the one before, and
// the earlier results.
func (q *Quiz) showResult() {
	q.problem.Say("")
	r := q.latest()
	var changes []quiz.TraitChange
	if n := len(q.results); n > 1 {
		changes, _ = quiz.Changes(q.results[n-2], r)
	}
	res := &quizResult{taken: widget.NewLabel(lang.L("Taken on {{.Date}}", map[string]any{"Date": quizDate(r.Taken)}))}
	res.taken.TextStyle.Italic = true
	res.again = widget.NewButtonWithIcon(lang.L("Take the test again"), theme.ViewRefreshIcon(), q.showIntro)
	res.share = widget.NewButtonWithIcon(lang.L("Share my result…"), theme.MailSendIcon(), q.showShare)
	res.compare = widget.NewButtonWithIcon(lang.L("Compare with a partner"), theme.NavigateNextIcon(), q.showCompare)
	res.compare.Importance = widget.HighImportance
	box := []fyne.CanvasObject{
		q.personBar(),
		kit.Heading(lang.L("{{.Name}}'s result", map[string]any{"Name": q.person.Name})),
		res.taken,
		kit.Para(lang.L("Each bar runs from 0 on the left to 100 on the right; the marks divide it into low, middle and high. Neither end is better than the other: each is a different way of enjoying things. In the middle, both ends may ring true at different times.")),
		kit.RightAligned(res.again, res.share, res.compare),
		q.problem,
	}
	for i, t := range quiz.TraitsIn(q.words()) {
		s, _ := r.Score(t.ID)
		row := quizTraitRow{trait: t, score: widget.NewLabel(quizScoreText(s)), change: widget.NewLabel(""), bar: newQuizBar(s.Score, quizBarSolid)}
		row.bar.name = lang.L("{{.Name}}: {{.Score}}", map[string]any{"Name": t.Name, "Score": quizScoreText(s)})
		if changes != nil {
			row.change.SetText(quizChangeText(changes[i]))
		}
		res.rows = append(res.rows, row)
		box = append(box, kit.Spacer(6), row.view(s))
	}
	box = append(box, q.earlierResults(res)...)
	next := widget.NewButtonWithIcon(lang.L("Compare with a partner"), theme.NavigateNextIcon(), q.showCompare)
	next.Importance = widget.HighImportance
	box = append(box, kit.Spacer(8), kit.RightAligned(next))
	q.res = res
	q.setStep(kit.Column(680, box...))
}

func (row quizTraitRow) view(s quiz.TraitScore) fyne.CanvasObject {
	name := widget.NewLabelWithStyle(lang.L(row.trait.Name), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	row.score.TextStyle.Bold = true
	row.change.TextStyle.Italic = true
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(row.change, row.score), name),
		quizIndent(row.bar),
		quizMeaning(row.trait, s.Band),
	)
}

// quizMeaning says what a band of a trait means, in the person's terms.
func quizMeaning(t quiz.Trait, b quiz.Band) fyne.CanvasObject {
	switch b {
	case quiz.BandHigh:
		return kit.Para(t.High)
	case quiz.BandLow:
		return kit.Para(t.Low)
	}
	return kit.Bullets(t.High, t.Low)
}

// quizChangeText says how a trait moved since the result before.
func quizChangeText(c quiz.TraitChange) string {
	switch {
	case c.Delta > 0:
		return kit.Plural(c.Delta, "up {{.N}} since last time", "up {{.N}} since last time", map[string]any{"N": c.Delta})
	case c.Delta < 0:
		return kit.Plural(-c.Delta, "down {{.N}} since last time", "down {{.N}} since last time", map[string]any{"N": -c.Delta})
	}
	return lang.L("the same as last time")
}

// earlierResults lists the results before the latest, newest first, each
// with its scores.
func (q *Quiz) earlierResults(res *quizResult) []fyne.CanvasObject {
	if len(q.results) < 2 {
		return nil
	}
	out := []fyne.CanvasObject{kit.Spacer(8), widget.NewSeparator(), kit.Subheading(lang.L("Earlier results"))}
	for i := len(q.results) - 2; i >= 0; i-- {
		r := q.results[i]
		var parts []string
		for _, t := range quiz.TraitsIn(q.words()) {
			s, _ := r.Score(t.ID)
			parts = append(parts, lang.L("{{.Trait}} {{.Score}}", map[string]any{"Trait": t.Name, "Score": s.Score}))
		}
		l := kit.Para(strings.Join(parts, " · "))
		res.earlier = append(res.earlier, l)
		out = append(out, widget.NewLabelWithStyle(quizDate(r.Taken), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), l)
	}
	return out
}
