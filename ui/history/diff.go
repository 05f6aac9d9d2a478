package history

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/domain/negotiation"

	"parleyapp.org/parley/ui/kit"
)

// histDiff says, in sentences grouped by section, what changed between
// two versions.
type histDiff struct {
	h        *History
	from, to int
	content  *fyne.Container
	problem  *kit.Problem
	back     fyne.CanvasObject

	groups []diffGroup // what is shown, for the tests
}

// diffGroup is one section's changes.
type diffGroup struct {
	section negotiation.Section
	lines   []string
}

func newHistDiff(h *History, d *histDetail, from, to int) *histDiff {
	p := &histDiff{h: h, from: from, to: to, content: container.NewStack(), problem: kit.NewProblem()}
	p.back = kit.BackButton(lang.L("Back to the negotiation"), d.back)
	p.content.Add(kit.Column(760, p.back, kit.Para(lang.L("Comparing…"))))
	return p
}

// load reads both versions in the background and shows what changed.
func (p *histDiff) load(id string) {
	h, from, to, back := p.h, p.from, p.to, p.back
	v := h.env.Vault()
	kit.Background(h.env, func() ([2]negotiation.Document, error) {
		var docs [2]negotiation.Document
		var err error
		if docs[0], err = v.Version(id, from); err != nil {
			return docs, err
		}
		docs[1], err = v.Version(id, to)
		return docs, err
	}, func(docs [2]negotiation.Document, err error) {
		if h.diff != p || !h.env.StillOpen(v) {
			return
		}
		objs := []fyne.CanvasObject{back, kit.Heading(p.title())}
		var groups []diffGroup
		if err != nil {
			p.problem.Say(kit.ErrorSentence(err))
			objs = append(objs, p.problem)
		} else {
			groups = groupChanges(negotiation.Diff(docs[0], docs[1], activityNames(h.env, docs[0], docs[1])), h.env.Lang)
			var words []fyne.CanvasObject
			if p.from < p.to {
				words = newFactorsText(docs[1])
			}
			objs = append(objs, p.body(groups, words)...)
		}
		p.content.Objects = []fyne.CanvasObject{kit.Column(760, objs...)}
		p.content.Refresh()
		p.groups = groups
	})
}

func (p *histDiff) title() string {
	if p.from == p.to {
		return lang.L("Version {{.N}} compared with itself", map[string]any{"N": p.from})
	}
	return lang.L("What changed from version {{.From}} to version {{.To}}", map[string]any{"From": p.from, "To": p.to})
}

// body lists the groups; words (what people said is new, in their own
// words) follow the group about new factors.
func (p *histDiff) body(groups []diffGroup, words []fyne.CanvasObject) []fyne.CanvasObject {
	if len(groups) == 0 {
		return []fyne.CanvasObject{kit.Para(lang.L("Nothing changed between these two versions."))}
	}
	var out []fyne.CanvasObject
	if p.from > p.to {
		out = append(out, kit.Hint(lang.L("You chose the newer version first, so this reads backwards: from the later version to the earlier one.")))
	}
	for _, g := range groups {
		out = append(out, kit.Subheading(lang.L(g.section.Label())))
		list := &widget.ListSegment{}
		for _, l := range g.lines {
			list.Items = append(list.Items, &widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: l})
		}
		t := widget.NewRichText(list)
		t.Wrapping = fyne.TextWrapWord
		out = append(out, t)
		if g.section == negotiation.SectionNewFactors {
			out = append(out, words...)
		}
	}
	return out
}

// newFactorsText is what each person said is new since last time, in
// their own words: the comparison only says that an answer was added.
func newFactorsText(d negotiation.Document) []fyne.CanvasObject {
	qs := negotiation.NewFactorQuestions()
	list := &widget.ListSegment{}
	for i, part := range d.Participants {
		for k, answer := range []string{part.NewFactors.Medication, part.NewFactors.Health, part.NewFactors.Events} {
			if strings.TrimSpace(answer) == "" {
				continue
			}
			list.Items = append(list.Items, &widget.ParagraphSegment{Texts: []widget.RichTextSegment{
				kit.Seg(kit.StrongInline, d.DisplayName(i)+": "),
				kit.Seg(kit.QuietInline, lang.L(qs[k])+" "),
				kit.Seg(widget.RichTextStyleParagraph, strings.TrimSpace(answer)),
			}})
		}
	}
	if len(list.Items) == 0 {
		return nil
	}
	t := widget.NewRichText(list)
	t.Wrapping = fyne.TextWrapWord
	label := widget.NewLabelWithStyle(lang.L("In their words"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return []fyne.CanvasObject{label, t}
}

// groupChanges gathers Diff's lines under their sections, keeping the
// order in which Diff gives them (the document's order), each said in
// the person's language.
func groupChanges(lines []negotiation.ChangeLine, l message.Renderer) []diffGroup {
	var out []diffGroup
	at := map[negotiation.Section]int{}
	for _, line := range lines {
		i, ok := at[line.Section]
		if !ok {
			i = len(out)
			at[line.Section] = i
			out = append(out, diffGroup{section: line.Section})
		}
		out[i].lines = append(out[i].lines, l.Render(line.Says))
	}
	return out
}
