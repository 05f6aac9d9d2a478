package quiz

import (
	"errors"
	"testing"
)

// FuzzDecodeResultCode feeds arbitrary text to the decoder. It must never
// panic; it must either fail with one of the four documented errors or
// return a result that is valid and survives another round trip unchanged.
// Seeds live in testdata/fuzz/FuzzDecodeResultCode.
func FuzzDecodeResultCode(f *testing.F) {
	f.Add("PARLEY-QUIZ1-")
	f.Add(codeOf(payload(1, 1, 9204, [8]byte{0, 8, 17, 25, 50, 67, 92, 100}, "Robin")))
	f.Fuzz(func(t *testing.T, code string) {
		r, err := DecodeResultCode(code)
		if err != nil {
			for _, known := range []error{ErrNotQuizCode, ErrTruncatedCode, ErrDamagedCode, ErrNewerVersion} {
				if errors.Is(err, known) {
					return
				}
			}
			t.Fatalf("unexpected error %v", err)
		}
		if len(r.Scores) != 8 {
			t.Fatalf("decoded %d scores", len(r.Scores))
		}
		for i, s := range r.Scores {
			if s.Trait != Traits()[i].ID || s.Score < 0 || s.Score > 100 || s.Band != BandOf(s.Score) {
				t.Fatalf("decoded an impossible score %+v", s)
			}
		}
		again, err := EncodeResultCode(r)
		if err != nil {
			t.Fatalf("a decoded result cannot be encoded again: %v", err)
		}
		r2, err := DecodeResultCode(again)
		if err != nil {
			t.Fatalf("re-encoded code does not decode: %v", err)
		}
		if r2.Name != r.Name || !r2.Taken.Equal(r.Taken) || r2.QuestionSet != r.QuestionSet {
			t.Fatalf("round trip changed the result: %+v -> %+v", r, r2)
		}
		for i := range r.Scores {
			if r.Scores[i] != r2.Scores[i] {
				t.Fatalf("round trip changed score %d", i)
			}
		}
	})
}
