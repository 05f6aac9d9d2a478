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
