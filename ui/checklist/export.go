package checklist

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/ui/kit"
)

// askExport is "Export my answers…": only on this explicit request, and
// only after the warning that the file is not encrypted (the same words
// open the file itself, checklist.ExportWarning). The suggested file name
// carries no name, only the date: a file name is seen by more eyes (a
// folder listing, a recent-files menu) than the file's contents.
func (c *Checklist) askExport() {
	if !c.listOpen() {
		return
	}
	warn := kit.Para(lang.L(checklist.ExportWarning))
	d := kit.NewCustomConfirm(lang.L("Export my answers"), lang.L("Choose where to save"), lang.L("Cancel"), warn, func(ok bool) {
		if ok {
			c.chooseExportFile()
		}
	}, c.env.Window)
	d.Resize(fyne.NewSize(480, 240))
	d.Show()
}

func (c *Checklist) chooseExportFile() {
	if !c.listOpen() {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		if err := c.writeExport(w); err != nil {
			c.problem.Say(lang.L("Your answers could not be written to that file. Check that you may write to that folder and that the disk is not full."))
			return
		}
		kit.ShowInformation(lang.L("Exported"), lang.L("Your answers are in that file. Remember it is not encrypted: delete it when you no longer need it."), c.env.Window)
	}, c.env.Window)
	d.SetFileName("parley-answers-" + c.env.Now().Format("2006-01-02") + ".txt")
	d.Show()
}

// writeExport writes the open list as text to w and closes it.
func (c *Checklist) writeExport(w io.WriteCloser) error {
	heading := lang.L("{{.Name}}'s answers, {{.Date}}", map[string]any{"Name": c.person.Name, "Date": kit.LongDate(c.env.Now())})
	text := checklist.ExportText(c.index.Catalog(), c.sheet, c.words, heading)
	_, err := io.WriteString(w, text)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}
