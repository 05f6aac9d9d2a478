package negotiation

import (
	"fmt"
	"strings"
)

// Rules about safewords and signals.
const (
	RuleSpeechNoSignal  RuleID = "speech-without-signal"
	RuleNoWayToStop     RuleID = "no-way-to-stop"
	RuleNoCustomWord    RuleID = "no-custom-safeword"
	RuleOrdinaryWord    RuleID = "ordinary-safeword"
	RuleTrafficLightOff RuleID = "traffic-light-off"
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
			out = append(out, Finding{RuleSpeechNoSignal, BlocksPrinting,
				fmt.Sprintf("%s can make it hard to speak, and there is no non-verbal signal yet. Agree one in %s, such as three taps or dropping something that makes a noise.",
					capFirst(a.Label()), SectionSafewords.Label()),
				at(SectionSafewords).part("signal").activity(k)})
		}
	}
	return out
}

// checkStopSignals: there is a way to stop, a custom word as the backup,
// and the word is one nobody says by chance.
func checkStopSignals(d Document, _ Facts) []Finding {
	s, sec := d.Safewords, SectionSafewords.Label()
	switch {
	case !s.TrafficLight && blank(s.Word) && blank(s.Signal):
		return []Finding{{RuleNoWayToStop, BlocksPrinting,
			fmt.Sprintf("There is no way to stop the scene yet. In %s, turn on the traffic light and agree a custom safeword.", sec),
			at(SectionSafewords)}}
	case blank(s.Word):
		return []Finding{{RuleNoCustomWord, Warning,
			fmt.Sprintf("There is no custom safeword. In %s, pick a word nobody would say by chance during a scene, as a backup.", sec),
			at(SectionSafewords).part("word")}}
	}
	var out []Finding
	if ordinaryWord(s.Word) {
		out = append(out, Finding{RuleOrdinaryWord, Tip,
			fmt.Sprintf("The custom safeword %s could come up during a scene without meaning stop. An unusual word, like the name of a fruit, is clearer; change it in %s if you agree.", quote(s.Word), sec),
			at(SectionSafewords).part("word")})
	}
	if !s.TrafficLight {
		out = append(out, Finding{RuleTrafficLightOff, Tip,
			fmt.Sprintf("The traffic light is off. Amber lets either of you slow things down without stopping; you can turn it on in %s.", sec),
			at(SectionSafewords).part("traffic-light")})
	}
	return out
}

// ordinaryWord reports whether a safeword is a word people say in a scene
// without meaning stop.
func ordinaryWord(w string) bool {
	switch normText(strings.ReplaceAll(w, "'", "")) {
	case "stop", "no", "dont", "please", "wait", "enough", "ow", "ouch", "help", "no more", "stop it", "please stop":
		return true
	}
	return false
}
