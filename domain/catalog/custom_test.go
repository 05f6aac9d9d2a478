package catalog_test

import (
	"testing"

	"parleyapp.org/parley/domain/catalog"
)

func TestNormaliseName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Hug", "hug"},
		{"  Long   Slow\tHug  ", "long slow hug"},
		{"Tea|and|Toast", "teaandtoast"},
		{"Tea | Toast", "tea toast"},
		{"ÉCLAIR", "éclair"},
		{"   ", ""},
		{"|", ""},
	}
	for _, tc := range cases {
		if got := catalog.NormaliseName(tc.in); got != tc.want {
			t.Errorf("NormaliseName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCustomIDMatchesTheComparisonTokenRule(t *testing.T) {
	// DESIGN.md: "custom:" + the name lower-cased, trimmed, inner white space
	// collapsed to one space and '|' removed.
	if got, want := catalog.CustomID("  Tickle | Fight "), "custom:tickle fight"; got != want {
		t.Errorf("CustomID = %q, want %q", got, want)
	}
}

func TestWithCustom(t *testing.T) {
	base := small()
	custom := []catalog.Activity{
		{Name: "Slow Dancing", Description: "Swaying together.", Category: "touch", Kind: catalog.Together},
		{Name: "slow   dancing", Description: "The same thing, typed again."},
		{Name: "HUG", Description: "Already in the catalog."},
		{Name: "  ", Description: "No name at all."},
		{Name: "Hair | Braiding", Description: "Plaiting hair.", Category: "touch", Kind: catalog.GiveReceive, Risk: catalog.RiskMedium, RiskChosen: true},
	}
	got := base.WithCustom(custom)

	if len(base.Activities) != 2 {
		t.Fatalf("WithCustom changed the original catalog: %d activities", len(base.Activities))
	}
	wantIDs := []string{"touch.hug", "touch.massage", "custom:slow dancing", "custom:hair braiding"}
	if len(got.Activities) != len(wantIDs) {
		t.Fatalf("got %d activities, want %d: %+v", len(got.Activities), len(wantIDs), got.Activities)
	}
	for i, id := range wantIDs {
		a := got.Activities[i]
		if a.ID != id {
			t.Errorf("activity %d is %q, want %q", i, a.ID, id)
		}
		if a.Custom != (i >= 2) {
			t.Errorf("%s: Custom = %v", a.ID, a.Custom)
		}
	}
	if a, ok := got.Activity("custom:slow dancing"); !ok || a.Description != "Swaying together." {
		t.Errorf("the first spelling of a duplicate should win, got %+v", a)
	}
	if a, _ := got.Activity("custom:slow dancing"); a.Risk != catalog.RiskUnknown {
		t.Errorf("a custom activity without a risk should be \"not known\", got %q", a.Risk)
	}
	if a, _ := got.Activity("custom:hair braiding"); a.Risk != catalog.RiskMedium {
		t.Errorf("a custom activity's own risk should be kept, got %q", a.Risk)
	}
	if got.Version != base.Version {
		t.Errorf("version %q, want %q", got.Version, base.Version)
	}
}

// Issue 13: a custom "choking" was shown as lower risk because custom
// activities defaulted to low. Nobody has judged a custom activity until
// its person says so, and activities saved by the old dialog carry "low"
// without anyone having chosen it.
func TestCustomRiskIsUnknownUntilThePersonChooses(t *testing.T) {
	cases := []struct {
		name string
		in   catalog.Activity
		want catalog.Risk
	}{
		{"no risk at all", catalog.Activity{Name: "Choking"}, catalog.RiskUnknown},
		{"low saved by the old dialog, never chosen", catalog.Activity{Name: "Choking", Risk: catalog.RiskLow}, catalog.RiskUnknown},
		{"high, never chosen", catalog.Activity{Name: "Choking", Risk: catalog.RiskHigh}, catalog.RiskUnknown},
		{"chosen low", catalog.Activity{Name: "Choking", Risk: catalog.RiskLow, RiskChosen: true}, catalog.RiskLow},
		{"chosen high", catalog.Activity{Name: "Choking", Risk: catalog.RiskHigh, RiskChosen: true}, catalog.RiskHigh},
		{"chosen but not a level", catalog.Activity{Name: "Choking", Risk: "extreme", RiskChosen: true}, catalog.RiskUnknown},
		{"chosen not known", catalog.Activity{Name: "Choking", Risk: catalog.RiskUnknown, RiskChosen: true}, catalog.RiskUnknown},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, ok := small().WithCustom([]catalog.Activity{tc.in}).Activity("custom:choking")
			if !ok || a.Risk != tc.want {
				t.Errorf("risk %q (found %v), want %q", a.Risk, ok, tc.want)
			}
		})
	}
}
