//go:build !race

package match

// raceDetector is false without -race (race_test.go says why it matters).
const raceDetector = false
