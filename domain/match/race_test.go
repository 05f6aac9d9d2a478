//go:build race

package match

// raceDetector is true in a test binary built with -race. The detector
// makes the group arithmetic about ten times slower, and it looks for
// goroutines touching the same memory, which the property tests' sizes do
// not change: under it they compare fewer random cases (see pairs, groups,
// privacySeeds), and make test runs them once more at full size without it.
// (Go's own tests do the same with a race build tag.)
const raceDetector = true
