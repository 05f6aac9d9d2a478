package negotiation

import (
	"strings"

	"parleyapp.org/parley/domain/message"
)

// Rules about safewords and signals.
const (
	RuleSpeechNoSignal  RuleID = "speech-without-signal"
	RuleNoWayToStop     RuleID = "no-way-to-stop"
	RuleNoCustomWord    RuleID = "no-custom-safeword"
	RuleOrdinaryWord    RuleID = "ordinary-safeword"
	RuleTrafficLightOff RuleID = "traffic-light-off"
	// Issue 13.
	RuleSignalNeedsHands RuleID = "signal-needs-hands"
	RuleStopWordInPlay   RuleID = "stop-word-in-resistance-play"
)

// checkSpeechSignal: when something in scope can make speaking hard, a
// non-verbal signal is agreed. This blocks printing: without it there may
// be no way to stop.
func checkSpeechSignal(d Document, _ Facts) []Finding {
	if !blank(d.Safewords.Signal) {
		return nil
	}
	var out []Finding
	for k, a := range d.Scene.Activities {
		if a.Live() && a.LimitsSpeech {
			out = append(out, newFinding(RuleSpeechNoSignal, BlocksPrinting,
				msg("review.speech-without-signal", Args{"Activity": message.Capital{Value: a.nameMsg()}, "Section": sectionMsg(SectionSafewords)}),
				at(SectionSafewords).part("signal").activity(k)))
		}
	}
	return out
}

// checkStopSignals: there is a way to stop, a custom word as the backup,
// and the word is one nobody says by chance.
func checkStopSignals(d Document, _ Facts) []Finding {
	s, sec := d.Safewords, sectionMsg(SectionSafewords)
	switch {
	case !s.TrafficLight && blank(s.Word) && blank(s.Signal):
		return []Finding{newFinding(RuleNoWayToStop, BlocksPrinting, msg("review.no-way-to-stop", Args{"Section": sec}), at(SectionSafewords))}
	case blank(s.Word):
		return []Finding{newFinding(RuleNoCustomWord, Warning, msg("review.no-custom-safeword", Args{"Section": sec}), at(SectionSafewords).part("word"))}
	}
	var out []Finding
	if ordinaryWord(s.Word) && len(d.live(Activity.resistance)) == 0 { // else checkResistanceSafeword

		out = append(out, newFinding(RuleOrdinaryWord, Tip,
			msg("review.ordinary-safeword", Args{"Word": quoted(s.Word), "Section": sec}),
			at(SectionSafewords).part("word")))
	}
	if !s.TrafficLight {
		out = append(out, newFinding(RuleTrafficLightOff, Tip,
			msg("review.traffic-light-off", Args{"Section": sec}),
			at(SectionSafewords).part("traffic-light")))
	}
	return out
}

// stopWords are words people say in a scene without meaning stop. A
// safeword made only of them ("Stop!", "no, no", "please don't",
// "noooo") is ordinary.
var stopWords = map[string]bool{
	"stop": true, "no": true, "dont": true, "do": true, "not": true, "please": true, "wait": true, "enough": true,
	"ow": true, "ouch": true, "help": true, "more": true, "it": true, "me": true, "now": true, "let": true, "go": true,
	"nope": true, "quit": true, "that": true, "hurt": true, "hurts": true, "pause": true,
}

// ordinaryWord reports whether a safeword is a word people say in a scene
// without meaning stop: every word of it is one of stopWords, compared
// without case, punctuation or letters held long ("nooo").
func ordinaryWord(w string) bool {
	words := strings.Fields(normText(strings.ReplaceAll(strings.ReplaceAll(w, "'", ""), "’", "")))
	for _, x := range words {
		if !stopWords[x] && !stopWords[squeeze(x)] {
			return false
		}
	}
	return len(words) > 0
}

// squeeze shortens every run of one letter to a single letter ("nooo",
// "stopp" → "no", "stop").
func squeeze(s string) string {
	var b strings.Builder
	var last rune
	for i, r := range s {
		if i > 0 && r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// checkResistanceSafeword: when resisting is part of the play (consensual
// non-consent, capture, interrogation, fear play), "stop" and "no" are
// lines in the script, so a safeword like them cannot be told apart. This
// blocks printing: the way to stop must be unmistakable.
func checkResistanceSafeword(d Document, _ Facts) []Finding {
	play := d.live(Activity.resistance)
	if len(play) == 0 || !ordinaryWord(d.Safewords.Word) {
		return nil
	}
	return []Finding{newFinding(RuleStopWordInPlay, BlocksPrinting,
		msg("review.stop-word-in-resistance-play", Args{"Activities": d.labelsMsg(play), "Word": quoted(d.Safewords.Word), "Section": sectionMsg(SectionSafewords)}),
		at(SectionSafewords).part("word"))}
}

// handsFree are words for a signal that works without the hands or the
// voice: a bell fastened on (a bell to hold or drop does not count), a
// sound or movement, or someone who stays and keeps checking in.
var handsFree = []string{"attach", "fasten", "tied to", "sewn", "strapped to", "clipped to", "on my ankle", "on the ankle",
	"ankle", "foot", "feet", "toe", "kick", "stamp", "hum", "grunt", "moan", "noise", "sound", "nod", "shake",
	"blink", "check in", "checks in", "checking in", "never leave", "stay", "stays", "watch"}

// checkHandsFreeSignal: with something that stops the hands (mitts, full
// wrapping) and something that limits speech, the usual signals (taps,
// dropping something held) cannot be given. A signal that works without
// hands must be written. This blocks printing like a missing signal.
func checkHandsFreeSignal(d Document, _ Facts) []Finding {
	sig := d.Safewords.Signal
	if blank(sig) { // checkSpeechSignal already asks for one
		return nil
	}
	hands, speech := d.live(Activity.stopsHands), d.live(Activity.gagged)
	if len(hands) == 0 || len(speech) == 0 {
		return nil
	}
	w := " " + normText(sig) + " "
	for _, h := range handsFree {
		if strings.Contains(w, " "+h) {
			return nil
		}
	}
	return []Finding{newFinding(RuleSignalNeedsHands, BlocksPrinting,
		msg("review.signal-needs-hands", Args{"HandsActivities": d.labelsMsg(hands), "SpeechActivities": d.labelsMsg(speech), "Signal": quoted(sig), "Section": sectionMsg(SectionSafewords)}),
		at(SectionSafewords).part("signal"))}
}
