package negotiation

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
)

func TestLimitMove(t *testing.T) {
	y, m, n, h, u := checklist.Yes, checklist.Maybe, checklist.No, checklist.HardLimit, checklist.Unanswered
	cases := []struct {
		from, to checklist.Answer
		want     LimitMove
	}{
		{n, h, Hardened},
		{h, n, Softened},
		{y, n, IntoLimit},
		{m, h, IntoLimit},
		{u, h, IntoLimit},
		{n, y, OutOfLimit},
		{h, m, OutOfLimit},
		{h, u, OutOfLimit},
		{y, m, NoLimitMove},
		{u, y, NoLimitMove},
	}
	for _, c := range cases {
		if got := limitMove(c.from, c.to); got != c.want {
			t.Errorf("%s → %s: %q, want %q", c.from, c.to, got, c.want)
		}
	}
}

func TestLimitsTimeline(t *testing.T) {
	gag := checklist.Key{Activity: "gag", Direction: checklist.Receiving}
	wax := checklist.Key{Activity: "wax", Direction: checklist.Together}
	changes := []checklist.Change{
		{Key: gag, From: checklist.No, To: checklist.HardLimit, At: date(5, 10, 9, 0)},
		{Key: wax, From: checklist.Unanswered, To: checklist.Maybe, At: date(5, 1, 9, 0)},
		{Key: wax, From: checklist.Maybe, To: checklist.Maybe, At: date(5, 2, 9, 0)},
		{Key: gag, From: checklist.Maybe, To: checklist.No, At: date(5, 3, 9, 0)},
	}
	got := LimitsTimeline(changes)
	want := []TimelineEntry{
		{Key: wax, From: checklist.Unanswered, To: checklist.Maybe, At: date(5, 1, 9, 0), Move: NoLimitMove},
		{Key: gag, From: checklist.Maybe, To: checklist.No, At: date(5, 3, 9, 0), Move: IntoLimit},
		{Key: gag, From: checklist.No, To: checklist.HardLimit, At: date(5, 10, 9, 0), Move: Hardened},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("timeline:\n got %+v\nwant %+v", got, want)
	}
	if got[0].Flagged() || !got[1].Flagged() || !got[2].Flagged() {
		t.Error("only moves of a limit are flagged")
	}
	if s := got[2].Sentence("gag"); s != "Gag (receiving): soft limit → hard limit." {
		t.Errorf("sentence = %q", s)
	}
	data, _ := json.Marshal(got)
	var back []TimelineEntry
	if err := json.Unmarshal(data, &back); err != nil || !reflect.DeepEqual(back, got) {
		t.Errorf("JSON round trip: %v %+v\n%s", err, back, data)
	}
}

// A move into or out of "fantasy only" is said in words, and is a limit
// move only when a limit is on the other side of it.
func TestTimelineSaysFantasyOnly(t *testing.T) {
	k := checklist.Key{Activity: "role-play.capture", Direction: checklist.Together}
	at := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	got := LimitsTimeline([]checklist.Change{
		{Key: k, From: checklist.Yes, To: checklist.FantasyOnly, At: at},
		{Key: k, From: checklist.FantasyOnly, To: checklist.No, At: at.Add(time.Hour)},
	})
	if s := got[0].Sentence("capture"); s != "Capture: yes → fantasy only." || got[0].Flagged() {
		t.Errorf("first change: %q flagged %v", s, got[0].Flagged())
	}
	if s := got[1].Sentence("capture"); s != "Capture: fantasy only → soft limit." || got[1].Move != IntoLimit {
		t.Errorf("second change: %q move %v", s, got[1].Move)
	}
}
