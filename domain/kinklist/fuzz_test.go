package kinklist_test

import (
	"errors"
	"strings"
	"testing"

	"parley/domain/kinklist"
)

// FuzzDecode feeds untrusted codes and list texts to the decoder: it must
// never panic, every refusal must be one of this package's sentences, and
// every success must give one level per item column, each a real level.
func FuzzDecode(f *testing.F) {
	list := defaultList(f)
	for _, name := range []string{"export-full.json", "export-realistic.json"} {
		f.Add(readExport(f, name).Code, "")
	}
	f.Add("aaaaaaab", "#A\n(General)\n* x\n")
	f.Add("aaaaaaag", "#A\n(General)\n* x\n")
	f.Add("@@@@@@@@", "#A\n(x, y)\n* x\n* y\n")
	f.Add("https://example.org/#a37fXkpD", "#A\n(Self, Partner)\n"+strings.Repeat("* x\n", 9))
	f.Add("#", "")
	f.Fuzz(func(t *testing.T, code, text string) {
		l := list
		if text != "" {
			var err error
			if l, err = kinklist.ParseList(text); err != nil {
				checkRefusal(t, err)
				return
			}
		}
		got, err := kinklist.Decode(code, l)
		if err != nil {
			checkRefusal(t, err)
			return
		}
		if len(got) != l.Slots() {
			t.Fatalf("%d choices for %d item columns", len(got), l.Slots())
		}
		for _, c := range got {
			if c.Level < kinklist.NotEntered || c.Level > kinklist.No {
				t.Fatalf("level %d is not a KinkList level", c.Level)
			}
		}
	})
}

func checkRefusal(t *testing.T, err error) {
	t.Helper()
	var e kinklist.Error
	if !errors.As(err, &e) || !isSentence(e.Error()) {
		t.Fatalf("refusal %q is not one of the package's sentences", err)
	}
}

// A correct encoder's output (zeros kept) reads back exactly wherever
// Decode is sure; this is the format written out independently of
// KinkList's code, to check the decoder against the format itself.
func FuzzDecodeReadsTheFormat(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 0, 1})
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 5})
	f.Add([]byte{5, 5, 1})
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) == 0 || len(raw) > 400 {
			return
		}
		levels := make([]int, len(raw))
		for i, b := range raw {
			levels[i] = int(b) % 6
		}
		var text strings.Builder
		text.WriteString("#All\n(General)\n")
		for range levels {
			text.WriteString("* item\n")
		}
		l, err := kinklist.ParseList(text.String())
		if err != nil {
			t.Fatal(err)
		}
		got, err := kinklist.Decode(encode(levels), l)
		if err != nil {
			t.Fatalf("a well-formed code was refused: %v", err)
		}
		for i, c := range got {
			if !c.Unsure && int(c.Level) != levels[i] {
				t.Fatalf("item %d: read %d, encoded %d, and Decode was sure", i, c.Level, levels[i])
			}
		}
	})
}

// encode writes levels in KinkList's format without its flaw: chunks of 19
// levels, lowest first, as 8 base-71 digits, zeros kept.
func encode(levels []int) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.=+*^!@"
	var out strings.Builder
	for start := 0; start < len(levels); start += 19 {
		var v, pow uint64 = 0, 1
		for i := start; i < start+19 && i < len(levels); i++ {
			v += uint64(levels[i]) * pow
			pow *= 6
		}
		digits := make([]byte, 8)
		for i := 7; i >= 0; i-- {
			digits[i] = alphabet[v%71]
			v /= 71
		}
		out.Write(digits)
	}
	return out.String()
}
