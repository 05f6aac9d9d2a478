package match

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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

// The fuzz targets also run as plain tests over the seeds; this checks
// the seeds are there and that the valid ones are still read.
func TestFuzzSeedsAreValid(t *testing.T) {
	for _, name := range []string{"FuzzDecodeInvitation", "FuzzDecodeReply", "FuzzDecodeFinal", "FuzzDecodePending"} {
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
