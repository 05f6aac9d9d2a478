package negotiation

import "testing"

func TestCheckSpeechSignal(t *testing.T) {
	gag := Activity{ID: "gag", Name: "gag", Status: StatusYes, LimitsSpeech: true}
	noSignal := func(d *Document) { d.Safewords.Signal = "" }
	runRule(t, checkSpeechSignal, []ruleCase{
		{name: "nothing limits speech", edit: noSignal, want: nil},
		{name: "speech limited, signal agreed", edit: addActivity(gag), want: nil},
		{name: "speech limited, no signal", edit: func(d *Document) {
			noSignal(d)
			addActivity(gag)(d)
		}, want: []RuleID{RuleSpeechNoSignal}},
		{name: "excluded this time", edit: func(d *Document) {
			noSignal(d)
			g := gag
			g.Status = StatusNotThisTime
			addActivity(g)(d)
		}, want: nil},
		{name: "one finding per activity", edit: func(d *Document) {
			noSignal(d)
			addActivity(gag)(d)
			addActivity(Activity{Name: "hood", Status: StatusTry, LimitsSpeech: true})(d)
		}, want: []RuleID{RuleSpeechNoSignal, RuleSpeechNoSignal}},
	})
}

func TestCheckStopSignals(t *testing.T) {
	runRule(t, checkStopSignals, []ruleCase{
		{name: "traffic light, word and signal", want: nil},
		{name: "no custom word", edit: func(d *Document) { d.Safewords.Word = " " }, want: []RuleID{RuleNoCustomWord}},
		{name: "no way to stop at all", edit: func(d *Document) { d.Safewords = Safewords{} }, want: []RuleID{RuleNoWayToStop}},
		{name: "signal only still lacks a word", edit: func(d *Document) {
			d.Safewords = Safewords{Signal: "drop the keys"}
		}, want: []RuleID{RuleNoCustomWord}},
		{name: "a word people say in scenes", edit: func(d *Document) { d.Safewords.Word = "Stop!" }, want: []RuleID{RuleOrdinaryWord}},
		{name: "another ordinary word", edit: func(d *Document) { d.Safewords.Word = "don't" }, want: []RuleID{RuleOrdinaryWord}},
		{name: "traffic light off", edit: func(d *Document) { d.Safewords.TrafficLight = false }, want: []RuleID{RuleTrafficLightOff}},
	})
}

func TestStopRulesSeverity(t *testing.T) {
	d := goodDoc()
	d.Safewords = Safewords{}
	if fs := checkStopSignals(d, goodFacts()); len(fs) != 1 || fs[0].Severity != BlocksPrinting {
		t.Errorf("no way to stop: %v, want one finding that blocks printing", fs)
	}
	d.Safewords = Safewords{TrafficLight: true}
	d.Scene.Activities = append(d.Scene.Activities, Activity{Name: "gag", Status: StatusYes, LimitsSpeech: true})
	if fs := checkSpeechSignal(d, goodFacts()); len(fs) != 1 || fs[0].Severity != BlocksPrinting || fs[0].Field.Part != "signal" {
		t.Errorf("gag without signal: %v, want one blocking finding at the signal", fs)
	}
}

func TestCheckHandsFreeSignal(t *testing.T) {
	signal := func(s string) func(*Document) {
		return func(d *Document) {
			d.Safewords.Signal = s
			addActivity(mitts)(d)
			addActivity(ballGag)(d)
		}
	}
	runRule(t, checkHandsFreeSignal, []ruleCase{
		{name: "taps, no mitts", edit: addActivity(ballGag), want: nil},
		{name: "mitts, no gag", edit: addActivity(mitts), want: nil},
		{name: "mitts and a gag, three taps", edit: signal("three taps on the arm"), want: []RuleID{RuleSignalNeedsHands}},
		{name: "mitts and a gag, dropping keys", edit: signal("Drop the keys"), want: []RuleID{RuleSignalNeedsHands}},
		{name: "a bell to drop cannot be held in mitts", edit: signal("Dropping the little bell"), want: []RuleID{RuleSignalNeedsHands}},
		{name: "a bell fastened to the ankle", edit: signal("A bell fastened to my ankle: shaking it means stop"), want: nil},
		{name: "someone who never leaves", edit: signal("Alex never leaves the room and checks in every minute"), want: nil},
		{name: "hums three times", edit: signal("Humming three times"), want: nil},
		{name: "no signal at all is the speech rule's", edit: signal(""), want: nil},
		{name: "full wrapping and a hood", edit: func(d *Document) {
			addActivity(Activity{ID: "restraint.full-wrap", Name: "Full-body wrapping", Status: StatusYes})(d)
			addActivity(Activity{ID: "sensory-deprivation.hood", Name: "Hood", Status: StatusYes, LimitsSpeech: true})(d)
		}, want: []RuleID{RuleSignalNeedsHands}},
	})
}

func TestCheckResistanceSafeword(t *testing.T) {
	word := func(w string) func(*Document) {
		return func(d *Document) { d.Safewords.Word = w; addActivity(cnc)(d) }
	}
	runRule(t, checkResistanceSafeword, []ruleCase{
		{name: "stop, no role play", edit: func(d *Document) { d.Safewords.Word = "stop" }, want: nil},
		{name: "an unusual word in CNC", edit: word("rutabaga"), want: nil},
		{name: "stop in CNC", edit: word("stop"), want: []RuleID{RuleStopWordInPlay}},
		{name: "No! in CNC", edit: word("No!"), want: []RuleID{RuleStopWordInPlay}},
		{name: "nooo in CNC", edit: word("Nooo"), want: []RuleID{RuleStopWordInPlay}},
		{name: "please stop in CNC", edit: word("PLEASE STOP"), want: []RuleID{RuleStopWordInPlay}},
		{name: "don't, curly apostrophe", edit: word("don\u2019t"), want: []RuleID{RuleStopWordInPlay}},
		{name: "no, stop", edit: word("no, stop"), want: []RuleID{RuleStopWordInPlay}},
		{name: "stop with capture", edit: func(d *Document) {
			d.Safewords.Word = "Stop"
			addActivity(Activity{ID: "role-play.capture", Name: "Capture fantasy", Status: StatusTry})(d)
		}, want: []RuleID{RuleStopWordInPlay}},
		{name: "stop with fear play", edit: func(d *Document) {
			d.Safewords.Word = "stop"
			addActivity(Activity{ID: "verbal.fear-play", Name: "Fear play", Status: StatusYes})(d)
		}, want: []RuleID{RuleStopWordInPlay}},
		{name: "stop with a custom interrogation", edit: func(d *Document) {
			d.Safewords.Word = "stop"
			addActivity(CustomActivity("Interrogation scene", StatusYes))(d)
		}, want: []RuleID{RuleStopWordInPlay}},
	})
	d := goodDoc()
	d.Safewords.Word = "stop"
	d.Scene.Activities = append(d.Scene.Activities, cnc)
	fs := Review(d, goodFacts())
	recordMessages(t, fs)
	if ok, _ := CanPrint(fs); ok {
		t.Error("'stop' as the safeword with consensual non-consent can still be printed")
	}
	for _, f := range fs {
		if f.Rule == RuleOrdinaryWord {
			t.Errorf("the tip about an ordinary word is shown as well as the blocking finding: %v", f)
		}
	}
}
