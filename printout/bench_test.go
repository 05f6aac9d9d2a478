package printout

import "testing"

// BenchmarkNegotiationPDF prints the realistic first-scene document on A4
// (the goal is 100 ms or less).
func BenchmarkNegotiationPDF(b *testing.B) {
	d := firstScene()
	for b.Loop() {
		if _, err := Negotiation(d, printedOn, A4); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNegotiationPDFHuge prints a document too long for one page,
// which tries every text size before going on to more pages.
func BenchmarkNegotiationPDFHuge(b *testing.B) {
	d := hugeDoc()
	for b.Loop() {
		if _, err := Negotiation(d, printedOn, A4); err != nil {
			b.Fatal(err)
		}
	}
}
