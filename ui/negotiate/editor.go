package negotiate

import (
	"parleyapp.org/parley/domain/checklist"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/negotiation"

	"parleyapp.org/parley/ui/kit"
)

// settleDelay is how long after the last change the review is redone and
// the draft saved: short enough that a crash loses nothing, long enough
// not to save on every key.
const settleDelay = 400 * time.Millisecond

// negEditor is the form for one draft, with the safety review beside it.
// ed.doc is the document as the form shows it; every change is written to
// it at once, and settle (debounced) reviews and saves it.
type negEditor struct {
	n        *Negotiate
	env      kit.Env
	id       string
	doc      negotiation.Document
	relaying bool // relayout is laying the page out: a field growing inside it waits

	content  fyne.CanvasObject
	form     *fyne.Container
	scroll   *container.Scroll
	sections []*edSection
	fields   map[string]fyne.CanvasObject // see fieldKeys
	review   *reviewPanel
	status   *widget.Label
	problem  *kit.Problem

	back     *widget.Button
	preview  *widget.Button
	agree    *widget.Button
	deleteIt *widget.Button
	partBtns []*widget.Button

	pinAsk  *pinAsk       // open while a sealed list's PIN is asked for
	linkPIN *widget.Entry // the PIN prompt of checkLinked, while open
	linkDlg *kit.Form
	chooser *limitChooser // open while someone picks limits to bring in
	picker  *activityPicker

	timer      *time.Timer
	dirty      bool // changed since the last save
	namesDirty bool // a name changed: sections that show names need rebuilding
	gone       bool // the editor was left
	order      []int
	byName     map[string]catalog.Activity // catalog activities by normalised name
	tried      map[string]map[string]bool  // negotiation.Facts.Tried
	// conds: by participant and activity ID, the "only with…" conditions
	// of that person's own Yes and Maybe answers (their linked list)
	conds map[string]map[string][]checklist.Condition
	// linked and unchecked are negotiation.Facts.Linked and Unchecked:
	// the limits on each linked person's own list (negotiate_linked.go),
	// kept while this editor is open so the review stays right as the
	// scene changes; never the list itself.
	linked    map[string]negotiation.Limits
	unchecked map[string]negotiation.Unchecked
	// sealed: the participants whose linked list is protected; their
	// conditions are shown and printed but never saved (see stored)
	sealed map[string]bool
	gave   map[string]map[string]bool // negotiation.Facts.Gave
}

// edSection is one part of the form: a heading and a body rebuilt from
// ed.doc when its shape changes.
type edSection struct {
	id    negotiation.Section
	head  fyne.CanvasObject
	body  *fyne.Container
	build func() []fyne.CanvasObject
	show  func() bool // nil: always shown
	box   *fyne.Container
}

func newNegEditor(n *Negotiate, id string, doc negotiation.Document) *negEditor {
	ed := &negEditor{n: n, env: n.env, id: id, doc: doc.Clone(), fields: map[string]fyne.CanvasObject{}, problem: kit.NewProblem()}
	ed.doc.FillRisk(n.env.Catalog) // drafts written before risk levels were kept
	ed.byName = map[string]catalog.Activity{}
	if n.env.Catalog != nil {
		for _, a := range n.env.Catalog.Activities {
			ed.byName[catalog.NormaliseName(a.Name)] = a
		}
	}
	ed.status = widget.NewLabel(lang.L("Every change is saved as you type."))
	ed.status.Importance = widget.LowImportance
	ed.back = widget.NewButtonWithIcon(lang.L("All negotiations"), theme.NavigateBackIcon(), n.backToList)
	ed.back.Importance = widget.LowImportance
	ed.preview = widget.NewButtonWithIcon(lang.L("Preview and print"), theme.DocumentPrintIcon(), func() { n.showPreview(ed.id, ed.doc.Clone(), false) })
	ed.preview.Importance = widget.HighImportance
	ed.agree = widget.NewButtonWithIcon(lang.L("Mark as agreed…"), theme.ConfirmIcon(), ed.askAgree)
	ed.deleteIt = widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), ed.askDelete)
	ed.deleteIt.Importance = widget.LowImportance

	ed.buildSections()
	ed.form = container.NewVBox()
	for _, s := range ed.sections {
		ed.form.Add(s.box)
	}
	ed.scroll = container.NewVScroll(container.NewPadded(ed.form))
	ed.review = newReviewPanel(ed)
	split := container.NewHSplit(kit.TopFirst(ed.partsBar(), ed.scroll), ed.review.content)
	split.Offset = 0.64
	// the saved-as-you-type line sits under the buttons, not between them,
	// and the way back has its own row above them, so the bar fits an
	// 800 px window in every language (issue 14; in Dutch and Spanish the
	// four buttons in one row need more than 800 px less the sidebar)
	bar := container.NewVBox(container.NewHBox(ed.back), kit.RightAligned(ed.deleteIt, ed.agree, ed.preview))
	// Tab reaches the actions and the parts bar before the long form
	ed.content = kit.TopFirst(container.NewVBox(bar, ed.status, ed.problem, widget.NewSeparator()), split)
	ed.order = ed.doc.LimitsOrder()
	ed.review.update()
	ed.loadLinked()
	return ed
}

// partsBar is a row of buttons that go straight to the four parts and
// the dates: the form is long.
func (ed *negEditor) partsBar() fyne.CanvasObject {
	bar := container.New(layout.NewRowWrapLayout()) // wraps in a narrow window
	if ed.doc.IsAgreement() {
		for i, id := range agreementParts() {
			b := widget.NewButton(strconv.Itoa(i+1)+" "+ed.sectionName(id), func() { ed.jumpTo(id) })
			b.Importance = widget.LowImportance
			ed.partBtns = append(ed.partBtns, b)
			bar.Add(b)
		}
		return bar
	}
	for _, p := range []struct {
		label string
		id    negotiation.Section
	}{
		{"1 " + lang.L(negotiation.SectionActivities.Label()), negotiation.SectionActivities},
		{"2 " + lang.L(negotiation.SectionLimits.Label()), negotiation.SectionLimits},
		{"3 " + lang.L("Safewords"), negotiation.SectionSafewords},
		{"4 " + lang.L(negotiation.SectionAftercare.Label()), negotiation.SectionAftercare},
		{lang.L(negotiation.SectionDates.Label()), negotiation.SectionDates},
	} {
		b := widget.NewButton(p.label, func() { ed.jumpTo(p.id) })
		b.Importance = widget.LowImportance
		ed.partBtns = append(ed.partBtns, b)
		bar.Add(b)
	}
	return bar
}

// section adds a part of the form.
func (ed *negEditor) section(id negotiation.Section, head fyne.CanvasObject, build func() []fyne.CanvasObject) *edSection {
	s := &edSection{id: id, head: head, body: container.NewVBox(), build: build}
	s.box = container.NewVBox(head, s.body)
	ed.sections = append(ed.sections, s)
	return s
}

// rebuild refills sections from ed.doc (all of them when none is named).
func (ed *negEditor) rebuild(ids ...negotiation.Section) {
	for _, s := range ed.sections {
		if len(ids) > 0 && !hasSectionID(ids, s.id) {
			continue
		}
		for key := range ed.fields {
			if sectionOfKey(key) == s.id {
				delete(ed.fields, key)
			}
		}
		s.body.Objects = s.build()
		if s.show == nil || s.show() {
			s.box.Show()
		} else {
			s.box.Hide()
		}
		s.body.Refresh()
	}
}

func hasSectionID(ids []negotiation.Section, id negotiation.Section) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// changed is called after every edit: it marks the draft unsaved and
// schedules settle.
func (ed *negEditor) changed() {
	ed.env.Touch()
	ed.dirty = true
	if ed.timer != nil {
		ed.timer.Stop()
	}
	ed.timer = time.AfterFunc(settleDelay, func() { ed.env.Do(ed.settle) })
}

// settle runs once typing pauses: sections showing names or the order of
// people catch up, the review is redone and the draft saved.
func (ed *negEditor) settle() {
	if ed.gone {
		return
	}
	order := ed.doc.LimitsOrder()
	if ed.namesDirty {
		ed.rebuild(peopleSections()...)
	} else if !sameInts(order, ed.order) {
		ed.rebuild(negotiation.SectionLimits, negotiation.SectionAftercare, negotiation.SectionPhysical, negotiation.SectionEmotional, negotiation.SectionNewFactors)
	}
	ed.namesDirty, ed.order = false, order
	ed.syncConditions() // an activity added since the lists were read
	ed.review.update()
	ed.save()
}

// peopleSections are the sections that show people's names.
func peopleSections() []negotiation.Section {
	return []negotiation.Section{
		negotiation.SectionActivities, negotiation.SectionRoles, negotiation.SectionLimits,
		negotiation.SectionAftercare, negotiation.SectionPhysical, negotiation.SectionEmotional,
		negotiation.SectionNewFactors, negotiation.SectionExtraction,
	}
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// save queues the draft for writing if it changed.
func (ed *negEditor) save() {
	v := ed.env.Vault()
	if !ed.dirty || v == nil {
		return
	}
	ed.dirty = false
	id, doc := ed.id, ed.stored()
	ed.env.Save(func() error {
		err := v.SaveDraft(id, doc)
		if err == nil {
			ed.env.Do(func() {
				if !ed.gone {
					ed.status.SetText(lang.L("All changes saved."))
					ed.problem.Say("")
				}
			})
		}
		return err
	}, func(err error) {
		if ed.gone {
			return
		}
		ed.dirty = true
		ed.problem.Say(lang.L("Your last changes could not be saved yet; they are still here on screen and Parley will try again with your next change. {{.Why}}", map[string]any{"Why": kit.ErrorSentence(err)}))
	})
}

// leave saves at once whatever is waiting, and stops the timer.
func (ed *negEditor) leave() { ed.stop() }

// askAgree marks the draft as agreed, once nothing blocks printing.
func (ed *negEditor) askAgree() {
	ok, reasons := negotiation.Printable(ed.doc, ed.facts())
	if !ok {
		kit.ShowInformation(lang.L("Not ready to agree yet"),
			lang.L("Please resolve these first:")+"\n\n• "+strings.Join(reasons, "\n• "), ed.env.Window)
		return
	}
	kit.ShowConfirm(lang.L("Mark as agreed?"),
		lang.L("Do this together, once you have both read the whole document. An agreed document can no longer be changed; if something changes later, you start a new version from it."),
		func(yes bool) {
			if yes {
				ed.agreeNow()
			}
		}, ed.env.Window)
}

func (ed *negEditor) agreeNow() {
	ed.stop()
	v, id, doc := ed.env.Vault(), ed.id, ed.stored()
	ed.afterSaves(func() error { return v.AgreeVersion(id, doc) }, func() { ed.n.open(id) })
}

// askDelete deletes the negotiation after asking.
func (ed *negEditor) askDelete() {
	kit.ShowConfirm(lang.L("Delete this negotiation?"),
		lang.L("Every version of it will be gone from Parley for good. Copies you saved as PDF are not touched."),
		func(yes bool) {
			if !yes {
				return
			}
			ed.stop()
			v, id := ed.env.Vault(), ed.id
			ed.afterSaves(func() error { return v.DeleteNegotiation(id) }, func() {
				ed.n.ed = nil
				ed.n.backToList()
			})
		}, ed.env.Window)
}

// stop ends editing: no more autosaves from this editor. Anything typed
// and not yet saved is queued first.
func (ed *negEditor) stop() {
	if ed.timer != nil {
		ed.timer.Stop()
	}
	ed.save()
	ed.gone = true
}

// afterSaves runs work in the save queue, after every save already asked
// for, then done on the UI goroutine; an error is shown and the editor
// goes on.
func (ed *negEditor) afterSaves(work func() error, done func()) {
	ed.env.Save(func() error {
		if err := work(); err != nil {
			return err
		}
		ed.env.Do(done)
		return nil
	}, func(err error) {
		ed.gone = false
		ed.problem.Say(kit.ErrorSentence(err))
	})
}

// findings is the safety review of the document as it is now.
func (ed *negEditor) findings() []negotiation.Finding {
	return negotiation.Review(ed.doc, ed.facts())
}

// facts is what the review knows besides the document.
func (ed *negEditor) facts() negotiation.Facts {
	return negotiation.Facts{Now: ed.env.Now(), Tried: ed.tried, Gave: ed.gave, Linked: ed.linked, Unchecked: ed.unchecked}
}
