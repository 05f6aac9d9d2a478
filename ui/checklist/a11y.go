package checklist

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Accessible names and roles (issue 16, item 2) for the widgets this
// screen draws itself, through Fyne 2.8's fyne.Accessible: a screen reader
// that reaches an answer button hears which answer and which activity,
// and whether it is the one chosen, not just "Yes" forty times. (Fyne 2.8
// speaks only on Windows and macOS, with its accessibility build tag.)

// answerButton is one answer on a row.
type answerButton struct {
	widget.Button
	activity string // the row's activity and direction, in words
	answer   string
}

func newAnswerButton(answer string) *answerButton {
	b := &answerButton{answer: answer}
	b.Text = answer
	b.ExtendBaseWidget(b)
	return b
}

func (b *answerButton) AccessibilityLabel() string {
	if b.Importance != widget.MediumImportance {
		return lang.L("{{.Answer}} for {{.Activity}}, chosen", map[string]any{"Answer": b.answer, "Activity": b.activity})
	}
	return lang.L("{{.Answer}} for {{.Activity}}", map[string]any{"Answer": b.answer, "Activity": b.activity})
}

func (b *answerButton) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

func (l *answerList) AccessibilityLabel() string {
	return lang.L("Activities: the arrows move, 1 to 5 answer, Enter goes to the note")
}

func (l *answerList) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }

func (e *noteEntry) AccessibilityLabel() string { return lang.L("Your note on this activity") }

func (e *noteEntry) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// categoryList is the list of categories, named for a screen reader.
type categoryList struct{ widget.List }

func newCategoryList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *categoryList {
	l := &categoryList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *categoryList) AccessibilityLabel() string {
	return lang.L("Categories, with how many of each you have answered")
}

func (l *categoryList) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }
