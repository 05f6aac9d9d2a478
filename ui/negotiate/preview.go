package negotiate

import (
	"errors"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/internal/atomicfile"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/printout"
	"parleyapp.org/parley/ui/kit"
)

// negPreview shows the document as it will print, with Save as PDF and
// Print; both are refused, with the reasons, while the review finds
// something that blocks printing.
type negPreview struct {
	n      *Negotiate
	id     string
	doc    negotiation.Document
	agreed bool

	content   fyne.CanvasObject
	text      *widget.RichText
	blocked   *fyne.Container
	reasons   []string
	pageNote  *widget.Label
	status    *widget.Label
	save      *widget.Button
	print     *widget.Button
	printNote *widget.Label  // what Save and print does
	language  *widget.Select // the printed page's language
	pageLang  *i18n.Language // the language chosen for the page: the app's at first
	back      *widget.Button
	change    *widget.Button   // agreed only: start a new version
	shows     []*widget.Button // one per person whose limits are sealed
	pin       *widget.Entry    // the PIN prompt, while open
	pinDlg    *kit.Form
	problem   *kit.Problem  // what went wrong showing sealed limits
	again     *kit.AskAgain // "Change something…": the new-factor questions
}

// errNotReady is why a document may not be printed: the review's
// blocking findings.
type errNotReady struct{ reasons []string }

func (e errNotReady) Error() string {
	return lang.L("This document is not ready to print yet:") + " " + strings.Join(e.reasons, " ")
}

// printable makes the PDF of a document, or refuses with errNotReady
// while anything blocks printing. Every way out of Parley goes through it.
func printable(doc negotiation.Document, facts negotiation.Facts, created time.Time, size printout.PageSize, lang message.Renderer) (printout.Result, error) {
	if ok, reasons := negotiation.Printable(doc, facts); !ok {
		return printout.Result{}, errNotReady{reasons}
	}
	return printout.NegotiationIn(doc, created, size, lang)
}

// export writes the PDF to path (Save as PDF and Print, after the file
// dialog). facts are taken beforehand on the UI goroutine, so it can run
// in the background.
func (p *negPreview) export(path string, facts negotiation.Facts) (printout.Result, error) {
	a := p.n.env
	r, err := printable(p.doc, facts, a.Now(), kit.PageSize(a), p.pageLang)
	if err != nil {
		return r, err
	}
	return r, atomicfile.Write(path, r.PDF)
}

func (p *negPreview) facts() negotiation.Facts {
	if ed := p.n.ed; ed != nil && ed.id == p.id {
		return ed.facts()
	}
	return negotiation.Facts{Now: p.n.env.Now()}
}

func newNegPreview(n *Negotiate, id string, doc negotiation.Document, agreed bool) *negPreview {
	p := &negPreview{n: n, id: id, doc: doc, agreed: agreed, problem: kit.NewProblem(), pageLang: n.env.Lang}
	p.text = widget.NewRichText(p.outline(doc)...)
	p.text.Wrapping = fyne.TextWrapWord
	p.pageNote = kit.Hint("")
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord // it names the folder a PDF went to
	p.status.Hide()
	p.save = widget.NewButtonWithIcon(lang.L("Save as PDF…"), theme.DocumentSaveIcon(), p.askSave)
	p.save.Importance = widget.HighImportance
	// Parley cannot talk to printers itself: the button says what it does.
	p.print = widget.NewButtonWithIcon(lang.L("Save and print…"), theme.DocumentPrintIcon(), p.askPrint)
	p.printNote = kit.Hint(lang.L("Parley saves the PDF, then opens it in your system's viewer to print."))
	p.printNote.Alignment = fyne.TextAlignTrailing
	if agreed {
		p.back = widget.NewButtonWithIcon(lang.L("All negotiations"), theme.NavigateBackIcon(), n.backToList)
		p.change = widget.NewButtonWithIcon(lang.L("Change something…"), theme.DocumentCreateIcon(), p.askChange)
	} else {
		p.back = widget.NewButtonWithIcon(lang.L("Back to editing"), theme.NavigateBackIcon(), n.backToEditor)
	}
	p.back.Importance = widget.LowImportance
	p.language = p.languageChoice()
	p.blocked = container.NewVBox()
	p.check()

	top := []fyne.CanvasObject{container.NewHBox(p.back), kit.Heading(lang.L("The page as it will print"))}
	if agreed {
		top = append(top, kit.Para(lang.L("Agreed on {{.Date}}. This version can no longer change; to change something, start a new version from it.", map[string]any{"Date": kit.LongDate(doc.AgreedOn)})))
	}
	buttons := []fyne.CanvasObject{p.print, p.save}
	if p.change != nil {
		buttons = append([]fyne.CanvasObject{p.change}, buttons...)
	}
	p.content = kit.Column(760, append(top,
		p.blocked,
		kit.RightAligned(widget.NewLabel(lang.L("Language of the printed page")), p.language),
		kit.RightAligned(buttons...),
		p.printNote,
		p.pageNote,
		p.status,
		p.problem,
		widget.NewCard("", "", p.text),
	)...)
	if len(p.reasons) == 0 {
		p.measure()
	}
	return p
}

// check runs the review and, if anything blocks printing, says what and
// turns Save and Print off.
func (p *negPreview) check() {
	findings := negotiation.Review(p.doc, p.facts())
	_, p.reasons = negotiation.CanPrint(findings)
	p.blocked.Objects = nil
	if len(p.reasons) == 0 {
		p.save.Enable()
		p.print.Enable()
		return
	}
	p.save.Disable()
	p.print.Disable()
	title := widget.NewLabel(lang.L("Must fix before printing"))
	title.TextStyle.Bold = true
	title.Importance = widget.DangerImportance
	p.blocked.Add(title)
	for _, m := range negotiation.Blockers(findings) { // p.reasons, in the person's language
		p.blocked.Add(kit.Para("•  " + p.n.env.Lang.Render(m)))
	}
	if !p.agreed {
		p.blocked.Add(kit.Hint(lang.L("Go back to editing to sort these out; the safety review beside the form shows where.")))
	}
	p.shows = kit.HiddenLimitButtons(p.doc, p.askShow)
	for _, b := range p.shows {
		p.blocked.Add(container.NewHBox(b))
	}
	p.blocked.Refresh()
}

// askShow asks the PIN of a protected list and shows, on this page, the
// limits brought in from it (so the page can be printed). The opened list
// is not kept.
func (p *negPreview) askShow(profile string) {
	a := p.n.env
	v := a.Vault()
	kit.Background(a, v.Profiles, func(all []persistence.Profile, err error) {
		prof, ok := kit.ProfileByID(all, profile)
		if err != nil || !ok {
			p.problem.Say(lang.L("That protected list is no longer in this vault, so these limits can't be opened."))
			return
		}
		prompt := kit.OpenProfile(a, prof, p.problem, func(person *persistence.Person) {
			doc := p.doc.Clone()
			kit.Background(a, func() (negotiation.Document, error) { return doc, v.RevealLimits(&doc, person) }, func(doc negotiation.Document, err error) {
				if err != nil {
					p.problem.Say(kit.ErrorSentence(err))
					return
				}
				p.doc = doc
				p.text.Segments = p.outline(doc)
				p.text.Refresh()
				p.check()
				if len(p.reasons) == 0 {
					p.measure()
				}
			})
		}, func() {})
		p.pin, p.pinDlg = prompt.Entry, prompt.Dialog
	})
}

// measure makes the PDF once in the background to say whether it fits
// on one page.
func (p *negPreview) measure() {
	a := p.n.env
	doc, facts, pageLang := p.doc, p.facts(), p.pageLang
	p.pageNote.SetText(lang.L("Laying out the page…"))
	kit.Background(a, func() (printout.Result, error) {
		return printable(doc, facts, a.Now(), kit.PageSize(a), pageLang)
	}, func(r printout.Result, err error) {
		if err != nil {
			p.pageNote.SetText("")
			return
		}
		p.pageNote.SetText(pageWords(r))
	})
}

// pageWords says how the printout came out.
func pageWords(r printout.Result) string {
	var out []string
	switch {
	case r.Pages > 1:
		out = append(out, lang.L("This does not fit on one page, even with slightly smaller text: it continues on a second page. Shorter notes would bring it back to one."))
	case r.Shrunk:
		out = append(out, lang.L("This fits on one page, with the text a little smaller than usual."))
	default:
		out = append(out, lang.L("This fits on one page."))
	}
	if r.Missing != "" {
		out = append(out, lang.L("A few characters ({{.Chars}}) have no letter in Parley's font, so they print as a gap.", map[string]any{"Chars": r.Missing}))
	}
	return strings.Join(out, " ")
}

// fileName is the name offered when saving: the scene's date, or today's.
func (p *negPreview) fileName() string {
	day := p.doc.SceneOn
	if day.IsZero() {
		day = p.n.env.Now()
	}
	return "negotiation-" + day.Format("2006-01-02") + ".pdf"
}

func (p *negPreview) askSave() { p.askPath(false) }

func (p *negPreview) askPrint() { p.askPath(true) }

// askPath asks where to save the PDF, writes it, and for Print opens it
// in the system's PDF viewer.
func (p *negPreview) askPath(open bool) {
	a := p.n.env
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		_ = w.Close()
		p.saveTo(path, open)
	}, a.Window)
	d.SetFileName(p.fileName())
	// a title of Parley's own: Fyne's puts two words together itself
	// ("Save" + " " + "File"), which in German reads "Speichern Datei"
	d.SetTitleText(lang.L("Save the PDF"))
	if open {
		d.SetTitleText(lang.L("Save the PDF, then print it"))
		d.SetConfirmText(lang.L("Save and open"))
	}
	d.Show()
}

// saveTo writes the PDF to path in the background and says where it
// went; with open, it then opens it in the system's PDF viewer.
func (p *negPreview) saveTo(path string, open bool) {
	a := p.n.env
	facts := p.facts()
	kit.Background(a, func() (printout.Result, error) { return p.export(path, facts) }, func(_ printout.Result, err error) {
		switch {
		case err != nil:
			if nr, ok := err.(errNotReady); ok {
				kit.Say(p.status, nr.Error())
				return
			}
			kit.Say(p.status, lang.L("That file could not be saved. Check that the folder exists, that you may write there, and that the disk is not full."))
		case open:
			u, _ := url.Parse(storage.NewFileURI(path).String())
			if u == nil || fyne.CurrentApp().OpenURL(u) != nil {
				kit.Say(p.status, lang.L("Saved as {{.File}} in {{.Folder}}. Open it in your PDF viewer to print it.", kit.FileWhere(path)))
				return
			}
			// the system reports nothing once its opener has started
			// (Fyne's OpenURL), so the page cannot know a viewer came up
			kit.Say(p.status, lang.L("Saved as {{.File}} in {{.Folder}} and handed to your PDF viewer: print it from there. If no viewer opens, open the file yourself from that folder.", kit.FileWhere(path)))
		default:
			kit.Say(p.status, lang.L("Saved as {{.File}} in {{.Folder}}.", kit.FileWhere(path)))
		}
	})
}

// askChange starts a new version of an agreed document: first the
// questions about what is new since it was agreed, as History's
// Renegotiate asks them.
func (p *negPreview) askChange() {
	n := p.n
	p.again = kit.NewAskAgain(p.n.env.Lang, lang.L("Change something"),
		[]string{lang.L("Parley keeps this agreed version as it is and starts a new draft from it. Talk the change through together, then agree the new version.")},
		p.doc, lang.L("Agreed on {{.Date}}", map[string]any{"Date": kit.LongDate(p.doc.AgreedOn)}),
		lang.L("Back to the agreed page"), func() { p.again = nil; n.show(p.content) },
		p.startChange)
	n.show(p.again.Content)
}

// startChange keeps the new version, with the answers, and opens it.
func (p *negPreview) startChange(answers []negotiation.NewFactors) {
	a := p.n.env
	v, id := a.Vault(), p.id
	next := negotiation.Renegotiate(p.doc, a.Now())
	next.AnswerNewFactors(answers)
	p.again.Start.Disable()
	kit.Background(a, func() (int, error) { return v.NewVersion(id, next) }, func(_ int, err error) {
		if errors.Is(err, persistence.ErrDraftOpen) {
			p.n.open(id) // a new version was started already: carry on with it
			return
		}
		if err != nil {
			p.again.Start.Enable()
			p.again.Problem.Say(kit.ErrorSentence(err))
			return
		}
		p.n.edit(id, next)
	})
}

// outline is the document's outline on screen, in the printed page's
// language: the preview is the page as it will print.
func (p *negPreview) outline(doc negotiation.Document) []widget.RichTextSegment {
	return kit.OutlineSegments(negotiation.OutlineOf(doc, time.Time{}).In(p.pageLang))
}

// languageChoice is the printed page's language: the app's at first, or
// any shipped language, each named in its own language (a page for a
// partner who reads another). Decision: the choice lasts while the page
// is open; the next preview starts from the app's language again, because
// most pages are for the person who prints them.
func (p *negPreview) languageChoice() *widget.Select {
	labels := make([]string, len(i18n.Menu))
	for i, t := range i18n.Menu {
		labels[i] = i18n.Names[t]
	}
	sel := widget.NewSelect(labels, nil)
	sel.PlaceHolder = lang.L("Choose a language")
	sel.SetSelected(i18n.Names[p.pageLang.Tag])
	sel.OnChanged = func(string) {
		l, err := i18n.Load(i18n.Menu[sel.SelectedIndex()])
		if err != nil { // the shipped files are checked by their tests
			p.problem.Say(lang.L("Parley could not load that language. The page stays in the language it was in."))
			return
		}
		p.pageLang = l
		p.text.Segments = p.outline(p.doc)
		p.text.Refresh()
		if len(p.reasons) == 0 {
			p.measure()
		}
	}
	return sel
}
