package match

import (
	"reflect"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

func TestTokens(t *testing.T) {
	c := fakeCatalog() // act-00, act-03 … together; act-01, act-02 … give and receive
	tests := []struct {
		name   string
		role   Role
		maybes bool
		sheet  []string
		want   []string
	}{
		{"yes gives a yes token", Starter, false, []string{"act-00/together=yes"},
			[]string{"yes|test.7|act-00|together"}},
		{"yes also gives an open token when comparing maybes", Starter, true, []string{"act-00/together=yes"},
			[]string{"open|test.7|act-00|together", "yes|test.7|act-00|together"}},
		{"maybe gives only an open token", Starter, true, []string{"act-00/together=maybe"},
			[]string{"open|test.7|act-00|together"}},
		{"maybe gives nothing without the choice", Starter, false, []string{"act-00/together=maybe"}, nil},
		{"no, hard limit and unanswered never give a token", Starter, true,
			[]string{"act-00/together=no", "act-03/together=hard-limit", "act-06/together=unanswered"}, nil},
		{"starter giving is starter-gives", Starter, false, []string{"act-01/giving=yes"},
			[]string{"yes|test.7|act-01|starter-gives"}},
		{"starter receiving is responder-gives", Starter, false, []string{"act-01/receiving=yes"},
			[]string{"yes|test.7|act-01|responder-gives"}},
		{"responder receiving is starter-gives", Responder, false, []string{"act-01/receiving=yes"},
			[]string{"yes|test.7|act-01|starter-gives"}},
		{"responder giving is responder-gives", Responder, false, []string{"act-01/giving=yes"},
			[]string{"yes|test.7|act-01|responder-gives"}},
		{"custom names are normalised", Starter, false, []string{"custom:  Tea   PARTY /together=yes"},
			[]string{"yes|test.7|custom:tea party|together"}},
		{"a bar in a custom name is dropped", Starter, false, []string{"custom:Rope|Work/giving=yes"},
			[]string{"yes|test.7|custom:ropework|starter-gives"}},
		{"two spellings of one custom activity give one token", Starter, false,
			[]string{"custom:Tea party/together=yes", "custom:tea  party/together=yes"},
			[]string{"yes|test.7|custom:tea party|together"}},
		{"an empty custom name gives nothing", Starter, false, []string{"custom: /together=yes"}, nil},
		{"a direction that does not fit the activity gives nothing", Starter, false,
			[]string{"act-00/giving=yes", "act-01/together=yes"}, nil},
		{"unknown and retired IDs give nothing", Starter, false,
			[]string{"nope/together=yes", "old-act/together=yes"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(c, tt.role, Person{Sheet: sheetOf(tt.sheet...), Maybes: tt.maybes})
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// The fantasy tier takes Fantasy-only and Yes answers, only when the
// person chose it; a Maybe never gives a fantasy token.
func TestFantasyTokens(t *testing.T) {
	c := fakeCatalog()
	tests := []struct {
		name   string
		role   Role
		maybes bool
		sheet  []string
		want   []string
		dreams bool // compare fantasies too
	}{
		{"fantasy only gives a fantasy token when comparing fantasies", Starter, false, []string{"act-00/together=fantasy"},
			[]string{"fantasy|test.7|act-00|together"}, true},
		{"fantasy only gives nothing without the choice, even with maybes", Starter, true, []string{"act-00/together=fantasy"}, nil, false},
		{"yes also gives a fantasy token when comparing fantasies", Responder, false, []string{"act-01/giving=yes"},
			[]string{"fantasy|test.7|act-01|responder-gives", "yes|test.7|act-01|responder-gives"}, true},
		{"maybe gives no fantasy token", Starter, true, []string{"act-00/together=maybe"},
			[]string{"open|test.7|act-00|together"}, true},
		{"all three tiers from one yes", Starter, true, []string{"act-00/together=yes"},
			[]string{"fantasy|test.7|act-00|together", "open|test.7|act-00|together", "yes|test.7|act-00|together"}, true},
		{"no, hard limit and unanswered never give a token, with every choice", Starter, true,
			[]string{"act-00/together=no", "act-03/together=hard-limit", "act-06/together=unanswered"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(c, tt.role, Person{Sheet: sheetOf(tt.sheet...), Maybes: tt.maybes, Fantasies: tt.dreams})
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseToken(t *testing.T) {
	good := Token{Tier: TierOpen, Catalog: "2025.1", Activity: "custom:tea party", Slot: SlotResponderGives}
	if got, err := ParseToken(good.String()); err != nil || got != good {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	for _, bad := range []string{"", "yes|1|a", "yes|1|a|b|together", "maybe|1|a|together",
		"yes|1|a|giving", "yes||a|together", "yes|1||together"} {
		if _, err := ParseToken(bad); err == nil {
			t.Errorf("ParseToken(%q) accepted", bad)
		}
	}
}

func TestPossibleSlots(t *testing.T) {
	c := fakeCatalog() // 20 together, 40 give-and-receive
	if got := PossibleSlots(c); got != 20+2*40 {
		t.Fatalf("got %d, want 100", got)
	}
	withCustom := c.WithCustom([]catalog.Activity{{Name: "Tea party", Kind: catalog.Together}})
	if got := PossibleSlots(withCustom); got != 100 {
		t.Fatalf("custom activities counted: %d", got)
	}
}

func TestRoles(t *testing.T) {
	for slot, want := range map[Slot]string{
		SlotStarterGives:   "Sam gives, Alex receives",
		SlotResponderGives: "Alex gives, Sam receives",
		SlotTogether:       "Together",
	} {
		if got := (Match{Activity: "x", Slot: slot}).Roles("Sam", "Alex"); got != want {
			t.Errorf("%s: got %q, want %q", slot, got, want)
		}
	}
}

func TestOverClaims(t *testing.T) {
	tests := []struct {
		c                 Count
		possible          int
		maybes, fantasies bool
		want              bool
	}{
		{Count{Yes: 89}, 100, false, false, false},
		{Count{Yes: 90}, 100, false, false, true},
		{Count{Yes: 10, Open: 95}, 100, false, true, false}, // open tier not compared
		{Count{Yes: 10, Open: 95}, 100, true, false, true},
		{Count{Yes: 10, Fantasy: 95}, 100, true, false, false}, // fantasy tier not compared
		{Count{Yes: 10, Fantasy: 90}, 100, false, true, true},
		{Count{Yes: 9}, 10, false, false, true},
		{Count{Yes: 8}, 10, false, false, false},
		{Count{Yes: 500}, 0, true, true, false}, // no yardstick, no warning
	}
	for _, tt := range tests {
		if got := OverClaims(tt.c, tt.possible, tt.maybes, tt.fantasies); got != tt.want {
			t.Errorf("OverClaims(%+v, %d, %v, %v) = %v", tt.c, tt.possible, tt.maybes, tt.fantasies, got)
		}
	}
}

// A partner who says yes to everything is flagged on both sides; a
// partner with ordinary answers is not.
func TestOverClaimIsFlagged(t *testing.T) {
	c := fakeCatalog()
	all := checklist.NewSheet()
	for _, a := range c.Activities {
		for _, d := range checklist.DirectionsOf(a) {
			all.Put(checklist.Key{Activity: a.ID, Direction: d}, checklist.Entry{Answer: checklist.Yes})
		}
	}
	x := exchange(t, 3, Person{Sheet: sheetOf("act-00/together=yes", "act-01/giving=yes")}, Person{Sheet: all})
	for side, r := range map[string]Result{"starter": x.sres, "responder": x.rres} {
		if r.StarterOverClaims || !r.ResponderOverClaims {
			t.Errorf("%s sees starter %v, responder %v; want false, true", side, r.StarterOverClaims, r.ResponderOverClaims)
		}
	}
	if len(x.sres.BothYes) != 2 {
		t.Errorf("the over-claimer learns %v; want both of the starter's yeses", x.sres.BothYes)
	}
}

func TestCompareVersions(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1.2", "1.10", -1}, {"2", "1.9", 1}, {"1.2", "1.2", 0}, {"1.2.1", "1.2", 1},
		{"2025.1", "2024.12", 1}, {"beta", "alpha", 1}, {"1.01", "1.1", -1},
	}
	for _, tt := range tests {
		if got := compareVersions(tt.a, tt.b); got != tt.want {
			t.Errorf("compareVersions(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
