package match

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The seed corpus lives in testdata/fuzz/<FuzzName>/ (valid codes of each
// kind, a stored Pending of each role, and a few near misses); it is
// written by `go test -run TestWriteFuzzSeeds -update`.

// checkCanonical fails unless an accepted code is exactly what encoding
// its message gives: the same payload bytes, and the same message when the
// re-encoded text is read again.
func checkCanonical(t *testing.T, text []byte, m Message) {
	_, payload, err := unarmour(text)
	if err != nil {
		t.Fatalf("accepted a code whose armour fails: %v", err)
	}
	if !bytes.Equal(payload, m.payload()) {
		t.Fatalf("accepted a payload that encodes differently:\n%x\n%x", payload, m.payload())
	}
	again, err := Decode(m.Encode())
	if err != nil || !reflect.DeepEqual(again, m) {
		t.Fatalf("re-encoded message reads back as %v, %v", again, err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("-----BEGIN PARLEY RESULT-----\nAEBQ\nCheck: 3 00000000\n-----END PARLEY RESULT-----"))
	f.Fuzz(func(t *testing.T, text []byte) {
		m, err := Decode(text)
		if err == nil {
			checkCanonical(t, text, m)
		}
	})
}

func FuzzDecodeInvitation(f *testing.F) {
	f.Fuzz(func(t *testing.T, text []byte) {
		if m, err := DecodeInvitation(text); err == nil {
			checkCanonical(t, text, m)
		}
	})
}

func FuzzDecodeReply(f *testing.F) {
	f.Fuzz(func(t *testing.T, text []byte) {
		if m, err := DecodeReply(text); err == nil {
			checkCanonical(t, text, m)
		}
	})
}

func FuzzDecodeFinal(f *testing.F) {
	f.Fuzz(func(t *testing.T, text []byte) {
		if m, err := DecodeFinal(text); err == nil {
			checkCanonical(t, text, m)
		}
	})
}

// FuzzDecodePending reads stored exchanges: never a panic, and whatever is
// accepted stores back to the same bytes.
func FuzzDecodePending(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Pending
		if p.UnmarshalBinary(data) != nil {
			return
		}
		again, err := p.MarshalBinary()
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("accepted a stored exchange that stores back differently")
		}
	})
}

// The step fuzzers feed payloads straight into the engine's steps, past the
// armour and its checksum: what a modified copy of Parley could send.

// engineHalves is an honest exchange stopped at each step: the starter's
// and the responder's stored halves, and the honest reply and result code.
func engineHalves(t testing.TB) (starter, responder []byte, reply, final []byte) {
	c, rnd := fakeCatalog(), seeded(31)
	st, inv, err := Start(rnd, c, Person{Sheet: sheetOf("act-00/together=yes", "act-01/giving=maybe", "act-02/receiving=yes", "act-04/giving=fantasy"),
		Maybes: true, Fantasies: true}, day0)
	if err != nil {
		t.Fatal(err)
	}
	re, r, err := Respond(rnd, c, Person{Sheet: sheetOf("act-00/together=yes", "act-01/receiving=yes", "act-03/together=maybe", "act-04/receiving=yes"),
		Maybes: true, Fantasies: true}, inv, day0)
	if err != nil {
		t.Fatal(err)
	}
	starter, _ = st.MarshalBinary()
	responder, _ = re.MarshalBinary()
	_, f, err := st.finishWith(rnd, r, day0)
	if err != nil {
		t.Fatal(err)
	}
	return starter, responder, r.payload(), f.payload()
}

// subsetOf: every match in got is in want, tier by tier.
func subsetOf(got, want Result) bool {
	in := func(m Match, all []Match) bool { return slices.Contains(all, m) }
	for _, m := range got.BothYes {
		if !in(m, want.BothYes) {
			return false
		}
	}
	for _, m := range got.WorthTalking {
		if !in(m, want.WorthTalking) {
			return false
		}
	}
	for _, m := range got.Fantasy {
		if !in(m, want.Fantasy) {
			return false
		}
	}
	return true
}

func loadPendingTB(t testing.TB, data []byte) *Pending {
	var p Pending
	if err := p.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	return &p
}

func loadPending(t *testing.T, data []byte) *Pending {
	var p Pending
	if err := p.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	return &p
}

// stepRefusal fails unless err is one of the package's sentences.
func stepRefusal(t *testing.T, err error) {
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("refused without a sentence: %v", err)
	}
}

// FuzzRespondPayload: any invitation payload is answered or refused with
// a sentence, never a panic.
func FuzzRespondPayload(f *testing.F) {
	c := fakeCatalog()
	me := Person{Sheet: sheetOf("act-00/together=yes", "act-01/receiving=yes", "act-03/together=maybe", "act-05/together=fantasy"),
		Maybes: true, Fantasies: true}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parsePayload(KindInvitation, data)
		if err != nil {
			stepRefusal(t, err)
			return
		}
		if _, _, err := Respond(seeded(1), c, me, m.(*Invitation), day0); err != nil {
			stepRefusal(t, err)
		}
	})
}

// FuzzFinishPayload: the starter takes no reply but the honest one; every
// other payload is refused with a sentence and leaves the exchange waiting.
func FuzzFinishPayload(f *testing.F) {
	starter, _, honest, _ := engineHalves(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parsePayload(KindReply, data)
		if err != nil {
			stepRefusal(t, err)
			return
		}
		p := loadPending(t, starter)
		_, _, err = p.finishWith(seeded(2), m.(*Reply), day0)
		switch {
		case err == nil && !bytes.Equal(data, honest):
			t.Fatalf("the starter took a reply that is not the honest one")
		case err != nil:
			stepRefusal(t, err)
			if p.Step != AwaitingReply {
				t.Fatal("a refused reply used up the exchange")
			}
		}
	})
}

// FuzzCompletePayload: a result code the responder takes shows no match
// the honest one does not. The starter moves last and may leave matches
// out (docs/comparison-protocol.md, "Fairness"), so a code with fewer
// matches than the honest one is taken; one with any other match is not.
func FuzzCompletePayload(f *testing.F) {
	_, responder, _, honest := engineHalves(f)
	hm, err := parsePayload(KindFinal, honest)
	if err != nil {
		f.Fatal(err)
	}
	want, err := loadPendingTB(f, responder).Complete(hm.(*Final), day0)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parsePayload(KindFinal, data)
		if err != nil {
			stepRefusal(t, err)
			return
		}
		p := loadPending(t, responder)
		got, err := p.Complete(m.(*Final), day0)
		switch {
		case err == nil && !bytes.Equal(data, honest) && !subsetOf(got, want):
			t.Fatalf("the responder took a result code that shows a match the honest one does not")
		case err != nil:
			stepRefusal(t, err)
			if p.Step != AwaitingFinal {
				t.Fatal("a refused result code used up the exchange")
			}
		}
	})
}

// The fuzz targets also run as plain tests over the seeds; this checks
// the seeds are there and that the valid ones are still read.
func TestFuzzSeedsAreValid(t *testing.T) {
	for _, name := range []string{"FuzzDecodeInvitation", "FuzzDecodeReply", "FuzzDecodeFinal", "FuzzDecodePending",
		"FuzzRespondPayload", "FuzzFinishPayload", "FuzzCompletePayload"} {
		files, _ := filepath.Glob(filepath.Join("testdata", "fuzz", name, "valid-*"))
		if len(files) == 0 {
			t.Errorf("no valid seeds for %s; run go test -run TestWriteFuzzSeeds -update", name)
		}
	}
}

func TestWriteFuzzSeeds(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite the seed corpus")
	}
	x := sampleRun(t)
	st, _, re, _ := halfway(t)
	stored := func(p *Pending) []byte { b, _ := p.MarshalBinary(); return b }
	inv, reply, final := x.inv.Encode(), x.reply.Encode(), x.final.Encode()
	seeds := map[string]map[string][]byte{
		"FuzzDecode": {"valid-invitation": inv, "valid-reply": reply, "valid-final": final,
			"quoted": []byte("> " + strings.ReplaceAll(string(reply), "\n", "\n> "))},
		"FuzzDecodeInvitation": {"valid-invitation": inv, "wrong-step": reply, "cut": inv[:len(inv)/2]},
		"FuzzDecodeReply":      {"valid-reply": reply, "wrong-step": final, "crlf": []byte(strings.ReplaceAll(string(reply), "\n", "\r\n"))},
		"FuzzDecodeFinal":      {"valid-final": final, "wrong-step": inv, "one-line": []byte(strings.ReplaceAll(string(final), "\n", " "))},
		"FuzzDecodePending":    {"valid-starter": stored(st), "valid-responder": stored(re)},
	}
	_, _, honestReply, honestFinal := engineHalves(t)
	wrongTier := append([]byte{}, honestReply...)
	wrongTier[len(wrongTier)-1] ^= 1 // the fantasy tier's last element changed
	seeds["FuzzRespondPayload"] = map[string][]byte{"valid-invitation": x.inv.payload(), "older": append([]byte{1}, x.inv.payload()[1:]...)}
	seeds["FuzzFinishPayload"] = map[string][]byte{"valid-reply": honestReply, "changed": wrongTier, "other-exchange": x.reply.payload()}
	indexMoved := append([]byte{}, honestFinal...)
	indexMoved[21] ^= 1 // the first matched element's index (after the header and the yes count)
	seeds["FuzzCompletePayload"] = map[string][]byte{"valid-final": honestFinal, "other-exchange": x.final.payload(), "index-moved": indexMoved}
	for fuzzer, files := range seeds {
		dir := filepath.Join("testdata", "fuzz", fuzzer)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, data := range files {
			body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
