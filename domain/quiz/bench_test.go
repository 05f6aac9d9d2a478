package quiz

import "testing"

func BenchmarkScore(b *testing.B) {
	a := answersAt(map[TraitID]int{Lead: 5, Intensity: 2, Sensation: 4})
	for b.Loop() {
		if _, err := Score(a, testTime); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompare(b *testing.B) {
	x, y := resultOf(0, 8, 17, 25, 50, 67, 92, 100), resultOf(100, 92, 67, 50, 25, 17, 8, 0)
	for b.Loop() {
		if _, err := Compare("Robin", x, "Sam", y); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeResultCode(b *testing.B) {
	code := codeOf(payload(1, 1, 9204, [8]byte{0, 8, 17, 25, 50, 67, 92, 100}, "Robin"))
	for b.Loop() {
		if _, err := DecodeResultCode(code); err != nil {
			b.Fatal(err)
		}
	}
}
