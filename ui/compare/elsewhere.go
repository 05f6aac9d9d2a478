package compare

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
	"parleyapp.org/parley/ui/kit"
)

func fantasiesLabel() string {
	return lang.L("Compare fantasies too (things one or both of us would only talk about or role-play)")
}

func maybesLabel() string {
	return lang.L("Also show things one or both of us said maybe to (\"worth talking about\")")
}

// groupNote is the plain sentence for three or four people who are not at
// one computer.
func groupNote() *widget.Label { return kit.Para(groupElsewhere()) }

// maybesNote says, quietly, that maybes are compared only when both choose to.
func maybesNote(text string) *widget.Label {
	l := kit.Para(text)
	l.Importance = widget.LowImportance
	return l
}

func (c *Compare) buildElsewhere() {
	c.me = newPersonPicker(c.env, c.problem, lang.L("Choose your name"), c.update)
	c.me.only = true
	c.partner = widget.NewEntry()
	c.partner.SetPlaceHolder(lang.L("Optional: how it should appear on your screen"))
	c.maybes = widget.NewCheck(maybesLabel(), nil)
	c.fantasies = widget.NewCheck(fantasiesLabel(), nil)
	c.invite = widget.NewButtonWithIcon(lang.L("Create an invitation"), theme.MailSendIcon(), func() { c.createInvitation(false) })
	c.invite.Importance = widget.HighImportance
	c.invite.Disable()
	c.invitePage = widget.NewButtonWithIcon(lang.L("Invite someone without Parley"), theme.FileIcon(), func() { c.createInvitation(true) })
	c.invitePage.Disable()
	c.inviteWhy = kit.DisabledReason()
	c.codeProblem = kit.NewProblem()
	got := func() {
		c.receive(codeTarget{text: c.anyCode.entry.Text, problem: c.codeProblem, button: c.continueBtn})
	}
	c.anyCode = newCodeIn(c, lang.L("Paste it here, from the BEGIN line to the END line"), c.codeProblem, got)
	c.continueBtn = widget.NewButtonWithIcon(lang.L("Continue"), theme.NavigateNextIcon(), got)
	c.waiting = container.NewVBox()
	c.waitingBox = container.NewVBox(kit.Subheading(lang.L("Waiting for your partner")), c.waiting)
	c.waitingBox.Hide()
	c.earlier = container.NewVBox()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("You are"), c.me.sel),
		widget.NewFormItem(lang.L("Your partner's name"), c.partner),
	)
	c.elsewhere = container.NewVBox(
		kit.Para(lang.L("You send each other three short codes, in any messenger or by email:")),
		kit.Para(strings.Join([]string{
			lang.L("1. One of you creates an invitation and sends it."),
			lang.L("2. The other pastes it into Parley and sends back a reply."),
			lang.L("3. The first pastes the reply, sees the result, and sends back a result code, so you both see the same result."),
		}, "\n")),
		kit.Para(lang.L("Nobody who sees the codes on the way can read your answers from them. Send them in a conversation you trust, so you know they really come from your partner.")),
		groupNote(),
		c.waitingBox,
		kit.Subheading(lang.L("Start a comparison")),
		form,
		c.maybes,
		c.fantasies,
		maybesNote(lang.L("Maybes and fantasies are each compared only if your partner ticks the same box too.")),
		kit.RightAligned(c.invitePage, c.invite),
		maybesNote(lang.L("Invite someone without Parley saves a page they open in any web browser, with nothing to install and nothing sent anywhere. They answer there and send you their reply code.")),
		c.inviteWhy,
		kit.Subheading(lang.L("Did your partner send you a code?")),
		kit.Para(lang.L("Paste it below, whichever step it is: an invitation, a reply or a result code. Parley knows what to do with it.")),
		c.anyCode.content,
		c.codeProblem,
		kit.RightAligned(c.continueBtn),
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
	now := c.env.Now()
	for _, e := range c.pendings {
		e := e
		text := widget.NewLabel(c.pendingText(e) + " " + kit.ExpiresText(e, now))
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
		c.earlier.Add(kit.Subheading(lang.L("Earlier results")))
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
	if !r.Locked && r.Group != nil {
		return lang.L("{{.Names}}, {{.Date}}: {{.Things}}", map[string]any{
			"Names": kit.JoinWords(r.Group.Names), "Date": dateText(r.Created), "Things": thingsAllWant(len(r.Group.Everyone))})
	}
	if !r.Locked {
		return lang.L("{{.A}} and {{.B}}, {{.Date}}: {{.Things}}", map[string]any{
			"A": kit.Capitalise(r.StarterName), "B": r.ResponderName, "Date": dateText(r.Created), "Things": thingsYouBothWant(len(r.BothYes))})
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
	}
	return kit.Plural(n, "{{.N}} thing you both want", "{{.N}} things you both want", map[string]any{"N": n})
}

func thingsAllWant(n int) string {
	switch n {
	case 0:
		return lang.L("nothing all of you said yes to")
	}
	return kit.Plural(n, "{{.N}} thing all of you want", "{{.N}} things all of you want", map[string]any{"N": n})
}

// groupElsewhere is match.GroupElsewhere, word for word (a test keeps them
// the same), where a group on separate computers looks for it.
func groupElsewhere() string {
	return lang.L("On separate computers a group compares two at a time. Each pair sees only what the two of them both want and how many answers each shared; no one sees a pair's result unless they were in it or one of the two shows them. To see what all of you want, sit together at one computer.")
}

// askCancel asks before forgetting a waiting exchange.
func (c *Compare) askCancel(e persistence.Exchange) {
	c.cancelDialog = kit.NewConfirm(lang.L("Cancel this comparison?"),
		lang.L("Parley will forget this comparison and its secret. A code your partner sends for it later can't be used; you would start a new comparison instead."),
		func(ok bool) {
			if ok {
				c.cancel(e)
			}
		}, c.env.Window)
	c.cancelDialog.SetConfirmText(lang.L("Cancel the comparison"))
	c.cancelDialog.SetDismissText(lang.L("Keep it"))
	c.cancelDialog.Show()
}

func (c *Compare) cancel(e persistence.Exchange) {
	v := c.env.Vault()
	if v == nil { // Parley locked meanwhile
		return
	}
	kit.Background(c.env, func() (struct{}, error) { return struct{}{}, v.CancelPending(e.Session) }, func(_ struct{}, err error) {
		if err != nil {
			c.problem.Say(kit.ErrorSentence(err))
			return
		}
		c.reload()
	})
}

// createInvitation starts an exchange for the chosen person; with page,
// it then saves the invitation page for a partner without Parley.
func (c *Compare) createInvitation(page bool) {
	me, partner, maybes, fantasies := c.me.person, strings.TrimSpace(c.partner.Text), c.maybes.Checked, c.fantasies.Checked
	if me == nil {
		c.problem.Say(lang.L("Choose who you are first."))
		return
	}
	v, cat, now := c.env.Vault(), c.env.Catalog, c.env.Now()
	if v == nil { // Parley locked meanwhile
		return
	}
	c.invite.Disable()
	c.problem.Say("")
	kit.Background(c.env, func() (*match.Pending, error) {
		sheet, _, err := v.LoadChecklist(me)
		if err != nil {
			return nil, err
		}
		person := match.Person{Sheet: sheet, Maybes: maybes, Fantasies: fantasies}
		if len(match.Tokens(cat, match.Starter, person)) == 0 {
			return nil, nothingToCompare{me.Name}
		}
		p, _, err := match.Start(rand.Reader, cat, person, now)
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
		c.showWait(p, me.Name, partner, "", checkCode(p))
		if page {
			c.saveInvitePage()
		}
	})
}

// resume opens a waiting exchange again (asking for a PIN if needed).
func (c *Compare) resume(e persistence.Exchange) { c.resumeWith(e, c.problem, "") }

// openWaiting reads an exchange's private part and shows its waiting page.
func (c *Compare) openWaiting(session string, person *persistence.Person, note string) {
	v := c.env.Vault()
	if v == nil { // Parley locked meanwhile
		return
	}
	kit.Background(c.env, func() (persistence.ExchangeState, error) { return v.OpenExchange(session, person) }, func(st persistence.ExchangeState, err error) {
		switch {
		case err != nil:
			c.problem.Say(exchangeSentence(err))
		case st.Pending.Sent() == nil:
			c.problem.Say(match.ErrAlreadyUsed.Error())
		default:
			c.showWait(st.Pending, person.Name, st.Partner, note, checkCode(st.Pending))
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
	return kit.ErrorSentence(err)
}

// openSaved shows a saved result again; for the starter of an exchange
// between two computers, with the result code to send again. A protected
// result asks first for the PIN of one of its protected people; a
// cancelled prompt shows nothing.
func (c *Compare) openSaved(r persistence.SavedComparison) {
	v := c.env.Vault()
	if v == nil { // Parley locked meanwhile
		return
	}
	if r.Locked {
		c.openLocked(r)
		return
	}
	kit.Background(c.env, func() (persistence.Exchange, error) { return v.Exchange(r.ID) }, func(e persistence.Exchange, err error) {
		prof, ok := c.profile(e.ProfileID)
		if err != nil || e.Role != match.Starter || e.Forgotten || !ok {
			c.showResult(r, nil, nil)
			return
		}
		kit.OpenProfile(c.env, prof, c.problem, func(person *persistence.Person) {
			kit.Background(c.env, func() (persistence.ExchangeState, error) { return v.OpenExchange(r.ID, person) }, func(st persistence.ExchangeState, err error) {
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
	box := container.NewVBox(kit.Para(lang.L("Either of you can open it with your own PIN.")))
	var d dialog.Dialog
	for _, p := range sealed {
		p := p
		_, b := kit.NewEscButton(c.env.Window, lang.L("{{.Name}} types their PIN", map[string]any{"Name": p.Name}), func() {
			d.Hide()
			c.openLockedWith(r, p)
		})
		box.Add(b)
	}
	d = kit.NewCustom(lang.L("Who opens this result?"), lang.L("Cancel"), box, c.env.Window)
	c.ownerDialog = d
	d.Show()
}

// openLockedWith asks prof's PIN and shows the result; the opened list is
// dropped as soon as the result is read.
func (c *Compare) openLockedWith(r persistence.SavedComparison, prof persistence.Profile) {
	v := c.env.Vault()
	prompt := kit.OpenProfile(c.env, prof, c.problem, func(person *persistence.Person) {
		kit.Background(c.env, func() (persistence.SavedComparison, error) { return v.OpenComparison(r.ID, person) }, func(open persistence.SavedComparison, err error) {
			if err != nil {
				c.problem.Say(kit.ErrorSentence(err))
				return
			}
			c.showResult(open, nil, nil)
		})
	}, func() {})
	c.pin, c.pinDialog = prompt.Entry, prompt.Dialog
}
