package compare

import (
	"errors"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/internal/atomicfile"
	"parleyapp.org/parley/invite"
	"parleyapp.org/parley/ui/kit"
)

// codeOut shows a code to send: its text (read-only, so it can be
// selected but not changed by accident), Copy, and Save as a file.
type codeOut struct {
	content fyne.CanvasObject
	msg     match.Message
	text    *widget.Entry
	copyBtn *widget.Button
	saveBtn *widget.Button
	status  *widget.Label
}

func newCodeOut(c *Compare, msg match.Message) *codeOut {
	code := introInLanguage(string(msg.Encode()))
	o := &codeOut{msg: msg, text: widget.NewMultiLineEntry(), status: widget.NewLabel("")}
	o.text.TextStyle = fyne.TextStyle{Monospace: true}
	o.text.Wrapping = fyne.TextWrapWord
	o.text.SetMinRowsVisible(7)
	o.text.SetText(code)
	o.text.OnChanged = func(s string) {
		if s != code {
			o.text.SetText(code)
		}
	}
	o.status.Hide()
	o.copyBtn = widget.NewButtonWithIcon(lang.L("Copy"), theme.ContentCopyIcon(), func() {
		c.copySecret(code)
		kit.Say(o.status, lang.L("Copied. Now paste it into your message to your partner (within 30 seconds: then Parley clears the clipboard)."))
	})
	o.saveBtn = widget.NewButtonWithIcon(lang.L("Save as a file…"), theme.DocumentSaveIcon(), func() {
		c.saveFile(msg.Kind().FileName(), func() ([]byte, error) { return []byte(code), nil }, o.status)
	})
	// the status sits under the buttons and wraps: it names a folder
	o.status.Wrapping = fyne.TextWrapWord
	o.content = container.NewVBox(o.text, container.NewHBox(o.copyBtn, o.saveBtn), o.status)
	return o
}

// introInLanguage writes a code's first line, the one for people (match
// ignores it when reading), in the person's language: the partner reads
// it in an email or a messenger. The rest of the code stays as it is.
func introInLanguage(code string) string {
	first, rest, _ := strings.Cut(code, "\n")
	var intro string
	switch first {
	case "A Parley invitation. To answer it, paste all of this into Parley: Compare > With a partner elsewhere.":
		intro = lang.L("A Parley invitation. To answer it, paste all of this into Parley: Compare > With a partner elsewhere.")
	case "A Parley reply. Paste all of this into Parley: Compare > With a partner elsewhere.":
		intro = lang.L("A Parley reply. Paste all of this into Parley: Compare > With a partner elsewhere.")
	case "A Parley result code. Paste all of this into Parley: Compare > With a partner elsewhere.":
		intro = lang.L("A Parley result code. Paste all of this into Parley: Compare > With a partner elsewhere.")
	default:
		return code
	}
	return intro + "\n" + rest
}

// codeIn is a box to paste a code into, with a way to open it from a file.
// What is pasted stays there whatever goes wrong.
type codeIn struct {
	content fyne.CanvasObject
	entry   *widget.Entry     // the field's text: the Entry inside field
	field   *kit.PageEntry    // passes the wheel to page (wheel.go)
	page    *container.Scroll // the page around it, set once it is built
	open    *widget.Button
}

// newCodeIn makes a paste box; opened runs after a file's text was put in it.
func newCodeIn(c *Compare, placeholder string, p *kit.Problem, opened func()) *codeIn {
	in := &codeIn{}
	in.field = kit.NewPageEntry(true, func() *container.Scroll { return in.page })
	in.entry = &in.field.Entry
	in.entry.SetPlaceHolder(placeholder)
	in.entry.TextStyle = fyne.TextStyle{Monospace: true}
	in.entry.Wrapping = fyne.TextWrapWord
	in.entry.SetMinRowsVisible(5)
	in.entry.OnChanged = func(string) { c.env.Touch() }
	in.open = widget.NewButtonWithIcon(lang.L("Open a file…"), theme.FolderOpenIcon(), func() {
		openCodeFile(c.env, p, func(text string) {
			in.entry.SetText(text)
			opened()
		})
	})
	in.content = container.NewVBox(in.field, container.NewHBox(in.open))
	return in
}

// maxCodeFile is more than the largest code (a reply is under 450 KB).
const maxCodeFile = 1 << 20

var errCodeFileTooBig = errors.New("file too big for a code")

// openCodeFile asks for a .parley file and hands its text to done.
func openCodeFile(env kit.Env, p *kit.Problem, done func(string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		kit.Background(env, func() (string, error) {
			defer r.Close()
			return readCode(r)
		}, func(text string, err error) {
			switch {
			case errors.Is(err, errCodeFileTooBig):
				p.Say(lang.L("That file is far too big to be a Parley code. Choose the .parley file your partner sent you."))
			case err != nil:
				p.Say(lang.L("That file could not be read. Check that it is still there, then try again."))
			default:
				p.Say("")
				done(text)
			}
		})
	}, env.Window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{match.FileExtension, ".txt"}))
	d.Show()
}

// readCode reads a code file, refusing one too big to be a code.
func readCode(r io.Reader) (string, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxCodeFile+1))
	if err != nil {
		return "", err
	}
	if len(data) > maxCodeFile {
		return "", errCodeFileTooBig
	}
	return string(data), nil
}

// saveFile asks where to save (c.askPath), then writes the file
// atomically in the background and says in status where it went (or why
// not).
func (c *Compare) saveFile(name string, make func() ([]byte, error), status *widget.Label) {
	c.askPath(name, func(path string) {
		kit.Background(c.env, func() (struct{}, error) {
			data, err := make()
			if err != nil {
				return struct{}{}, err
			}
			return struct{}{}, atomicfile.Write(path, data)
		}, func(_ struct{}, err error) {
			var e invite.Error
			switch {
			case errors.As(err, &e):
				kit.Say(status, lang.L("This Parley was built without the invitation page's engine, so it cannot make the page. Please use an official Parley build."))
			case err != nil:
				kit.Say(status, lang.L("That file could not be saved. Check that the folder exists, that you may write there, and that the disk is not full."))
			default:
				kit.Say(status, lang.L("Saved as {{.File}} in {{.Folder}}.", kit.FileWhere(path)))
			}
		})
	})
}

// askPath asks where to save a file with a file dialog.
func askPath(env kit.Env, name string, chosen func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		_ = w.Close()
		chosen(path)
	}, env.Window)
	d.SetFileName(name)
	d.Show()
}
