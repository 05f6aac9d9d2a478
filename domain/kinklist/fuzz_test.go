package kinklist_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/kinklist"
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

// kinkListAlphabet is KinkList's 71 digits, written here apart from the
// code's own, so that the encoders below check Decode against the format.
const kinkListAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.=+*^!@"

// encode writes levels in KinkList's format without its flaw: chunks of 19
// levels, lowest first, as 8 base-71 digits, zeros kept.
func encode(levels []int) string {
	return encodeChunks(levels, func(v uint64) string {
		digits := make([]byte, 8)
		for i := 7; i >= 0; i-- {
			digits[i] = kinkListAlphabet[v%71]
			v /= 71
		}
		return string(digits)
	})
}

// encodeAsKinkList writes levels as KinkList v1.0.2's encoder does, flaw
// included: each chunk's base-71 digits with every 0 after the first
// skipped, padded on the left (checked against its own code under node for
// the fixtures in testdata).
func encodeAsKinkList(levels []int) string {
	return encodeChunks(levels, func(v uint64) string {
		var digits []byte
		for ; v > 0; v /= 71 {
			if d := v % 71; d != 0 {
				digits = append([]byte{kinkListAlphabet[d]}, digits...)
			}
		}
		return strings.Repeat("a", 8-len(digits)) + string(digits)
	})
}

// encodeChunks cuts levels into chunks of 19, each a number in base 6
// (lowest first), and writes each number as digits does.
func encodeChunks(levels []int, digits func(uint64) string) string {
	var out strings.Builder
	for start := 0; start < len(levels); start += 19 {
		var v, pow uint64 = 0, 1
		for i := start; i < start+19 && i < len(levels); i++ {
			v += uint64(levels[i]) * pow
			pow *= 6
		}
		out.WriteString(digits(v))
	}
	return out.String()
}

// Lists as full as people leave them, written by KinkList's flawed
// encoder: Decode must flag nearly every chunk KinkList got wrong, and
// almost none it got right (measured figures are in likely's comment).
func TestDecodeFlagsWhatKinkListsEncoderGotWrong(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 4))
	for _, share := range []float64{0.1, 0.3, 0.6, 0.9, 1.0} {
		wrong, flagged, right, falseAlarms := 0, 0, 0, 0
		for range 300 {
			levels := make([]int, 11*19)
			for i := range levels {
				if rng.Float64() < share {
					levels[i] = 1 + rng.IntN(5)
				}
			}
			l, _ := kinklist.ParseList("#All\n(General)\n" + strings.Repeat("* item\n", len(levels)))
			got, err := kinklist.Decode(encodeAsKinkList(levels), l)
			if err != nil {
				t.Fatalf("share %.1f: %v", share, err)
			}
			good := encode(levels)
			flawed := encodeAsKinkList(levels)
			for c := 0; c < 11; c++ {
				isWrong := good[c*8:c*8+8] != flawed[c*8:c*8+8]
				unsure := got[c*19].Unsure
				switch {
				case isWrong && unsure:
					wrong++
					flagged++
				case isWrong:
					wrong++
				case unsure:
					falseAlarms++
					right++
				default:
					right++
				}
			}
		}
		t.Logf("share %.1f: KinkList wrote %d of %d chunks wrongly; %d flagged; %d false alarms", share, wrong, wrong+right, flagged, falseAlarms)
		if float64(flagged) < 0.9*float64(wrong) {
			t.Errorf("share %.1f: only %d of %d wrongly written chunks flagged", share, flagged, wrong)
		}
		if float64(falseAlarms) > 0.03*float64(right) {
			t.Errorf("share %.1f: %d of %d good chunks flagged", share, falseAlarms, right)
		}
	}
}

// The flawed encoder above writes exactly what KinkList's own code wrote
// for both fixtures, so the measurement uses KinkList's real behaviour.
func TestFlawedEncoderMatchesKinkListsOwnCode(t *testing.T) {
	l := defaultList(t)
	for _, name := range []string{"export-full.json", "export-realistic.json"} {
		e := readExport(t, name)
		var levels []int
		for _, c := range labelled(l) {
			lv := 0
			for i, level := range []kinklist.Level{kinklist.NotEntered, kinklist.Favourite, kinklist.Like, kinklist.Okay, kinklist.Maybe, kinklist.No} {
				if level.String() == e.want(c) {
					lv = i
				}
			}
			levels = append(levels, lv)
		}
		if got := encodeAsKinkList(levels); got != e.Code {
			t.Errorf("%s: our flawed encoder wrote %s, KinkList wrote %s", name, got, e.Code)
		}
	}
}

// labelled lists every item and column of l in the code's order.
func labelled(l kinklist.List) []kinklist.Choice {
	var out []kinklist.Choice
	for _, c := range l.Categories {
		for _, item := range c.Items {
			for _, f := range c.Fields {
				out = append(out, kinklist.Choice{Category: c.Name, Item: item, Field: f})
			}
		}
	}
	return out
}
