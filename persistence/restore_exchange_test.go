package persistence

import (
	"errors"
	"sync"
	"testing"
	"time"
)

// Issue 12, item 11: start an exchange, back up, finish it, restore the
// backup, try to answer again. The restored vault must hold no secret
// that could read a second reply; the row stays, so the late code is told
// that its comparison expired.
func TestRestoreDoesNotBringBackAnExchangeSecret(t *testing.T) {
	v, _ := freshVault(t)
	sam := addPerson(t, v, "Sam")
	p, inv := start(t, fixedNow)
	if err := v.SavePending(p, sam, "Alex"); err != nil {
		t.Fatal(err)
	}
	path := mustBackup(t, v, "b.parley", "words")
	// The exchange finishes: Alex's reply is read, the secret forgotten.
	st, err := v.OpenExchange(p.Session.String(), sam)
	if err != nil {
		t.Fatal(err)
	}
	_, reply := respond(t, inv)
	if _, _, err := st.Pending.Finish(reply, fixedNow.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := v.MarkDone(p.Session.String()); err != nil {
		t.Fatal(err)
	}
	if err := v.Restore(path, "words"); err != nil {
		t.Fatal(err)
	}
	// A second reply (from a partner who changed their answers) arrives.
	if _, err := v.OpenExchange(p.Session.String(), sam); !errors.Is(err, ErrNoSuchExchange) {
		t.Fatalf("after the restore the exchange's secret opens again: %v", err)
	}
	if state := rawState(t, v, p.Session.String()); len(state) != 0 {
		t.Fatalf("the restored vault holds %d bytes of the exchange's private part", len(state))
	}
	e, err := v.Exchange(p.Session.String())
	if err != nil || !e.Forgotten || !e.Expired(v.store.now()) {
		t.Fatalf("the restored exchange: %+v, %v; want forgotten and expired", e, err)
	}
	if list, _ := v.Pendings(); len(list) != 0 {
		t.Fatalf("still listed as waiting: %+v", list)
	}
}

// Expired secrets are wiped by the vault's own timer, not only when the
// exchanges table is next read.
func TestExpiredSecretsAreWipedWhileNobodyLooks(t *testing.T) {
	var mu sync.Mutex
	now := fixedNow
	s := newStore(t, newFakeKeyring())
	s.Now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	s.wipeEvery = 20 * time.Millisecond
	v, _ := mustCreate(t, s, ModeKeyring, "")
	defer v.Close()
	sam := addPerson(t, v, "Sam")
	p, _ := start(t, fixedNow)
	if err := v.SavePending(p, sam, "Alex"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	if len(rawState(t, v, p.Session.String())) == 0 {
		t.Fatal("a secret still in date was wiped")
	}
	mu.Lock()
	now = fixedNow.Add(15 * 24 * time.Hour)
	mu.Unlock()
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if len(rawState(t, v, p.Session.String())) == 0 {
			return
		}
	}
	t.Fatal("an expired secret was still in the vault 3 s after it expired")
}
