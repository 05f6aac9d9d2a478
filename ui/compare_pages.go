package ui

import (
	"crypto/rand"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/persistence"
)

// answerPage is where the person who received an invitation makes a reply.
type answerPage struct {
	content fyne.CanvasObject
	me      *personPicker
	partner *widget.Entry
	paste   *codeIn
	maybes  *widget.Check
	reply   *widget.Button
	why     *widget.Label // why Create my reply is grey, while it is
	problem *problem
}

// showAnswer shows the answer page with this invitation pasted in.
func (c *Compare) showAnswer(invitation string) {
	ap := &answerPage{problem: newProblem(), partner: widget.NewEntry(), why: disabledReason()}
	ap.me = newPersonPicker(c.app, ap.problem, lang.L("Choose your name"), ap.update)
	ap.me.person, ap.me.only = c.me.person, true
	ap.partner.SetText(c.partner.Text)
	ap.partner.SetPlaceHolder(lang.L("Optional: how it should appear on your screen"))
	ap.paste = newCodeIn(c.app, lang.L("Paste the invitation here, from the BEGIN line to the END line"), ap.problem, func() { c.createReply(ap) })
	ap.paste.entry.SetText(invitation)
	ap.maybes = widget.NewCheck(maybesLabel(), nil)
	ap.reply = widget.NewButtonWithIcon(lang.L("Create my reply"), theme.MailReplyIcon(), func() { c.createReply(ap) })
	ap.reply.Importance = widget.HighImportance
	ap.me.setPeople(c.people)
	ap.update()
	back := widget.NewButtonWithIcon(lang.L("Back to Compare"), theme.NavigateBackIcon(), c.showHome)
	ap.content = column(720,
		heading(lang.L("Step 2 of 3: answer the invitation")),
		para(lang.L("Paste the invitation your partner sent you and choose who you are. Parley makes a reply for you to send back. Your partner learns only what you both said yes to.")),
		widget.NewForm(
			widget.NewFormItem(lang.L("You are"), ap.me.sel),
			widget.NewFormItem(lang.L("Your partner's name"), ap.partner),
		),
		subheading(lang.L("The invitation")),
		ap.paste.content,
		ap.maybes,
		maybesNote(lang.L("Maybes are compared only if your partner ticked this too when making the invitation.")),
		ap.problem,
		rightAligned(back, ap.reply),
		ap.why,
	)
	ap.paste.page = scrollOf(ap.content)
	c.answer, c.wait, c.result = ap, nil, nil
	c.showPage(ap.content)
}

// update greys Create my reply out until the person has chosen their name.
func (ap *answerPage) update() {
	enableWhy(ap.reply, ap.why, ap.me.person != nil, lang.L("Choose your name above to create your reply."))
}

// replyOutcome is a new reply, or an exchange that already answered this
// invitation.
type replyOutcome struct {
	pending  *match.Pending
	existing *persistence.Exchange
}

// createReply answers the pasted invitation in the background.
func (c *Compare) createReply(ap *answerPage) {
	me, partner, maybes, text := ap.me.person, strings.TrimSpace(ap.partner.Text), ap.maybes.Checked, ap.paste.entry.Text
	switch {
	case me == nil:
		ap.problem.Say(lang.L("Choose who you are first."))
		return
	case strings.TrimSpace(text) == "":
		ap.problem.Say(lang.L("Paste the invitation your partner sent you first, or open it from a file."))
		return
	}
	v, cat, now := c.app.Vault(), c.app.cat, c.app.now()
	if v == nil { // Parley locked meanwhile
		return
	}
	ap.reply.Disable()
	ap.problem.Say("")
	background(func() (replyOutcome, error) {
		inv, err := match.DecodeInvitation([]byte(text))
		if err != nil {
			return replyOutcome{}, err
		}
		e, err := v.Exchange(inv.Session.String())
		switch {
		case err == nil && e.Role == match.Starter:
			return replyOutcome{}, persistence.ErrOwnExchange
		case err == nil && e.Done:
			return replyOutcome{}, match.ErrAlreadyUsed
		case err == nil && e.Expired(now):
			return replyOutcome{}, match.ErrExpired
		case err == nil:
			return replyOutcome{existing: &e}, nil
		case !errors.Is(err, persistence.ErrNoSuchExchange):
			return replyOutcome{}, err
		}
		sheet, _, err := v.LoadChecklist(me)
		if err != nil {
			return replyOutcome{}, err
		}
		if len(match.Tokens(cat, match.Responder, match.Person{Sheet: sheet, Maybes: maybes && inv.Maybes})) == 0 {
			return replyOutcome{}, nothingToCompare{me.Name}
		}
		q, _, err := match.Respond(rand.Reader, cat, match.Person{Sheet: sheet, Maybes: maybes}, inv, now)
		if err != nil {
			return replyOutcome{}, err
		}
		return replyOutcome{pending: q}, v.SavePending(q, me, partner)
	}, func(o replyOutcome, err error) {
		ap.update()
		switch {
		case err != nil:
			ap.problem.Say(compareSentence(err))
		case o.existing != nil:
			c.resumeWith(*o.existing, ap.problem, lang.L("You had already answered this invitation, so here is the same reply again."))
		default:
			c.dropPeople() // the reply is made and kept: the list closes
			c.showWait(o.pending, me.Name, partner, "")
		}
	})
}

// resumeWith opens a waiting exchange's page, asking for its person's PIN
// if needed; problems are said in p.
func (c *Compare) resumeWith(e persistence.Exchange, p *problem, note string) {
	prof, ok := c.profile(e.ProfileID)
	if !ok {
		p.Say(lang.L("The person who took part in this comparison is no longer in this vault. Cancel it, and start a new one if you like."))
		return
	}
	openProfile(c.app, prof, p, func(person *persistence.Person) { c.openWaiting(e.Session, person, note) }, func() {})
}

// waitPage shows the code this side sent and takes the partner's next one.
type waitPage struct {
	content fyne.CanvasObject
	code    *codeOut
	paste   *codeIn
	show    *widget.Button
	problem *problem
	note    *widget.Label
}

// showWait shows an exchange waiting for the partner's next code.
func (c *Compare) showWait(p *match.Pending, person, partner, note string) {
	w := &waitPage{problem: newProblem(), note: para(note)}
	w.note.Hidden = note == ""
	w.code = newCodeOut(c.app, p.Sent())
	title, tell, next, placeholder := lang.L("Step 1 of 3: your invitation"),
		lang.L("Send this to your partner, in any messenger. When they send back their reply, paste it below."),
		lang.L("Their reply"),
		lang.L("Paste your partner's reply here, from the BEGIN line to the END line")
	if p.Role == match.Responder {
		title, tell, next, placeholder = lang.L("Step 2 of 3: your reply"),
			lang.L("Send this back to your partner, the same way the invitation came. When they send you their result code, paste it below to see what you both want."),
			lang.L("Their result code"),
			lang.L("Paste your partner's result code here, from the BEGIN line to the END line")
	}
	want := match.KindReply
	if p.Role == match.Responder {
		want = match.KindFinal
	}
	got := func() {
		c.receive(codeTarget{text: w.paste.entry.Text, want: want, problem: w.problem, button: w.show})
	}
	w.paste = newCodeIn(c.app, placeholder, w.problem, got)
	w.show = widget.NewButtonWithIcon(lang.L("Show the result"), theme.ConfirmIcon(), got)
	w.show.Importance = widget.HighImportance
	back := widget.NewButtonWithIcon(lang.L("Back to Compare"), theme.NavigateBackIcon(), c.showHome)
	w.content = column(720,
		heading(title),
		w.note,
		para(tell),
		w.code.content,
		para(lang.L("{{.Name}}'s comparison with {{.Partner}} waits on this computer until {{.Date}}. You can leave this page: it is under Compare, \"Waiting for your partner\".",
			map[string]any{"Name": person, "Partner": nameOr(partner), "Date": dateText(p.Expires())})),
		subheading(next),
		w.paste.content,
		w.problem,
		rightAligned(back, w.show),
	)
	w.paste.page = scrollOf(w.content)
	c.answer, c.wait, c.result = nil, w, nil
	c.showPage(w.content)
}
