package ui

import (
	"crypto/rand"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/persistence"
)

func maybesLabel() string {
	return lang.L("Also show things one or both of us said maybe to (\"worth talking about\")")
}

// maybesNote says, quietly, that maybes are compared only when both choose to.
func maybesNote(text string) *widget.Label {
	l := para(text)
	l.Importance = widget.LowImportance
	return l
}

func (c *Compare) buildElsewhere() {
	c.me = newPersonPicker(c.app, c.problem, lang.L("Choose your name"), c.update)
	c.me.only = true
	c.partner = widget.NewEntry()
	c.partner.SetPlaceHolder(lang.L("Optional: how it should appear on your screen"))
	c.maybes = widget.NewCheck(maybesLabel(), nil)
	c.invite = widget.NewButtonWithIcon(lang.L("Create an invitation"), theme.MailSendIcon(), c.createInvitation)
	c.invite.Importance = widget.HighImportance
	c.invite.Disable()
	c.inviteWhy = disabledReason()
	c.codeProblem = newProblem()
	got := func() {
		c.receive(codeTarget{text: c.anyCode.entry.Text, problem: c.codeProblem, button: c.continueBtn})
	}
	c.anyCode = newCodeIn(c.app, lang.L("Paste it here, from the BEGIN line to the END line"), c.codeProblem, got)
	c.continueBtn = widget.NewButtonWithIcon(lang.L("Continue"), theme.NavigateNextIcon(), got)
	c.waiting = container.NewVBox()
	c.waitingBox = container.NewVBox(subheading(lang.L("Waiting for your partner")), c.waiting)
	c.waitingBox.Hide()
	c.earlier = container.NewVBox()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("You are"), c.me.sel),
		widget.NewFormItem(lang.L("Your partner's name"), c.partner),
	)
	c.elsewhere = container.NewVBox(
		para(lang.L("You send each other three short codes, in any messenger or by email:")),
		para(strings.Join([]string{
			lang.L("1. One of you creates an invitation and sends it."),
			lang.L("2. The other pastes it into Parley and sends back a reply."),
			lang.L("3. The first pastes the reply, sees the result, and sends back a result code, so you both see the same result."),
		}, "\n")),
		para(lang.L("Nobody who sees the codes on the way can read your answers from them. Send them in a conversation you trust, so you know they really come from your partner.")),
		c.waitingBox,
		subheading(lang.L("Start a comparison")),
		form,
		c.maybes,
		maybesNote(lang.L("Maybes are compared only if your partner ticks this too.")),
		rightAligned(c.invite),
		c.inviteWhy,
		subheading(lang.L("Did your partner send you a code?")),
		para(lang.L("Paste it below, whichever step it is: an invitation, a reply or a result code. Parley knows what to do with it.")),
		c.anyCode.content,
		c.codeProblem,
		rightAligned(c.continueBtn),
	)
}

// showPendings lists the exchanges waiting for the partner's next code, at
// the top of the panel, where someone coming back with a code looks first.
func (c *Compare) showPendings() {
	c.waiting.Objects = nil
	if len(c.pendings) == 0 {
		c.waitingBox.Hide()
	} else {
		c.waitingBox.Show()
	}
	now := c.app.now()
	for _, e := range c.pendings {
		e := e
		text := widget.NewLabel(c.pendingText(e) + " " + expiresText(e, now))
		text.Wrapping = fyne.TextWrapWord
		resume := widget.NewButton(lang.L("Resume"), func() { c.resume(e) })
		cancel := widget.NewButton(lang.L("Cancel…"), func() { c.askCancel(e) })
		c.waiting.Add(container.NewBorder(nil, nil, nil, container.NewCenter(container.NewHBox(resume, cancel)), text))
	}
	c.waitingBox.Refresh()
}

func (c *Compare) profile(id string) (persistence.Profile, bool) {
	for _, p := range c.people {
		if p.ID == id {
			return p, true
		}
	}
	return persistence.Profile{}, false
}

func (c *Compare) pendingText(e persistence.Exchange) string {
	name := lang.L("Someone who has since been removed")
	if p, ok := c.profile(e.ProfileID); ok {
		name = p.Name
	}
	data := map[string]any{"Name": name, "Date": dateText(e.Created)}
	if e.Role == match.Starter {
		return lang.L("{{.Name}} made an invitation on {{.Date}}: waiting for the reply.", data)
	}
	return lang.L("{{.Name}} answered an invitation on {{.Date}}: waiting for the result code.", data)
}

// showEarlier lists the last few saved results, to open again.
func (c *Compare) showEarlier(results []persistence.SavedComparison) {
	c.earlier.Objects = nil
	if len(results) > 0 {
		c.earlier.Add(subheading(lang.L("Earlier results")))
	}
	for i, r := range results {
		if i == 5 {
			break
		}
		r := r
		text := widget.NewLabel(c.earlierText(r))
		text.Wrapping = fyne.TextWrapWord
		open := widget.NewButton(lang.L("Open"), func() { c.openSaved(r) })
		c.earlier.Add(container.NewBorder(nil, nil, nil, open, text))
	}
	c.earlier.Refresh()
}

// earlierText is one line of the earlier results: for a protected one,
// only what the vault shows anyway (the people here and the date).
func (c *Compare) earlierText(r persistence.SavedComparison) string {
	if !r.Locked {
		return lang.L("{{.A}} and {{.B}}, {{.Date}}: {{.Things}}", map[string]any{
			"A": capitalise(r.StarterName), "B": r.ResponderName, "Date": dateText(r.Created), "Things": thingsYouBothWant(len(r.BothYes))})
	}
	var names []string
	for _, id := range r.Owners {
		if p, ok := c.profile(id); ok {
			names = append(names, p.Name)
		}
	}
	who := strings.Join(names, lang.L(" and "))
	if who == "" {
		who = lang.L("Someone who has since been removed")
	}
	return lang.L("{{.Who}}, {{.Date}}: protected. Opening it asks for the PIN of a protected list that took part.", map[string]any{"Who": who, "Date": dateText(r.Created)})
}

func thingsYouBothWant(n int) string {
	switch n {
	case 0:
		return lang.L("nothing you both said yes to")
	case 1:
		return lang.L("1 thing you both want")
	}
	return lang.L("{{.N}} things you both want", map[string]any{"N": n})
}

// askCancel asks before forgetting a waiting exchange.
func (c *Compare) askCancel(e persistence.Exchange) {
	c.cancelDialog = dialog.NewConfirm(lang.L("Cancel this comparison?"),
		lang.L("Parley will forget this comparison and its secret. A code your partner sends for it later can't be used; you would start a new comparison instead."),
		func(ok bool) {
			if ok {
				c.cancel(e)
			}
		}, c.app.win)
	c.cancelDialog.SetConfirmText(lang.L("Cancel the comparison"))
	c.cancelDialog.SetDismissText(lang.L("Keep it"))
	c.cancelDialog.Show()
}

func (c *Compare) cancel(e persistence.Exchange) {
	v := c.app.Vault()
	if v == nil { // Parley locked meanwhile
		return
	}
	background(func() (struct{}, error) { return struct{}{}, v.CancelPending(e.Session) }, func(_ struct{}, err error) {
		if err != nil {
			c.problem.Say(errorSentence(err))
			return
		}
		c.reload()
	})
}

// createInvitation starts an exchange for the chosen person.
func (c *Compare) createInvitation() {
	me, partner, maybes := c.me.person, strings.TrimSpace(c.partner.Text), c.maybes.Checked
	if me == nil {
		c.problem.Say(lang.L("Choose who you are first."))
		return
	}
	v, cat, now := c.app.Vault(), c.app.cat, c.app.now()
	if v == nil { // Parley locked meanwhile
		return
	}
	c.invite.Disable()
	c.problem.Say("")
	background(func() (*match.Pending, error) {
		sheet, _, err := v.LoadChecklist(me)
		if err != nil {
			return nil, err
		}
		if len(match.Tokens(cat, match.Starter, match.Person{Sheet: sheet, Maybes: maybes})) == 0 {
			return nil, nothingToCompare{me.Name}
		}
		p, _, err := match.Start(rand.Reader, cat, match.Person{Sheet: sheet, Maybes: maybes}, now)
		if err != nil {
			return nil, err
		}
		return p, v.SavePending(p, me, partner)
	}, func(p *match.Pending, err error) {
		c.update()
		if err != nil {
			c.problem.Say(compareSentence(err))
			return
		}
		c.dropPeople() // the invitation is made and kept: the list closes
		c.showWait(p, me.Name, partner, "")
	})
}

// resume opens a waiting exchange again (asking for a PIN if needed).
func (c *Compare) resume(e persistence.Exchange) { c.resumeWith(e, c.problem, "") }

// openWaiting reads an exchange's private part and shows its waiting page.
func (c *Compare) openWaiting(session string, person *persistence.Person, note string) {
	v := c.app.Vault()
	if v == nil { // Parley locked meanwhile
		return
	}
	background(func() (persistence.ExchangeState, error) { return v.OpenExchange(session, person) }, func(st persistence.ExchangeState, err error) {
		switch {
		case err != nil:
			c.problem.Say(exchangeSentence(err))
		case st.Pending.Sent() == nil:
			c.problem.Say(match.ErrAlreadyUsed.Error())
		default:
			c.showWait(st.Pending, person.Name, st.Partner, note)
		}
	})
}

// exchangeSentence: a kept exchange could not be read.
func exchangeSentence(err error) string {
	if errors.Is(err, persistence.ErrNoSuchExchange) {
		return match.ErrUnknownExchange.Error()
	}
	if errors.Is(err, persistence.ErrDamaged) {
		return match.ErrBadState.Error()
	}
	if errors.Is(err, persistence.ErrOldExchange) {
		return match.ErrOldState.Error()
	}
	return errorSentence(err)
}

// openSaved shows a saved result again; for the starter of an exchange
// between two computers, with the result code to send again. A protected
// result asks first for the PIN of one of its protected people; a
// cancelled prompt shows nothing.
func (c *Compare) openSaved(r persistence.SavedComparison) {
	v := c.app.Vault()
	if v == nil { // Parley locked meanwhile
		return
	}
	if r.Locked {
		c.openLocked(r)
		return
	}
	background(func() (persistence.Exchange, error) { return v.Exchange(r.ID) }, func(e persistence.Exchange, err error) {
		prof, ok := c.profile(e.ProfileID)
		if err != nil || e.Role != match.Starter || e.Forgotten || !ok {
			c.showResult(r, nil, nil)
			return
		}
		openProfile(c.app, prof, c.problem, func(person *persistence.Person) {
			background(func() (persistence.ExchangeState, error) { return v.OpenExchange(r.ID, person) }, func(st persistence.ExchangeState, err error) {
				var final match.Message
				if err == nil {
					final = st.Pending.Sent()
				}
				c.showResult(r, final, nil)
			})
		}, func() { c.showResult(r, nil, nil) })
	})
}

// openLocked opens a protected result with the PIN of one of its
// protected people: straight to the prompt when there is one, else a
// choice of whose PIN to type.
func (c *Compare) openLocked(r persistence.SavedComparison) {
	var sealed, open []persistence.Profile
	for _, id := range r.Owners {
		if p, ok := c.profile(id); ok && p.Sealed {
			sealed = append(sealed, p)
		} else if ok {
			open = append(open, p)
		}
	}
	if len(sealed) == 0 { // a list whose PIN was removed since: it opens without one
		sealed = open
	}
	switch len(sealed) {
	case 0:
		c.problem.Say(lang.L("This result belongs to a protected list that is no longer in this vault, so it can't be opened."))
	case 1:
		c.openLockedWith(r, sealed[0])
	default:
		c.chooseOwner(r, sealed)
	}
}

// chooseOwner asks whose PIN will open a result of two protected people.
func (c *Compare) chooseOwner(r persistence.SavedComparison, sealed []persistence.Profile) {
	box := container.NewVBox(para(lang.L("Either of you can open it with your own PIN.")))
	var d dialog.Dialog
	for _, p := range sealed {
		p := p
		_, b := newEscButton(c.app.win, lang.L("{{.Name}} types their PIN", map[string]any{"Name": p.Name}), func() {
			d.Hide()
			c.openLockedWith(r, p)
		})
		box.Add(b)
	}
	d = dialog.NewCustom(lang.L("Who opens this result?"), lang.L("Cancel"), box, c.app.win)
	c.ownerDialog = d
	d.Show()
}

// openLockedWith asks prof's PIN and shows the result; the opened list is
// dropped as soon as the result is read.
func (c *Compare) openLockedWith(r persistence.SavedComparison, prof persistence.Profile) {
	v := c.app.Vault()
	prompt := openProfile(c.app, prof, c.problem, func(person *persistence.Person) {
		background(func() (persistence.SavedComparison, error) { return v.OpenComparison(r.ID, person) }, func(open persistence.SavedComparison, err error) {
			if err != nil {
				c.problem.Say(errorSentence(err))
				return
			}
			c.showResult(open, nil, nil)
		})
	}, func() {})
	c.pin, c.pinDialog = prompt.Entry, prompt.Dialog
}
