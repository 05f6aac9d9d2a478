package compare

import (
	"bytes"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite/responder"
	"parleyapp.org/parley/ui/kit/kittest"
)

// "Invite someone without Parley" saves the invitation page (the real
// file, with its Content-Security-Policy) and keeps the exchange waiting;
// the check code is shown; a reply made by the page's own engine (the Go
// build of invite/responder) completes through the usual paste box.
func TestInviteSomeoneWithoutParley(t *testing.T) {
	a := newWorld(t)
	addPerson(t, a, "Sam", samsAnswers)
	c := openCompare(t, a)
	path := filepath.Join(t.TempDir(), "chosen.html")
	var asked string
	c.askPath = func(name string, chosen func(string)) { asked = name; chosen(path) }
	pickOpen(t, a, c.me, "Sam")
	tap(c.invitePage)
	a.Eventually(t, "the invitation is shown and the page saved", func() bool { return c.wait != nil && c.wait.status.Visible() })
	if asked != "parley-invitation.html" {
		t.Errorf("the file dialog suggests %q", asked)
	}
	if strings.Contains(c.wait.status.Text, "built without") {
		t.Fatal("this checkout has no invitation engine: run make invite-engine (invite/engine is generated, not committed)")
	}
	if !strings.Contains(c.wait.status.Text, "chosen.html") {
		t.Fatalf("after saving the page: %q", c.wait.status.Text)
	}
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(bytes.ToLower(page), []byte("<!doctype html>")) || !bytes.Contains(page, []byte("default-src 'none'")) || !bytes.Contains(page, []byte("Content-Security-Policy")) {
		t.Fatalf("the saved file is not the invitation page: %.200q", page)
	}
	inv, err := match.DecodeInvitation([]byte(c.wait.code.text.Text))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(c.wait.check.Text, inv.Fingerprint()) || !kittest.Contains(kittest.Texts(c.wait.content), "by voice or in person") {
		t.Errorf("the check code reads %q", c.wait.check.Text)
	}
	if list, err := a.Vault().Pendings(); err != nil || len(list) != 1 {
		t.Fatalf("the exchange is not kept waiting: %v, %v", list, err)
	}

	// The partner answers in the page; its engine makes the reply.
	answers := []responder.Answer{
		{Activity: "restraint.wrist-cuffs", Direction: "receiving", Answer: "yes"},
		{Activity: "role-play.strangers", Direction: "together", Answer: "yes"},
		{Activity: "restraint.ankle-cuffs", Direction: "receiving", Answer: "hard-limit"},
	}
	reply, _, err := responder.Respond(rand.Reader, a.Catalog, answers, responder.Choices{}, []byte(c.wait.code.text.Text), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	pasteInto(a, c.wait.paste.entry, string(reply))
	tap(c.wait.show)
	a.Eventually(t, "the page's reply gives the result", func() bool { return c.result != nil })
	wrist, _ := activityName(t, "restraint.wrist-cuffs")
	ankle, _ := activityName(t, "restraint.ankle-cuffs")
	shown := labels(c.result.both)
	if !kittest.Contains(shown, wrist) || kittest.Contains(shown, ankle) || c.result.final == nil {
		t.Errorf("the result shows %q (result code to send: %v)", shown, c.result.final != nil)
	}
}

// Between two Parleys the responder sees the same check code as the starter.
func TestBothParleysShowTheSameCheckCode(t *testing.T) {
	a, b := newWorld(t), newWorld(t)
	ca, cb := alexReplies(t, a, b)
	if ca.wait.check == nil || cb.wait.check == nil || ca.wait.check.Text != cb.wait.check.Text {
		t.Fatalf("check codes: starter %v, responder %v", ca.wait.check, cb.wait.check)
	}
	if cb.wait.page != nil {
		t.Error("the responder is offered an invitation page to save")
	}
}
