package negotiation

import (
	"testing"
	"time"
)

func TestWhoDoesWhatInWords(t *testing.T) {
	d := Document{Participants: []Participant{{ID: "a", Name: "Sam"}, {ID: "b", Name: "Alex"}, {ID: "c", Name: "Jo"}}}
	cases := []struct {
		act  Activity
		want string
	}{
		{Activity{Givers: []string{"a"}, Receivers: []string{"b"}}, "Sam gives, Alex receives"},
		{Activity{Givers: []string{"a", "c"}, Receivers: []string{"b"}}, "Sam and Jo give, Alex receives"},
		{Activity{Receivers: []string{"b", "c"}}, "Alex and Jo receive"},
		{Activity{Givers: []string{"c"}}, "Jo gives"},
		{Activity{Together: true, Givers: []string{"a"}}, "together"},
		{Activity{}, ""},
	}
	for _, c := range cases {
		if got := whoDoesWhat(d, c.act); got != c.want {
			t.Errorf("whoDoesWhat(%+v) = %q, want %q", c.act, got, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	cases := map[string][]string{
		"Upper back only. Can leave marks.": {"Upper back only.", "can leave marks"},
		"Is this all right?":                {" is this all right? ", ""},
		"":                                  {"", "  "},
		"Padded cuffs; key nearby.":         {"Padded cuffs; key nearby;"},
	}
	for want, in := range cases {
		if got := sentences(in...); got != want {
			t.Errorf("sentences(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDates(t *testing.T) {
	cases := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC), "Friday 20 November 2026"},
		{time.Date(2026, 11, 28, 20, 0, 0, 0, time.UTC), "Saturday 28 November 2026, 20:00"},
		{time.Date(2027, 1, 1, 9, 5, 0, 0, time.UTC), "Friday 1 January 2027, 09:05"},
	}
	for _, c := range cases {
		if got := dateAndTime(c.t); got != c.want {
			t.Errorf("dateAndTime(%v) = %q, want %q", c.t, got, c.want)
		}
	}
}

func TestIntensityInWords(t *testing.T) {
	cases := []struct {
		i    Intensity
		p    Pace
		want string
	}{
		{IntensityLight, PaceSteady, "Light and steady"},
		{IntensityMedium, PaceVarying, "Medium, varying"},
		{IntensityIntense, "", "Intense"},
		{"", PaceSteady, "Steady"},
		{"", "", ""},
	}
	for _, c := range cases {
		if got := intensityText(Scene{Intensity: c.i, Pace: c.p}); got != c.want {
			t.Errorf("intensityText(%q, %q) = %q, want %q", c.i, c.p, got, c.want)
		}
	}
}
