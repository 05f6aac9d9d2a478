package ui

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/persistence"
)

// codeTarget is a code the person pasted: its text, the step it is
// pasted for (KindReply, KindFinal, or 0 where any code is welcome), where
// to say what went wrong, and the button to hold while it is read.
type codeTarget struct {
	text    string
	want    match.Kind
	problem *problem
	button  *widget.Button
}

// received is a partner's code read, with the exchange it belongs to.
type received struct {
	msg        match.Message
	exchange   persistence.Exchange
	invitation bool // an invitation: it is answered on its own page
}

// receive reads a partner's code: an invitation (where any code is
// welcome), the starter's reply or the responder's result code. The checks
// that need no PIN come first; the pasted text is never cleared.
func (c *Compare) receive(t codeTarget) {
	if strings.TrimSpace(t.text) == "" {
		t.problem.Say(lang.L("Paste the code your partner sent you first, or open it from a file."))
		return
	}
	v, now := c.app.Vault(), c.app.now()
	if v == nil { // Parley locked meanwhile
		return
	}
	t.button.Disable()
	t.problem.Say("")
	background(func() (received, error) { return lookUpCode(v, t, now) }, func(r received, err error) {
		switch {
		case err != nil:
			t.button.Enable()
			t.problem.Say(receiveSentence(err))
			return
		case r.invitation:
			t.button.Enable()
			c.showAnswer(t.text)
			return
		}
		prof, ok := c.profile(r.exchange.ProfileID)
		if !ok {
			t.button.Enable()
			t.problem.Say(lang.L("The person who took part in this comparison is no longer in this vault. Please start a new comparison."))
			return
		}
		openProfile(c.app, prof, t.problem, func(person *persistence.Person) { c.finish(t, r, person) }, t.button.Enable)
	})
}

// lookUpCode decodes a pasted code and finds the exchange it belongs to.
func lookUpCode(v *persistence.Vault, t codeTarget, now time.Time) (received, error) {
	msg, err := decodeFor(t.want, []byte(t.text))
	if err != nil {
		return received{}, err
	}
	var session match.SessionID
	role := match.Starter
	switch m := msg.(type) {
	case *match.Invitation:
		return received{msg: msg, invitation: true}, nil
	case *match.Reply:
		session = m.Session
	case *match.Final:
		session, role = m.Session, match.Responder
	}
	e, err := v.Exchange(session.String())
	switch {
	case errors.Is(err, persistence.ErrNoSuchExchange):
		return received{}, match.ErrUnknownExchange
	case err != nil:
		return received{}, err
	case e.Role != role:
		return received{}, errOwnCode
	case e.Done && (e.Role != match.Starter || e.Forgotten):
		return received{}, match.ErrAlreadyUsed
	case e.Done: // the same reply again: the result and its code are shown again
	case e.Expired(now):
		return received{}, match.ErrExpired
	case e.Forgotten:
		return received{}, match.ErrBadState
	}
	return received{msg: msg, exchange: e}, nil
}

func decodeFor(want match.Kind, text []byte) (match.Message, error) {
	switch want {
	case match.KindReply:
		return match.DecodeReply(text)
	case match.KindFinal:
		return match.DecodeFinal(text)
	}
	return match.Decode(text)
}

var errOwnCode = errors.New("this is the code this computer sent")

func receiveSentence(err error) string {
	if errors.Is(err, errOwnCode) {
		return lang.L("This is the code you sent, not one your partner sent you. Paste the code your partner sends back.")
	}
	return compareSentence(err)
}

// finished is a result worked out from the partner's last code.
type finished struct {
	saved       persistence.SavedComparison
	final       match.Message // the result code the starter sends back
	saveErr     error
	fingerprint string // the exchange fingerprint; "" for a result shown again
}

// finish works out the result with the kept half of the exchange, keeps
// it (the engine has dropped the secret) and shows it.
func (c *Compare) finish(t codeTarget, r received, person *persistence.Person) {
	v, cat, now := c.app.Vault(), c.app.cat, c.app.now()
	if v == nil { // Parley locked meanwhile
		return
	}
	e := r.exchange
	background(func() (finished, error) {
		st, err := v.OpenExchange(e.Session, person)
		if err != nil {
			return finished{}, err
		}
		if e.Done {
			saved, err := v.OpenComparison(e.Session, person)
			return finished{saved: saved, final: st.Pending.Sent()}, err
		}
		names := withCustom(cat, v, person)
		var f finished
		if e.Role == match.Starter {
			res, final, err := st.Pending.Finish(r.msg.(*match.Reply), now)
			if err != nil {
				return finished{}, err
			}
			f = finished{saved: savedResult(names, res, person.Name, nameOr(st.Partner), starterSide), final: final, fingerprint: res.Fingerprint}
		} else {
			res, err := st.Pending.Complete(r.msg.(*match.Final), now)
			if err != nil {
				return finished{}, err
			}
			f = finished{saved: savedResult(names, res, nameOr(st.Partner), person.Name, responderSide), fingerprint: res.Fingerprint}
		}
		f.saved.ID = e.Session
		kept, err := v.FinishExchange(st.Pending, person, st.Partner, f.saved)
		if err != nil {
			f.saveErr = err
		} else {
			f.saved = kept
		}
		return f, nil
	}, func(f finished, err error) {
		if err != nil {
			t.button.Enable()
			t.problem.Say(exchangeOrCompareSentence(err))
			return
		}
		c.showResultWith(f.saved, f.final, f.saveErr, f.fingerprint)
	})
}

func exchangeOrCompareSentence(err error) string {
	var me *match.Error
	if errors.As(err, &me) {
		return me.Error()
	}
	return exchangeSentence(err)
}
