package responder

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite/internal/starter"
)

// firstOf returns the first shipped activity of the given kind.
func firstOf(c *catalog.Catalog, kind catalog.Kind, skip int) catalog.Activity {
	for _, a := range c.Activities {
		if a.Kind == kind && !a.Custom {
			if skip == 0 {
				return a
			}
			skip--
		}
	}
	panic("no activity of kind " + kind)
}

// exchange is a starter in Parley and a page engine for the responder.
type exchange struct {
	*starter.Starter
	engine *Engine
}

func newExchange(t *testing.T, answers map[checklist.Key]checklist.Answer, maybes bool) *exchange {
	t.Helper()
	return newExchangeChoosing(t, answers, Choices{Maybes: maybes})
}

// newExchangeChoosing is newExchange with the starter's choice of tiers.
func newExchangeChoosing(t *testing.T, answers map[checklist.Key]checklist.Answer, choose Choices) *exchange {
	t.Helper()
	c := starter.Shipped(t)
	sheet := checklist.NewSheet()
	for k, a := range answers {
		sheet.Put(k, checklist.Entry{Answer: a})
	}
	s := starter.Start(t, c, match.Person{Sheet: sheet, Maybes: choose.Maybes, Fantasies: choose.Fantasies})
	inv := s.Inv
	catJSON, _ := json.Marshal(c)
	cfg, _ := json.Marshal(Config{Invitation: string(inv.Encode()), Catalog: catJSON})
	e, loaded, err := NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var l Loaded
	if err := json.Unmarshal(loaded, &l); err != nil || l.Fingerprint != inv.Fingerprint() || l.MaybesOffered != choose.Maybes || l.FantasiesOffered != choose.Fantasies {
		t.Fatalf("the page's check code %q (maybes %v, fantasies %v) is not the invitation's %q: %v", l.Fingerprint, l.MaybesOffered, l.FantasiesOffered, inv.Fingerprint(), err)
	}
	return &exchange{Starter: s, engine: e}
}

// reply makes the page's reply from its answers.
func (x *exchange) reply(t *testing.T, answers []Answer, maybes bool) string {
	t.Helper()
	return x.replyChoosing(t, answers, Choices{Maybes: maybes})
}

// replyChoosing is reply with the partner's choice of tiers.
func (x *exchange) replyChoosing(t *testing.T, answers []Answer, choose Choices) string {
	t.Helper()
	list, _ := json.Marshal(answers)
	out, err := x.engine.Respond(rand.Reader, list, choose, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var r Replied
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	return r.Reply
}

func (x *exchange) complete(t *testing.T, final string) View {
	t.Helper()
	out, err := x.engine.Complete([]byte(final), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var v View
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func matchesOf(v View) map[string][]string {
	out := map[string][]string{}
	for _, s := range v.Sections {
		for _, it := range s.Items {
			out[s.ID] = append(out[s.ID], it.Activity+"|"+it.Slot)
		}
	}
	return out
}

// The page's reply is a Parley reply: Parley's starter finishes it and the
// page shows the same matches, counts and fingerprint the starter sees;
// "not now" and hard limits never show on either side.
func TestPageAndParleyReachTheSameResult(t *testing.T) {
	x := newExchange(t, nil, true)
	c := x.Cat
	gr, gr2 := firstOf(c, catalog.GiveReceive, 0), firstOf(c, catalog.GiveReceive, 1)
	tog, tog2 := firstOf(c, catalog.Together, 0), firstOf(c, catalog.Together, 1)
	x = newExchange(t, map[checklist.Key]checklist.Answer{
		{Activity: gr.ID, Direction: checklist.Giving}:     checklist.Yes,   // partner receives: yes
		{Activity: tog.ID, Direction: checklist.Together}:  checklist.Maybe, // partner yes: worth talking
		{Activity: tog2.ID, Direction: checklist.Together}: checklist.Yes,   // partner's hard limit
		{Activity: gr2.ID, Direction: checklist.Receiving}: checklist.Yes,   // partner's "not now"
	}, true)
	reply := x.reply(t, []Answer{
		{Activity: gr.ID, Direction: "receiving", Answer: "yes"},
		{Activity: tog.ID, Direction: "together", Answer: "yes"},
		{Activity: tog2.ID, Direction: "together", Answer: "hard-limit"},
		{Activity: gr2.ID, Direction: "giving", Answer: "no"},
	}, true)
	res, final := x.Finish(t, reply)
	page := x.complete(t, final)
	parley := ViewOf(c, res, match.Starter)

	want := map[string][]string{"both-yes": {gr.ID + "|starter-gives"}, "worth-talking": {tog.ID + "|together"}}
	if got := matchesOf(page); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("page shows %v, want %v", got, want)
	}
	if fmt.Sprint(matchesOf(parley)) != fmt.Sprint(matchesOf(page)) {
		t.Errorf("Parley shows %v, the page %v", matchesOf(parley), matchesOf(page))
	}
	if page.Fingerprint != res.Fingerprint || page.Fingerprint == "" {
		t.Errorf("page fingerprint %q, Parley's %q", page.Fingerprint, res.Fingerprint)
	}
	if res.ResponderCount.Yes != 2 {
		t.Errorf("Parley counts %d yes answers from the page, want 2 (hard limit and not now never leave)", res.ResponderCount.Yes)
	}
	if got := page.Sections[0].Items[0].Roles; got != "they-give" {
		t.Errorf("the page says %q for what the starter gives", got)
	}
}

// Protocol v3's fantasy tier works from the page as from Parley: the
// partner answers "Fantasy only", both choose to compare fantasies, and a
// fantasy meets a Yes or a fantasy (never a Maybe) in its own section on
// both sides. If the starter did not choose fantasies, the partner's
// fantasy answers stay in the page and the page says so.
func TestFantasiesAreComparedWhenBothChoose(t *testing.T) {
	c := starter.Shipped(t)
	tog, tog2, tog3, tog4 := firstOf(c, catalog.Together, 0), firstOf(c, catalog.Together, 1), firstOf(c, catalog.Together, 2), firstOf(c, catalog.Together, 3)
	starter := map[checklist.Key]checklist.Answer{
		{Activity: tog.ID, Direction: checklist.Together}:  checklist.Yes,         // partner: fantasy only
		{Activity: tog2.ID, Direction: checklist.Together}: checklist.FantasyOnly, // partner: fantasy only
		{Activity: tog3.ID, Direction: checklist.Together}: checklist.Maybe,       // partner: fantasy only (a Maybe meets no fantasy)
		{Activity: tog4.ID, Direction: checklist.Together}: checklist.FantasyOnly, // partner: yes
	}
	page := []Answer{
		{Activity: tog.ID, Direction: "together", Answer: "fantasy"},
		{Activity: tog2.ID, Direction: "together", Answer: "fantasy"},
		{Activity: tog3.ID, Direction: "together", Answer: "fantasy"},
		{Activity: tog4.ID, Direction: "together", Answer: "yes"},
	}
	all := Choices{Maybes: true, Fantasies: true}

	x := newExchangeChoosing(t, starter, all)
	res, final := x.Finish(t, x.replyChoosing(t, page, all))
	shown := x.complete(t, final)
	want := map[string][]string{"fantasy": {tog.ID + "|together", tog2.ID + "|together", tog4.ID + "|together"}}
	wantSorted := func(m map[string][]string) string {
		for k := range m {
			sort.Strings(m[k])
		}
		return fmt.Sprint(m)
	}
	if got := matchesOf(shown); wantSorted(got) != wantSorted(want) {
		t.Errorf("the page shows %v, want %v", got, want)
	}
	if got := matchesOf(ViewOf(c, res, match.Starter)); wantSorted(got) != wantSorted(matchesOf(shown)) {
		t.Errorf("Parley shows %v, the page %v", got, matchesOf(shown))
	}
	if !res.FantasiesCompared || res.ResponderCount.Fantasy != 4 || res.ResponderCount.Yes != 1 {
		t.Errorf("Parley reads fantasies compared %v, %d fantasy-tier and %d yes answers from the page; want true, 4, 1",
			res.FantasiesCompared, res.ResponderCount.Fantasy, res.ResponderCount.Yes)
	}

	// The starter compares yes and maybes only: nothing of the fantasy
	// tier leaves the page, and the page says fantasies were not compared.
	x = newExchangeChoosing(t, starter, Choices{Maybes: true})
	res, final = x.Finish(t, x.replyChoosing(t, page, all))
	shown = x.complete(t, final)
	if res.ResponderCount.Fantasy != 0 || len(res.Fantasy) != 0 {
		t.Errorf("with fantasies declined, Parley still got %d fantasy-tier answers and %d matches", res.ResponderCount.Fantasy, len(res.Fantasy))
	}
	for _, s := range shown.Sections {
		if s.ID == "fantasy" {
			t.Errorf("with fantasies declined, the page shows a fantasy section %v", s.Items)
		}
	}
	if !slices.Contains(shown.Notes, "result.no-fantasies") {
		t.Errorf("with fantasies declined, the page's notes are %q", shown.Notes)
	}
}

// The reply is made once: a second press gives the same code, whatever
// the answers say now, because Parley accepts one reply per invitation.
func TestReplyIsMadeOnce(t *testing.T) {
	x := newExchange(t, nil, false)
	a := firstOf(x.Cat, catalog.Together, 0)
	first := x.reply(t, []Answer{{Activity: a.ID, Direction: "together", Answer: "yes"}}, false)
	second := x.reply(t, nil, false)
	if first != second {
		t.Fatal("a second press made a different reply")
	}
}

// rearmour writes a code again with its payload changed by f, with a
// correct check line: what a newer Parley would send.
func rearmour(t *testing.T, code string, f func([]byte)) string {
	t.Helper()
	enc := base32.StdEncoding.WithPadding(base32.NoPadding)
	lines := strings.Split(strings.TrimSpace(code), "\n")
	var body strings.Builder
	var begin, end int
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "-----BEGIN"):
			begin = i
		case strings.HasPrefix(l, "Check:"):
			end = i
		case begin > 0 && end == 0:
			body.WriteString(l)
		}
	}
	payload, err := enc.DecodeString(body.String())
	if err != nil {
		t.Fatal(err)
	}
	f(payload)
	sum := sha256.Sum256(payload)
	out := append([]string{}, lines[:begin+1]...)
	out = append(out, enc.EncodeToString(payload), fmt.Sprintf("Check: %d %X", len(payload), sum[:4]))
	return strings.Join(append(out, lines[end+1:]...), "\n") + "\n"
}

// A result code from a newer protocol is refused with the page's own
// sentence (there is no Parley to update on the partner's side), and
// nothing is shown; the right code still works afterwards.
func TestNewerResultCodeIsRefusedWithASentence(t *testing.T) {
	x := newExchange(t, nil, false)
	a := firstOf(x.Cat, catalog.Together, 0)
	x = newExchange(t, map[checklist.Key]checklist.Answer{{Activity: a.ID}: checklist.Yes}, false)
	_, final := x.Finish(t, x.reply(t, []Answer{{Activity: a.ID, Direction: "together", Answer: "yes"}}, false))
	newer := rearmour(t, final, func(p []byte) { p[0] = match.ProtocolVersion + 1 })
	_, err := x.engine.Complete([]byte(newer), time.Now())
	if !errors.Is(err, match.ErrNewerVersion) {
		t.Fatalf("a newer result code gave %v", err)
	}
	if s := Sentence(err); s != "error.newer-version" {
		t.Errorf("the page says %q", s)
	}
	if v := x.complete(t, final); len(v.Sections[0].Items) != 1 {
		t.Errorf("the right code after the refused one shows %v", matchesOf(v))
	}
}

// Parley's starter refuses a reply from a newer protocol with its sentence.
func TestParleyRefusesANewerReply(t *testing.T) {
	x := newExchange(t, nil, false)
	reply := rearmour(t, x.reply(t, nil, false), func(p []byte) { p[0] = match.ProtocolVersion + 1 })
	_, err := match.DecodeReply([]byte(reply))
	if !errors.Is(err, match.ErrNewerVersion) || !strings.Contains(err.Error(), "newer version of Parley") {
		t.Fatalf("Parley read a newer reply as %v", err)
	}
}

func TestProgressFileOpensOnlyWithItsPassphrase(t *testing.T) {
	x := newExchange(t, nil, true)
	a := firstOf(x.Cat, catalog.Together, 0)
	reply := x.reply(t, []Answer{{Activity: a.ID, Direction: "together", Answer: "yes"}}, true)
	state := []byte(`{"answers":[["` + a.ID + `|together","yes"]],"maybes":true}`)
	file, err := x.engine.Seal(rand.Reader, "a long walk by the sea", state)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(file, []byte(a.ID)) || bytes.Contains(file, []byte("yes")) {
		t.Fatal("the progress file shows the answers in plain")
	}
	if _, err := x.engine.Open("a long walk by the see", file); !errors.Is(err, ErrWrongPassword) {
		t.Errorf("a wrong passphrase gave %v", err)
	}
	flipped := bytes.Clone(file)
	flipped[len(flipped)-20] ^= 1
	if _, err := x.engine.Open("a long walk by the sea", flipped); !errors.Is(err, ErrWrongPassword) {
		t.Errorf("a changed file gave %v", err)
	}
	huge := bytes.Clone(file)
	copy(huge[len(progressMagic)+4:], []byte{0xff, 0xff, 0xff, 0xff}) // memory: 4 TiB
	if _, err := x.engine.Open("a long walk by the sea", huge); !errors.Is(err, ErrNotProgress) {
		t.Errorf("a file asking for 4 TiB of memory gave %v", err)
	}
	if _, err := x.engine.Seal(rand.Reader, "", state); !errors.Is(err, ErrNoPassphrase) {
		t.Errorf("an empty passphrase gave %v", err)
	}

	// A fresh page (closed and opened again) takes the file back and can
	// finish the exchange the saved reply started.
	fresh := newExchangeFrom(t, x)
	out, err := fresh.engine.Open("a long walk by the sea", file)
	if err != nil {
		t.Fatal(err)
	}
	var opened Opened
	if err := json.Unmarshal(out, &opened); err != nil || opened.Reply != reply || !bytes.Equal(opened.Page, state) {
		t.Fatalf("the progress file gave back %s (%v)", out, err)
	}
	x = &exchange{Starter: x.Starter, engine: fresh.engine}
	_, final := x.Finish(t, reply)
	if v := x.complete(t, final); len(v.Sections) == 0 {
		t.Fatal("no result after reopening")
	}
	// A page whose reply is made refuses a file from before the reply.
	early := newExchangeFrom(t, x)
	before, err := early.engine.Seal(rand.Reader, "a long walk by the sea", state)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.engine.Open("a long walk by the sea", before); !errors.Is(err, ErrReplyMade) {
		t.Errorf("a file from before the reply replaced it: %v", err)
	}
	other := newExchange(t, nil, true)
	if _, err := other.engine.Open("a long walk by the sea", file); !errors.Is(err, ErrOtherInvitation) {
		t.Errorf("another invitation's page opened the file: %v", err)
	}
}

// newExchangeFrom is a second page for the same invitation.
func newExchangeFrom(t *testing.T, x *exchange) *exchange {
	t.Helper()
	catJSON, _ := json.Marshal(x.Cat)
	cfg, _ := json.Marshal(Config{Invitation: string(x.engine.invitation), Catalog: catJSON})
	e, _, err := NewEngine(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &exchange{Starter: x.Starter, engine: e}
}

// What a second reply from a fresh copy of the page meets: the starter's
// Parley finishes one reply per invitation and refuses another
// (AlreadyUsed); the first reply's result code, carried to the fresh copy,
// shows nothing there and gets the page's not-proven sentence, which names
// this innocent cause beside tampering (invite's
// TestFreshCopySentenceNamesTheOtherCopy).
func TestSecondReplyFromAFreshCopy(t *testing.T) {
	x := newExchange(t, nil, false)
	a, b := firstOf(x.Cat, catalog.Together, 0), firstOf(x.Cat, catalog.Together, 1)
	x = newExchange(t, map[checklist.Key]checklist.Answer{{Activity: a.ID}: checklist.Yes, {Activity: b.ID}: checklist.Yes}, false)
	first := x.reply(t, []Answer{{Activity: a.ID, Direction: "together", Answer: "yes"}}, false)
	fresh := newExchangeFrom(t, x)
	second := fresh.reply(t, []Answer{{Activity: b.ID, Direction: "together", Answer: "yes"}}, false)
	_, final := x.Finish(t, first)
	r2, err := match.DecodeReply([]byte(second))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := x.Pending.Finish(r2, time.Now()); !errors.Is(err, match.ErrAlreadyUsed) {
		t.Errorf("the starter's Parley took a second reply to one invitation: %v", err)
	}
	v, err := fresh.engine.Complete([]byte(final), time.Now())
	if err == nil {
		t.Fatalf("the fresh copy showed a result for another copy's reply: %s", v)
	}
	if s := Sentence(err); s != "error.not-proven" {
		t.Errorf("the fresh copy says %s (%v)", s, err)
	}
}
