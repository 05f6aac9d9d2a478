package match

import (
	"bytes"
	"reflect"
	"testing"
	"time"
)

// reload passes a Pending through its stored form, as the vault does.
func reload(t *testing.T, p *Pending) *Pending {
	t.Helper()
	data, err := p.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var q Pending
	if err := q.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	again, err := q.MarshalBinary()
	if err != nil || !bytes.Equal(again, data) {
		t.Fatalf("stored form changed on a round trip")
	}
	return &q
}

// An exchange whose halves are stored and loaded between every step ends
// exactly as one kept in memory.
func TestExchangeSurvivesTheVault(t *testing.T) {
	st := Person{Sheet: sheetOf("act-00/together=yes", "act-01/giving=maybe", "act-02/receiving=yes", "custom:Tea/together=yes"), Maybes: true}
	re := Person{Sheet: sheetOf("act-00/together=yes", "act-01/receiving=yes", "act-02/giving=yes", "custom:tea/together=maybe"), Maybes: true}
	want := exchange(t, 11, st, re)

	c, rnd := fakeCatalog(), seeded(11)
	sp, inv, err := Start(rnd, c, st, day0)
	if err != nil {
		t.Fatal(err)
	}
	sp = reload(t, sp)
	if !bytes.Equal(sp.Sent().Encode(), inv.Encode()) {
		t.Error("the stored exchange does not give back its invitation")
	}
	rp, reply, err := Respond(rnd, c, re, inv, day0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	rp = reload(t, rp)
	if !bytes.Equal(rp.Sent().Encode(), reply.Encode()) {
		t.Error("the stored exchange does not give back its reply")
	}
	sres, final, err := sp.Finish(reply, day0.Add(2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	sp = reload(t, sp)
	if sp.Step != Finished || !bytes.Equal(sp.Sent().Encode(), final.Encode()) {
		t.Error("the finished starter does not keep its result code to send")
	}
	rres, err := rp.Complete(final, day0.Add(3*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sres, want.sres) || !reflect.DeepEqual(rres, want.rres) {
		t.Fatalf("results differ after storing:\n%+v\n%+v", sres, want.sres)
	}
	if rp.Step != Finished || rp.Sent() != nil {
		t.Error("the finished responder still has something to send")
	}
}

func TestPendingFields(t *testing.T) {
	st, inv, re, _ := halfway(t)
	if st.Role != Starter || st.Step != AwaitingReply || re.Role != Responder || re.Step != AwaitingFinal {
		t.Fatalf("roles and steps: %v %v %v %v", st.Role, st.Step, re.Role, re.Step)
	}
	if st.Session != inv.Session || re.Session != inv.Session || st.CatalogVersion != "test.7" {
		t.Fatal("session or catalog not kept")
	}
	if got := st.Expires().Sub(st.Created); got != 14*24*time.Hour {
		t.Fatalf("expires after %v", got)
	}
	if st.Possible != 100 {
		t.Fatalf("possible slots %d", st.Possible)
	}
}
