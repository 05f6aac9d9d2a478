package match

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// wantProblem fails unless err is an *Error with problem p whose sentence
// mentions every word in words.
func wantProblem(t *testing.T, err error, p Problem, words ...string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || e.Problem != p || !errors.Is(err, &Error{Problem: p}) {
		t.Fatalf("got %v (%#v), want problem %d", err, err, p)
	}
	for _, w := range words {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%q does not mention %q", err.Error(), w)
		}
	}
}

func TestNotParley(t *testing.T) {
	for _, text := range []string{"", "hello", "-----BEGIN PGP MESSAGE-----\nabc\n-----END PGP MESSAGE-----",
		strings.Repeat("A", maxTextSize+1)} {
		_, err := Decode([]byte(text))
		wantProblem(t, err, NotParley, "BEGIN", "END")
	}
}

func TestWrongStep(t *testing.T) {
	x := sampleRun(t)
	codes := map[Kind][]byte{KindInvitation: x.inv.Encode(), KindReply: x.reply.Encode(), KindFinal: x.final.Encode()}
	decoders := map[Kind]func([]byte) error{
		KindInvitation: func(b []byte) error { _, err := DecodeInvitation(b); return err },
		KindReply:      func(b []byte) error { _, err := DecodeReply(b); return err },
		KindFinal:      func(b []byte) error { _, err := DecodeFinal(b); return err },
	}
	for got, code := range codes {
		for want, decode := range decoders {
			err := decode(code)
			if got == want {
				if err != nil {
					t.Errorf("%s read as itself: %v", got, err)
				}
				continue
			}
			var e *Error
			wantProblem(t, err, WrongStep, got.String(), want.wanted())
			if errors.As(err, &e); e.Expected != want || e.Got != got {
				t.Errorf("expected/got = %v/%v, want %v/%v", e.Expected, e.Got, want, got)
			}
		}
	}
}

// A person who pastes the wrong code into an exchange in progress is told
// which code that step needs.
func TestWrongStepInAnExchange(t *testing.T) {
	st, inv, re, reply := halfway(t)
	_, _, err := re.Finish(reply, day0) // the responder's own reply pasted back
	wantProblem(t, err, WrongStep, "reply", "result code")
	_, err = st.Complete(&Final{Session: inv.Session}, day0)
	wantProblem(t, err, WrongStep, "result code", "your partner's reply")
}

// halfway starts an exchange and answers it, stopping before Finish.
func halfway(t *testing.T) (*Pending, *Invitation, *Pending, *Reply) {
	t.Helper()
	c, rnd := fakeCatalog(), seeded(9)
	st, inv, err := Start(rnd, c, Person{Sheet: sheetOf("act-00/together=yes", "act-01/giving=yes")}, day0)
	if err != nil {
		t.Fatal(err)
	}
	re, reply, err := Respond(rnd, c, Person{Sheet: sheetOf("act-00/together=yes", "act-02/giving=yes")}, inv, day0)
	if err != nil {
		t.Fatal(err)
	}
	return st, inv, re, reply
}

// payloadLines returns the indices of the first and last base32 lines of a
// code split into lines: intro, BEGIN, payload…, Check, END, "".
func payloadLines(lines []string) (first, last int) {
	return 2, len(lines) - 4
}

func TestTruncated(t *testing.T) {
	code := string(sampleRun(t).reply.Encode())
	lines := strings.Split(code, "\n")
	first, last := payloadLines(lines)
	cases := map[string]string{
		"cut before the end":    code[:len(code)/2],
		"END line missing":      strings.Join(lines[:len(lines)-2], "\n"),
		"a middle line missing": strings.Join(append(append([]string{}, lines[:first+1]...), lines[first+2:]...), "\n"),
		"last payload line cut": strings.Join(append(append([]string{}, lines[:last]...), lines[last][:4]), "\n") + "\n" + strings.Join(lines[last+1:], "\n"),
		"Check line missing":    strings.Join(append(append([]string{}, lines[:last+1]...), lines[last+2:]...), "\n"),
		"start missing":         strings.Join(lines[3:], "\n"),
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeReply([]byte(text))
			wantProblem(t, err, Truncated, "missing", "BEGIN", "END")
		})
	}
}

func TestDamaged(t *testing.T) {
	code := string(sampleRun(t).final.Encode())
	lines := strings.Split(code, "\n")
	first, last := payloadLines(lines)
	change := func(i int, f func(string) string) string {
		l := append([]string{}, lines...)
		l[i] = f(l[i])
		return strings.Join(l, "\n")
	}
	flip := func(s string) string { // one letter changed into another
		if s[10] == 'A' {
			return s[:10] + "B" + s[11:]
		}
		return s[:10] + "A" + s[11:]
	}
	cases := map[string]string{
		"a letter changed": change(first, flip),
		"check value changed": change(last+1, func(s string) string {
			if strings.HasSuffix(s, "0") {
				return s[:len(s)-1] + "1"
			}
			return s[:len(s)-1] + "0"
		}),
		"a stray character":     change(first, func(s string) string { return s[:5] + "!" + s[6:] }),
		"a line too many":       change(first, func(s string) string { return s + "\n" + s }),
		"check line unreadable": change(last+1, func(string) string { return "Check: lots" }),
		"BEGIN and END differ":  strings.Replace(code, "END PARLEY RESULT", "END PARLEY REPLY", 1),
		"last letter changed":   change(last, func(s string) string { return s[:len(s)-1] + string(s[len(s)-1]+1) }),
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeFinal([]byte(text))
			wantProblem(t, err, Damaged, "send it again")
		})
	}
}

func TestNewerVersion(t *testing.T) {
	p := sampleRun(t).inv.payload()
	p[0] = ProtocolVersion + 1
	_, err := DecodeInvitation(armour(KindInvitation, p))
	wantProblem(t, err, NewerVersion, "update Parley")
	p[0] = 1 // protocol version 1: one secret per side, no proofs
	_, err = DecodeInvitation(armour(KindInvitation, p))
	wantProblem(t, err, OlderVersion, "older version", "Ask your partner to update Parley", "new comparison")

	future := "-----BEGIN PARLEY HANDSHAKE-----\nAAAA\nCheck: 3 00000000\n-----END PARLEY HANDSHAKE-----\n"
	_, err = Decode([]byte(future))
	wantProblem(t, err, NewerVersion, "update Parley")
}

func TestOtherCatalog(t *testing.T) {
	c := fakeCatalog()
	_, inv, err := Start(seeded(1), c, Person{Sheet: sheetOf("act-00/together=yes")}, day0)
	if err != nil {
		t.Fatal(err)
	}
	older, newer := fakeCatalog(), fakeCatalog()
	older.Version, newer.Version = "test.6", "test.10"

	_, _, err = Respond(seeded(2), older, Person{Sheet: sheetOf()}, inv, day0)
	wantProblem(t, err, OtherCatalog, "test.7", "test.6", "Please update Parley")
	_, _, err = Respond(seeded(2), newer, Person{Sheet: sheetOf()}, inv, day0)
	wantProblem(t, err, OtherCatalog, "test.7", "test.10", "Ask your partner to update")
}

func TestExpired(t *testing.T) {
	for _, late := range []time.Duration{Expiry, Expiry + time.Second} {
		st, _, re, reply := halfway(t)
		res, final, err := st.Finish(reply, day0.Add(late))
		if late == Expiry {
			if err != nil {
				t.Fatalf("on the last moment: %v", err)
			}
			if _, err := re.Complete(final, day0.Add(late)); err != nil {
				t.Fatalf("on the last moment: %v", err)
			}
			continue
		}
		if len(res.BothYes) != 0 {
			t.Fatal("an expired exchange gave a result")
		}
		wantProblem(t, err, Expired, "14 days", "start a new comparison")
		if !st.Expired(day0.Add(late)) || st.Expired(day0.Add(Expiry)) {
			t.Error("Expired disagrees with Finish")
		}
	}
	_, _, re, _ := halfway(t)
	_, err := re.Complete(&Final{Session: re.Session}, day0.Add(Expiry+time.Second))
	wantProblem(t, err, Expired, "14 days")
}

func TestUnknownExchange(t *testing.T) {
	st, _, re, reply := halfway(t)
	other, _, _, _ := halfway(t)
	other.Session[0] ^= 1
	if p, err := Lookup([]*Pending{other, re, st}, reply.Session, Starter); err != nil || p != st {
		t.Fatalf("Lookup found %v, %v", p, err)
	}
	_, err := Lookup([]*Pending{other, re}, reply.Session, Starter)
	wantProblem(t, err, UnknownExchange, "start a new comparison")
	_, _, err = other.Finish(reply, day0)
	wantProblem(t, err, UnknownExchange)
}

func TestAlreadyUsed(t *testing.T) {
	st, _, re, reply := halfway(t)
	_, final, err := st.Finish(reply, day0)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = st.Finish(reply, day0)
	wantProblem(t, err, AlreadyUsed, "already finished")
	if _, err := re.Complete(final, day0); err != nil {
		t.Fatal(err)
	}
	_, err = re.Complete(final, day0)
	wantProblem(t, err, AlreadyUsed, "already finished")

	// Still used after a trip through the vault.
	var stored Pending
	if data, err := st.MarshalBinary(); err != nil || stored.UnmarshalBinary(data) != nil {
		t.Fatal("round trip failed")
	}
	_, _, err = stored.Finish(reply, day0)
	wantProblem(t, err, AlreadyUsed)
}

// Messages that read correctly but would let a cheat (or a faulty program)
// through: each is refused with Invalid.
func TestInvalidContents(t *testing.T) {
	identity := Point{}
	var nonCanonical Point
	for i := range nonCanonical {
		nonCanonical[i] = 0xff
	}
	tests := []struct {
		name string
		edit func(inv *Invitation, reply *Reply, final *Final)
		step string // where it is caught: respond, finish or complete
	}{
		{"identity as a key", func(i *Invitation, _ *Reply, _ *Final) { i.Tiers[0].Key = identity }, "respond"},
		{"reply key is the identity", func(_ *Invitation, r *Reply, _ *Final) { r.Tiers[0].Key = identity }, "finish"},
		{"identity in invitation", func(i *Invitation, _ *Reply, _ *Final) { i.Tiers[0].Blinded[0] = identity }, "respond"},
		{"non-canonical in invitation", func(i *Invitation, _ *Reply, _ *Final) { i.Tiers[0].Blinded[0] = nonCanonical }, "respond"},
		{"duplicate in invitation", func(i *Invitation, _ *Reply, _ *Final) { i.Tiers[0].Blinded[1] = i.Tiers[0].Blinded[0] }, "respond"},
		{"open tier without choosing maybes", func(i *Invitation, _ *Reply, _ *Final) { i.Tiers[1].Blinded = i.Tiers[0].Blinded[:1] }, "respond"},
		{"reply answers fewer", func(_ *Invitation, r *Reply, _ *Final) { r.Tiers[0].Double = r.Tiers[0].Double[1:] }, "finish"},
		{"reply answers more", func(_ *Invitation, r *Reply, _ *Final) {
			r.Tiers[0].Double = append(r.Tiers[0].Double, r.Tiers[0].Blinded[0])
		}, "finish"},
		{"reply sends open tier not agreed", func(_ *Invitation, r *Reply, _ *Final) { r.Maybes, r.Tiers[1].Blinded = true, r.Tiers[0].Blinded[:1] }, "finish"},
		{"duplicate in reply", func(_ *Invitation, r *Reply, _ *Final) { r.Tiers[0].Blinded[1] = r.Tiers[0].Blinded[0] }, "finish"},
		{"identity in reply", func(_ *Invitation, r *Reply, _ *Final) { r.Tiers[0].Double[0] = identity }, "finish"},
		{"non-canonical in reply", func(_ *Invitation, r *Reply, _ *Final) { r.Tiers[0].Blinded[0] = nonCanonical }, "finish"},
		{"result code index beyond the reply", func(_ *Invitation, _ *Reply, f *Final) { f.Tiers[0].Matched[2].Index = 3 }, "complete"},
		{"result code indices out of order", func(_ *Invitation, _ *Reply, f *Final) {
			m := f.Tiers[0].Matched
			m[0], m[1] = m[1], m[0]
		}, "complete"},
		{"result code index twice", func(_ *Invitation, _ *Reply, f *Final) { f.Tiers[0].Matched[1].Index = f.Tiers[0].Matched[0].Index }, "complete"},
		{"result code index negative", func(_ *Invitation, _ *Reply, f *Final) { f.Tiers[0].Matched[0].Index = -1 }, "complete"},
		{"result code in a tier not compared", func(_ *Invitation, _ *Reply, f *Final) {
			f.Tiers[1].Matched, f.Tiers[1].Proof = f.Tiers[0].Matched[:1], f.Tiers[0].Proof
		}, "complete"},
		{"duplicate in result code", func(_ *Invitation, _ *Reply, f *Final) { f.Tiers[0].Matched[1].Double = f.Tiers[0].Matched[0].Double }, "complete"},
		{"identity in result code", func(_ *Invitation, _ *Reply, f *Final) { f.Tiers[0].Matched[0].Double = identity }, "complete"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, rnd := fakeCatalog(), seeded(5)
			two := sheetOf("act-00/together=yes", "act-01/giving=yes", "act-02/receiving=yes")
			mirror := sheetOf("act-00/together=yes", "act-01/receiving=yes", "act-02/giving=yes") // all three match
			st, inv, err := Start(rnd, c, Person{Sheet: two}, day0)
			if err != nil {
				t.Fatal(err)
			}
			if tt.step == "respond" {
				tt.edit(inv, nil, nil)
				_, _, err = Respond(rnd, c, Person{Sheet: mirror}, inv, day0)
				wantProblem(t, err, Invalid, "start a new comparison")
				return
			}
			re, reply, err := Respond(rnd, c, Person{Sheet: mirror}, inv, day0)
			if err != nil {
				t.Fatal(err)
			}
			if tt.step == "finish" {
				tt.edit(nil, reply, nil)
				_, _, err = st.Finish(reply, day0)
				wantProblem(t, err, Invalid)
				if st.Step != AwaitingReply {
					t.Error("a refused reply used up the exchange")
				}
				return
			}
			_, final, err := st.Finish(reply, day0)
			if err != nil {
				t.Fatal(err)
			}
			tt.edit(nil, nil, final)
			_, err = re.Complete(final, day0)
			wantProblem(t, err, Invalid)
		})
	}
}

// The decoder accepts only the one encoding a message has.
func TestInvalidPayloads(t *testing.T) {
	x := sampleRun(t)
	noMaybes := &Invitation{Session: x.inv.Session, CatalogVersion: "v1",
		Tiers: []InvitationTier{x.inv.Tiers[0], {Key: x.inv.Tiers[1].Key}, {Key: x.inv.Tiers[2].Key}}}
	// withTier fills tier i of noMaybes with one element, without the flag.
	withTier := func(i int) []byte {
		m := *noMaybes
		m.Tiers = slices.Clone(noMaybes.Tiers)
		m.Tiers[i].Blinded = x.inv.Tiers[0].Blinded[:1]
		return m.payload()
	}
	tests := map[string]struct {
		kind    Kind
		payload []byte
	}{
		"trailing byte":         {KindReply, append(x.reply.payload(), 0)},
		"kind byte disagrees":   {KindReply, x.final.payload()},
		"version zero":          {KindFinal, append([]byte{0}, x.final.payload()[1:]...)},
		"unknown flag":          {KindReply, setByte(x.reply.payload(), 18, 4)},
		"open tier, no maybes":  {KindInvitation, withTier(1)},
		"fantasy tier, no flag": {KindInvitation, withTier(2)},
		"catalog with a bar":    {KindInvitation, (&Invitation{CatalogVersion: "a|b", Tiers: noMaybes.Tiers}).payload()},
		"empty catalog":         {KindInvitation, (&Invitation{Tiers: noMaybes.Tiers}).payload()},
		"count beyond data":     {KindFinal, setByte(x.final.payload(), 19, 200)},
		"empty":                 {KindFinal, nil},
	}
	for name, tt := range tests {
		_, err := Decode(armour(tt.kind, tt.payload))
		t.Run(name, func(t *testing.T) { wantProblem(t, err, Invalid) })
	}
	if _, err := Decode(armour(KindInvitation, noMaybes.payload())); err != nil {
		t.Fatalf("the untouched payload is refused: %v", err)
	}
}

func setByte(b []byte, i int, v byte) []byte {
	b[i] = v
	return b
}

func TestBadState(t *testing.T) {
	st, _, re, _ := halfway(t)
	for _, p := range []*Pending{st, re} {
		data, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		for name, bad := range map[string][]byte{
			"empty":      nil,
			"cut short":  data[:len(data)-1],
			"too long":   append(append([]byte{}, data...), 0),
			"new format": setByte(append([]byte{}, data...), 0, 9),
			"bad role":   setByte(append([]byte{}, data...), 1, 7),
			"bad step":   setByte(append([]byte{}, data...), 2, 3-byte(p.Role)),
		} {
			var q Pending
			err := q.UnmarshalBinary(bad)
			t.Run(name, func(t *testing.T) { wantProblem(t, err, BadState, "start a new comparison") })
		}
	}
	// A starter that lost its secrets cannot go on.
	st.secrets = nil
	data, _ := st.MarshalBinary()
	wantProblem(t, new(Pending).UnmarshalBinary(data), BadState)
	// Nor a responder whose tokens no longer fit the reply it sent: a result
	// code's indices point into that reply.
	re.own[0] = re.own[0][1:]
	data, _ = re.MarshalBinary()
	wantProblem(t, new(Pending).UnmarshalBinary(data), BadState)
}

// Every problem has its own plain sentence or two, with no technical detail.
func TestErrorSentences(t *testing.T) {
	seen := map[string]Problem{}
	for p := NotParley; p <= OldState; p++ {
		e := &Error{Problem: p, Expected: KindReply, Got: KindInvitation, Ours: "1", Theirs: "2", Detail: "DETAIL"}
		msg := e.Error()
		if q, dup := seen[msg]; dup {
			t.Errorf("problems %d and %d share %q", p, q, msg)
		}
		seen[msg] = p
		sentences := strings.Count(msg+" ", ". ")
		if sentences < 1 || sentences > 2 || strings.Contains(msg, "DETAIL") {
			t.Errorf("problem %d: %q", p, msg)
		}
	}
}

// Base32 has spare bits in its last letter; a code whose spare bits are
// not zero decodes to the right bytes but is not the code Parley wrote.
func TestSpareBitsMustBeZero(t *testing.T) {
	for _, m := range []Message{sampleRun(t).inv, sampleRun(t).reply, sampleRun(t).final} {
		if len(m.payload())*8%5 == 0 {
			continue // no spare bits in this one
		}
		lines := strings.Split(string(m.Encode()), "\n")
		_, last := payloadLines(lines)
		l := lines[last]
		v := strings.IndexByte("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", l[len(l)-1])
		lines[last] = l[:len(l)-1] + string("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[v^1])
		_, err := Decode([]byte(strings.Join(lines, "\n")))
		wantProblem(t, err, Damaged)
		return
	}
	t.Fatal("no sample message has spare bits")
}
