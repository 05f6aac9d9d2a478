package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Fyne's own Form, Confirm, Information and Custom dialogs draw their row of
// buttons themselves, as plain widget.Buttons: once Tab has given one of
// them the keyboard, Escape goes to that button (Fyne 2.8 has no
// window-wide key hook while something is focused) and does nothing. So
// Parley builds those three dialogs itself, with the same parts (title,
// message or form, dismiss on the left and confirm on the right, confirm
// in the accent colour) and buttons that hand Escape to the dialog:
//
//   - ShowInformation, ShowConfirm and NewConfirm take the same arguments
//     as Fyne's dialog functions of those names;
//   - NewForm does too, and keeps Fyne's form validation: the confirm
//     button is grey while a field's Validator says no, and a Form's
//     Submit (Enter in a field, SubmitFormOnEnter) does nothing then.
//
//   - NewCustom and NewCustomConfirm take Fyne's arguments too: a body of
//     the caller's with one dismiss button, or a dismiss and a confirm.
//
// Escape in them, wherever the keyboard is, does what the dialog's
// dismiss does; in a form whose fields are DialogEntry values set up with
// EscapeLeaves it asks first once something was typed, as in the fields.
// With nothing focused the window's key handler calls EscapeDialog.

// DialogButton is a button of a kit dialog: Escape on it escapes the
// dialog. (Exported so tests can find it; its Button is the one to tap.)
type DialogButton struct {
	widget.Button
	escape func()
}

func newDialogButton(text string, tapped, escape func()) *DialogButton {
	b := &DialogButton{escape: escape}
	b.Text, b.OnTapped = text, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey gives Escape to the dialog; Return and Enter press the button
// as Space does (pressKey), and everything else goes to the button.
func (b *DialogButton) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && b.escape != nil {
		b.escape()
		return
	}
	b.Button.TypedKey(pressKey(k))
}

// pressKey is Space for Return and Enter. Fyne 2.8's Button presses only
// on Space; in a dialog people press Return on the highlighted button
// ("Keep editing", "Yes") and, with nothing happening, feel stuck.
func pressKey(k *fyne.KeyEvent) *fyne.KeyEvent {
	if k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter {
		return &fyne.KeyEvent{Name: fyne.KeySpace, Physical: k.Physical}
	}
	return k
}

// base is what the kinds share: Fyne's custom dialog without its own
// buttons, a body and a centred row of Parley's buttons. Like Fyne's
// dialogs, Hide and Dismiss answer the callback with false, and the
// callback hears once per showing, however the dialog was closed.
type base struct {
	win      fyne.Window
	d        *dialog.CustomDialog
	dismiss  *DialogButton
	confirm  *DialogButton // nil for an information dialog
	closed   func(bool)
	onClosed []func()
	body     fyne.CanvasObject
	open     bool
}

func newBase(title, confirm, dismiss string, body fyne.CanvasObject, closed func(bool), win fyne.Window) *base {
	b := &base{win: win, closed: closed, body: body}
	b.dismiss = newDialogButton(dismiss, func() { b.close(false) }, b.escape)
	row := []fyne.CanvasObject{b.dismiss}
	if confirm != "" {
		b.confirm = newDialogButton(confirm, func() { b.close(true) }, b.escape)
		b.confirm.Importance = widget.HighImportance
		row = append(row, b.confirm)
	}
	content := container.NewBorder(nil, container.NewCenter(container.NewGridWithRows(1, row...)), nil, nil, body)
	b.d = dialog.NewCustomWithoutButtons(title, newMarker(content, b.escape), win)
	return b
}

// close hides the dialog and tells its callback which button it was.
func (b *base) close(ok bool) {
	b.d.Hide()
	if !b.open {
		return
	}
	b.open = false
	if b.closed != nil {
		b.closed(ok)
	}
	for _, f := range b.onClosed {
		f()
	}
}

// escape is Escape anywhere in the dialog: the fields' own answer where
// the caller gave them one (EscapeLeaves), otherwise the dismiss button's.
func (b *base) escape() {
	var field *DialogEntry
	eachPart(b.body, func(o fyne.CanvasObject) {
		if e, ok := o.(*DialogEntry); ok && field == nil && e.Escape != nil {
			field = e
		}
	})
	if field != nil {
		field.Escape()
		return
	}
	b.close(false)
}

// Show, Hide, Dismiss, Resize, Refresh and MinSize are Fyne's Dialog's:
// a kit dialog can stand wherever a dialog.Dialog does.
func (b *base) Show() {
	b.open = true
	b.d.Show()
}
func (b *base) Hide()                 { b.close(false) }
func (b *base) Dismiss()              { b.close(false) }
func (b *base) Resize(size fyne.Size) { b.d.Resize(size) }
func (b *base) Refresh()              { b.d.Refresh() }
func (b *base) MinSize() fyne.Size    { return b.d.MinSize() }

// SetDismissText relabels the dismiss button.
func (b *base) SetDismissText(text string) { b.dismiss.SetText(text) }

// SetOnClosed adds a call for when the dialog closes, however it closes.
func (b *base) SetOnClosed(f func()) { b.onClosed = append(b.onClosed, f) }

var (
	_ dialog.Dialog = (*Confirm)(nil)
	_ dialog.Dialog = (*Form)(nil)
	_ dialog.Dialog = (*Custom)(nil)
)

// NewCustomWithoutButtons is Fyne's dialog of that name, for a body that
// draws its own buttons (EscButtons), with escape as what Escape anywhere
// in it does: the window's handler and the body's buttons call it when no
// field of the body answers Escape itself (EscapeLeaves).
func NewCustomWithoutButtons(title string, content fyne.CanvasObject, escape func(), parent fyne.Window) dialog.Dialog {
	return dialog.NewCustomWithoutButtons(title, newMarker(content, escape), parent)
}

// marker holds a kit dialog's content, so EscapeDialog can find it.
type marker struct {
	widget.BaseWidget
	content fyne.CanvasObject
	escape  func()
}

func newMarker(content fyne.CanvasObject, escape func()) *marker {
	m := &marker{content: content, escape: escape}
	m.ExtendBaseWidget(m)
	return m
}

// DialogContent is what the dialog shows (its body and its buttons), for
// tests that read a dialog's words.
func (m *marker) DialogContent() fyne.CanvasObject { return m.content }

// CreateRenderer shows the content as it is.
func (m *marker) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(m.content) }

// EscapeDialog escapes the kit dialog on top of c, if the top one is
// one; it reports whether it was. The window's key handler calls it when
// nothing has the keyboard, before EscapeTopDialog.
func EscapeDialog(c fyne.Canvas) bool {
	pop, ok := popUpOf(c.Overlays().Top())
	if !ok {
		return false
	}
	var m *marker
	eachPart(pop.Content, func(o fyne.CanvasObject) {
		if x, ok := o.(*marker); ok && m == nil {
			m = x
		}
	})
	if m == nil {
		return false
	}
	m.escape()
	return true
}

// message is a dialog's wrapped sentence.
func message(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// ShowInformation is Fyne's dialog.ShowInformation with an escape-aware OK.
func ShowInformation(title, text string, parent fyne.Window) {
	b := newBase(title, "", lang.L("OK"), message(text), nil, parent)
	b.Show()
}

// Confirm is a question with two answers (Fyne's dialog.ConfirmDialog).
type Confirm struct{ *base }

// NewConfirm is Fyne's dialog.NewConfirm ("Yes" and "No") with
// escape-aware buttons; callback gets true for the confirm button.
func NewConfirm(title, text string, callback func(bool), parent fyne.Window) *Confirm {
	return &Confirm{newBase(title, lang.L("Yes"), lang.L("No"), message(text), callback, parent)}
}

// ShowConfirm shows NewConfirm's dialog.
func ShowConfirm(title, text string, callback func(bool), parent fyne.Window) {
	NewConfirm(title, text, callback, parent).Show()
}

// SetConfirmText relabels the confirm button.
func (c *Confirm) SetConfirmText(text string) { c.confirm.SetText(text) }

// Confirm answers the dialog as its confirm button does.
func (c *Confirm) Confirm() { c.close(true) }

// NewCustomConfirm is Fyne's dialog.NewCustomConfirm: content above a
// dismiss and a confirm button, both escape-aware.
func NewCustomConfirm(title, confirm, dismiss string, content fyne.CanvasObject, callback func(bool), parent fyne.Window) *Confirm {
	return &Confirm{newBase(title, confirm, dismiss, content, callback, parent)}
}

// Custom is content with one dismiss button (Fyne's dialog.NewCustom).
type Custom struct{ *base }

// NewCustom is Fyne's dialog.NewCustom with an escape-aware dismiss
// button.
func NewCustom(title, dismiss string, content fyne.CanvasObject, parent fyne.Window) *Custom {
	return &Custom{newBase(title, "", dismiss, content, nil, parent)}
}

// SetConfirmImportance sets how the confirm button stands out.
func (c *Confirm) SetConfirmImportance(i widget.Importance) {
	c.confirm.Importance = i
	c.confirm.Refresh()
}

// Form is a dialog of fields (Fyne's dialog.FormDialog).
type Form struct {
	*base
	form *widget.Form
}

// NewForm is Fyne's dialog.NewForm with escape-aware buttons: the confirm
// button is grey while the form does not validate, and callback gets true
// for confirm (or Submit).
func NewForm(title, confirm, dismiss string, items []*widget.FormItem, callback func(bool), parent fyne.Window) *Form {
	form := widget.NewForm(items...)
	f := &Form{base: newBase(title, confirm, dismiss, form, callback, parent), form: form}
	form.SetOnValidationChanged(func(err error) {
		if err != nil {
			f.confirm.Disable()
		} else {
			f.confirm.Enable()
		}
	})
	if form.Validate() != nil {
		f.confirm.Disable()
	}
	return f
}

// Submit confirms the form, as its confirm button does, if it validates.
func (f *Form) Submit() {
	if f.confirm.Disabled() || f.form.Validate() != nil {
		return
	}
	f.close(true)
}

// SubmitFormOnEnter lets Enter in any of the entries submit the form (as
// SubmitOnEnter does for Fyne's own form dialog).
func SubmitFormOnEnter(f *Form, entries ...*widget.Entry) {
	for _, e := range entries {
		e.OnSubmitted = func(string) { f.Submit() }
	}
}
