package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
)

// histDetail is one negotiation: where it stands, what to do next, its
// versions to read, and any two of them to compare.
type histDetail struct {
	h       *History
	id      string
	content *fyne.Container
	problem *problem

	doc      negotiation.Document // the latest version
	latest   int
	agreed   bool
	versions []persistence.VersionInfo
	debriefs []negotiation.Debrief

	carryOn     *widget.Button
	renegotiate *widget.Button
	debrief     *widget.Button
	view        []*widget.Button // one per version, oldest first
	from, to    *widget.Select
	compare     *widget.Button
	ready       bool // the page is built
}

type detailData struct {
	doc      negotiation.Document
	latest   int
	agreed   bool
	versions []persistence.VersionInfo
	debriefs []negotiation.Debrief
}

func newHistDetail(h *History, id string) *histDetail {
	d := &histDetail{h: h, id: id, content: container.NewStack(), problem: newProblem()}
	d.content.Add(column(760, backButton(lang.L("All negotiations"), h.backToList), para(lang.L("Opening…"))))
	return d
}

// load reads the negotiation in the background and builds the page.
func (d *histDetail) load() {
	h, id := d.h, d.id
	v := h.app.Vault()
	background(func() (detailData, error) {
		var x detailData
		var err error
		if x.doc, x.latest, x.agreed, err = v.LatestVersion(id); err != nil {
			return x, err
		}
		if x.versions, err = v.Versions(id); err != nil {
			return x, err
		}
		x.debriefs, err = v.Debriefs(id)
		return x, err
	}, func(x detailData, err error) {
		if h.detail != d || !h.app.stillOpen(v) {
			return
		}
		if err != nil {
			h.problem.Say(errorSentence(err))
			h.backToList()
			return
		}
		d.doc, d.latest, d.agreed, d.versions, d.debriefs = x.doc, x.latest, x.agreed, x.versions, x.debriefs
		d.build()
	})
}

func (d *histDetail) build() {
	a := d.h.app
	state := negotiation.StateOf(d.doc, d.debriefs, a.now())
	d.carryOn = widget.NewButtonWithIcon(lang.L("Carry on with the draft"), theme.DocumentCreateIcon(), func() { openInNegotiate(a, d.id) })
	d.renegotiate = widget.NewButtonWithIcon(lang.L("Renegotiate…"), theme.ViewRefreshIcon(), d.startRenegotiation)
	d.debrief = widget.NewButtonWithIcon(lang.L("Write the debrief"), theme.DocumentIcon(), func() { d.h.openDebrief(d.id) })
	var actions []fyne.CanvasObject
	switch state {
	case negotiation.StateDraft:
		d.carryOn.Importance = widget.HighImportance
		actions = append(actions, d.carryOn)
	case negotiation.StateAgreed:
		d.renegotiate.Importance = widget.HighImportance
		actions = append(actions, d.renegotiate)
	case negotiation.StateSceneDone:
		d.debrief.Importance = widget.HighImportance
		actions = append(actions, d.renegotiate, d.debrief)
	case negotiation.StateDebriefed:
		d.debrief.SetText(lang.L("Read the debriefs"))
		d.renegotiate.Importance = widget.HighImportance
		actions = append(actions, d.debrief, d.renegotiate)
	}

	objs := []fyne.CanvasObject{
		backButton(lang.L("All negotiations"), d.h.backToList),
		heading(docTitle(d.doc)),
		para(d.whereItStands(state)),
		rightAligned(actions...),
		d.problem,
		subheading(lang.L("Versions")),
		para(lang.L("Each time you renegotiate, the agreed version is kept as it was and a new one starts from it.")),
	}
	d.view = nil
	for i := len(d.versions) - 1; i >= 0; i-- {
		vi := d.versions[i]
		b := widget.NewButtonWithIcon(lang.L("Read"), theme.VisibilityIcon(), func() { d.openVersion(vi.N) })
		d.view = append([]*widget.Button{b}, d.view...)
		objs = append(objs, container.NewBorder(nil, nil, nil, b, widget.NewLabel(versionLine(vi))))
	}
	objs = append(objs, d.compareRow()...)
	d.content.Objects = []fyne.CanvasObject{column(760, objs...)}
	d.content.Refresh()
	d.ready = true
}

// whereItStands says in a sentence where the negotiation is.
func (d *histDetail) whereItStands(state negotiation.State) string {
	names := joinWords(participantNames(d.doc))
	scene := lang.L("No scene date yet.")
	if !d.doc.SceneOn.IsZero() {
		scene = lang.L("Scene on {{.Date}}.", map[string]any{"Date": longDate(d.doc.SceneOn)})
	}
	var where string
	switch state {
	case negotiation.StateDraft:
		where = lang.L("A draft, not yet agreed.")
	case negotiation.StateAgreed:
		// "Write the debrief" comes only once the scene has happened:
		// say now where it will be
		where = lang.L("Agreed. After the scene, each of you writes a short debrief here.")
	case negotiation.StateSceneDone:
		where = lang.L("Agreed; the scene has happened and a debrief is still to write.")
		if left := debriefsLeft(whoseDebriefs(d.doc, d.debriefs)); left != "" {
			where = lang.L("Agreed; the scene has happened.") + " " + left
		}
	case negotiation.StateDebriefed:
		where = lang.L("Agreed, and everyone has written their debrief.")
	}
	return names + ". " + scene + " " + where
}

func participantNames(d negotiation.Document) []string {
	out := make([]string, len(d.Participants))
	for i := range d.Participants {
		out[i] = d.DisplayName(i)
	}
	return out
}

// versionLine is "Version 2 · saved Friday 1 May 2026 · agreed".
func versionLine(vi persistence.VersionInfo) string {
	state := lang.L("draft")
	if vi.Agreed {
		state = lang.L("agreed")
	}
	return lang.L("Version {{.N}} · saved {{.Date}} · {{.State}}", map[string]any{"N": vi.N, "Date": longDate(vi.Saved), "State": state})
}

// compareRow is "Compare version [1] with version [2] [Show what changed]".
func (d *histDetail) compareRow() []fyne.CanvasObject {
	if len(d.versions) < 2 {
		return []fyne.CanvasObject{hint(lang.L("When there is more than one version, you can compare any two of them here."))}
	}
	var opts []string
	for _, vi := range d.versions {
		opts = append(opts, strconv.Itoa(vi.N))
	}
	d.from = widget.NewSelect(opts, nil)
	d.to = widget.NewSelect(opts, nil)
	d.from.SetSelectedIndex(len(opts) - 2)
	d.to.SetSelectedIndex(len(opts) - 1)
	d.compare = widget.NewButtonWithIcon(lang.L("Show what changed"), theme.ViewRestoreIcon(), func() {
		from, _ := strconv.Atoi(d.from.Selected)
		to, _ := strconv.Atoi(d.to.Selected)
		d.openDiff(from, to)
	})
	return []fyne.CanvasObject{
		subheading(lang.L("What changed")),
		container.NewHBox(widget.NewLabel(lang.L("Compare version")), d.from, widget.NewLabel(lang.L("with version")), d.to, d.compare),
	}
}

func (d *histDetail) openVersion(n int) {
	d.h.version = newHistVersion(d.h, d, n)
	d.h.show(d.h.version.content)
	d.h.version.load(d.id)
}

func (d *histDetail) openDiff(from, to int) {
	d.h.diff = newHistDiff(d.h, d, from, to)
	d.h.show(d.h.diff.content)
	d.h.diff.load(d.id)
}

func (d *histDetail) startRenegotiation() {
	if !d.agreed {
		openInNegotiate(d.h.app, d.id)
		return
	}
	d.h.reneg = newHistReneg(d.h, d, d.doc, d.latest)
	d.h.show(d.h.reneg.Content)
}

// back returns to this page from one it opened.
func (d *histDetail) back() {
	d.h.version, d.h.diff, d.h.reneg = nil, nil, nil
	d.h.show(d.content)
}
