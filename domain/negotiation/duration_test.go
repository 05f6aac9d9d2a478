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

// A length typed in any shipped language is read as that language means
// it: "1 Stunde" is an hour, never one minute. English is read always.
func TestParseDurationInEveryLanguage(t *testing.T) {
	for in, want := range map[string]int{
		"1 Stunde": 60, "2 Stunden": 120, "eine halbe Stunde": 30, "anderthalb Stunden": 90,
		"etwa 45 Minuten": 45, "20 bis 30 Minuten": 30, "ein bis zwei Stunden": 120, "eine Viertelstunde": 15,
		"eine Stunde und 15 Minuten": 75, "1 Std.": 60,
		"2 heures": 120, "une heure": 60, "une demi-heure": 30, "une heure et demie": 90,
		"environ 30 minutes": 30, "un quart d'heure": 15, "trois quarts d'heure": 45, "20 à 30 minutes": 30,
		"30 minutos": 30, "una hora": 60, "media hora": 30, "una hora y media": 90,
		"de 20 a 30 minutos": 30, "dos horas": 120, "un cuarto de hora": 15, "una hora o dos": 120,
		"1 uur": 60, "een half uur": 30, "anderhalf uur": 90, "twee uur": 120, "een kwartier": 15,
		"20 tot 30 minuten": 30, "ongeveer 45 minuten": 45, "drie kwartier": 45,
		"an hour": 60, "45 min": 45,
	} {
		if got, ok := ParseDuration(in); got != want || !ok {
			t.Errorf("ParseDuration(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for in, want := range map[string]bool{
		"mindestens eine Stunde": true, "au moins une heure": true, "al menos una hora": true,
		"minstens een uur": true, "eine Stunde": false, "une heure": false, "una hora": false, "een uur": false,
	} {
		if got := vaguePhrase(in); got != want {
			t.Errorf("vaguePhrase(%q) = %v, want %v", in, got, want)
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
