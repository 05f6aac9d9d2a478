package negotiation

import "testing"

func TestParseDuration(t *testing.T) {
	cases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"30", 30, true},
		{"45 min", 45, true},
		{"45 mins.", 45, true},
		{"90m", 90, true},
		{"about 30 minutes", 30, true},
		{"around an hour", 60, true},
		{"an hour", 60, true},
		{"2 hours", 120, true},
		{"1.5 hours", 90, true},
		{"1h30", 90, true},
		{"1 hour 15 minutes", 75, true},
		{"an hour and a half", 90, true},
		{"one and a half hours", 90, true},
		{"half an hour", 30, true},
		{"quarter of an hour", 15, true},
		{"three quarters of an hour", 45, true},
		{"an hour and a quarter", 75, true},
		{"forty five minutes", 45, true},
		{"twenty minutes", 20, true},
		{"a couple of hours", 120, true},
		{"20-30 minutes", 30, true},
		{"20 to 30 minutes", 30, true},
		{"30 minutes to an hour", 60, true},
		{"an hour or two", 120, true},
		{"about 30 minutes or so", 30, true},
		{"two minutes", 2, true},
		{"as long as it takes", 0, false},
		{"until 10pm", 0, false},
		{"till 22:30", 0, false},
		{"a while", 0, false},
		{"", 0, false},
	}
	for _, c := range cases {
		got, ok := ParseDuration(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseDuration(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestVaguePhrase(t *testing.T) {
	cases := map[string]bool{
		"as long as it takes":   true,
		"At least an hour":      true,
		"an hour or longer":     true,
		"we'll see how it goes": true,
		"all night":             true,
		"about an hour":         false,
		"30 minutes":            false,
	}
	for in, want := range cases {
		if got := vaguePhrase(in); got != want {
			t.Errorf("vaguePhrase(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestSetDuration(t *testing.T) {
	var s Scene
	s.SetDuration("around an hour")
	if s.DurationMinutes != 60 || s.DurationText != "around an hour" || s.Minutes() != 60 {
		t.Errorf("scene = %+v", s)
	}
	s.SetDuration("as long as it takes")
	if s.DurationMinutes != 0 || s.Minutes() != 0 {
		t.Errorf("an unreadable duration must clear the minutes: %+v", s)
	}
	if (Scene{DurationText: "45 minutes"}).Minutes() != 45 {
		t.Error("Minutes should read the text when the number is unset")
	}
}
