package compare

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite"
	"parleyapp.org/parley/ui/kit"
)

// The invitation page (package invite): for a partner without Parley, the
// starter saves one .html file with the invitation in it. The exchange is
// the same one "Create an invitation" starts (kept waiting, resumed, its
// reply pasted in the usual box): the page's reply is a Parley reply.
// Both sides show the invitation's check code, so a page swapped on the
// way can be caught by comparing it by voice or in person.

// checkCode is the invitation's check code for a starter's exchange; ""
// for a responder's (its invitation is not kept).
func checkCode(p *match.Pending) string {
	if inv, ok := p.Sent().(*match.Invitation); ok && p.Role == match.Starter {
		return inv.Fingerprint()
	}
	return ""
}

// checkBox shows the check code (when known) and, for the starter, the
// button that saves the invitation page, with where it went.
func (c *Compare) checkBox(w *waitPage, p *match.Pending, check string) fyne.CanvasObject {
	box := container.NewVBox()
	if check != "" {
		w.check = widget.NewLabelWithStyle(lang.L("Check code: {{.Code}}", map[string]any{"Code": check}), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true, Bold: true})
		box.Add(w.check)
		box.Add(kit.Para(lang.L("Your partner's Parley, or the invitation page, shows the same check code. When it matters, compare it by voice or in person: if it differs, the invitation was changed on its way.")))
	}
	if p.Role == match.Starter {
		w.status = widget.NewLabel("")
		w.status.Wrapping = fyne.TextWrapWord
		w.status.Hide()
		w.page = widget.NewButtonWithIcon(lang.L("Save the invitation page…"), theme.FileIcon(), c.saveInvitePage)
		box.Add(kit.Para(lang.L("Partner without Parley? Save the invitation page and send them the file: they open it in any web browser, answer there, and send you back a reply code to paste below.")))
		box.Add(container.NewHBox(w.page))
		box.Add(w.status)
	}
	return box
}

// saveInvitePage saves the invitation page of the exchange on the wait
// page, in the person's language.
func (c *Compare) saveInvitePage() {
	w := c.wait
	if w == nil || w.page == nil {
		return
	}
	inv, ok := w.code.msg.(*match.Invitation)
	if !ok {
		return
	}
	cat, tag := c.env.Catalog, "en"
	if c.env.Lang != nil {
		tag = c.env.Lang.Tag
	}
	c.saveFile(invite.FileName, func() ([]byte, error) { return invite.Page(inv, cat, tag) }, w.status)
}
