package negotiation

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/message"
)

func TestLimitsOrder(t *testing.T) {
	acts := func(a ...Activity) func(*Document) { return func(d *Document) { d.Scene.Activities = a } }
	people := []Participant{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	cases := []struct {
		name string
		edit func(*Document)
		want []int
	}{
		{"nobody receives: document order", acts(), []int{0, 1, 2, 3}},
		{"the receiver first", acts(Activity{Name: "x", Status: StatusYes, Givers: []string{"a"}, Receivers: []string{"c"}}), []int{2, 0, 1, 3}},
		{"two receivers keep their order", acts(
			Activity{Name: "x", Status: StatusYes, Receivers: []string{"d"}},
			Activity{Name: "y", Status: StatusTry, Receivers: []string{"b"}},
		), []int{1, 3, 0, 2}},
		{"an excluded activity does not count", acts(Activity{Name: "x", Status: StatusNotThisTime, Receivers: []string{"c"}}), []int{0, 1, 2, 3}},
		{"an empty row does not count", acts(Activity{Status: StatusYes, Receivers: []string{"c"}}), []int{0, 1, 2, 3}},
	}
	for _, c := range cases {
		d := Document{Participants: people}
		c.edit(&d)
		if got := d.LimitsOrder(); !slices.Equal(got, c.want) {
			t.Errorf("%s: order %v, want %v", c.name, got, c.want)
		}
	}
}

func TestHardLimitLines(t *testing.T) {
	d := goodDoc()
	d.Participants[1].Limits.Hard = append(d.Participants[1].Limits.Hard,
		LimitItem{ActivityID: "spanking", Side: SideReceiving},
		LimitItem{ActivityID: "custom:tickling"},
		LimitItem{Text: " "},
	)
	d.Scene.Activities = append(d.Scene.Activities, Activity{ID: "spanking", Name: "Spanking", Status: StatusNotThisTime})
	want := []LimitLine{
		{ParticipantID: "p2", Participant: "Sam", ActivityID: "gag", Text: "Gag"},
		{ParticipantID: "p2", Participant: "Sam", ActivityID: "spanking", Side: SideReceiving, Text: "Spanking (when receiving)"},
		{ParticipantID: "p2", Participant: "Sam", ActivityID: "custom:tickling", Text: "tickling"},
		{ParticipantID: "p1", Participant: "Alex", Text: "name-calling"},
	}
	got := d.HardLimitLines()
	for i := range got { // Says is the same words for other languages
		if i < len(want) && fmt.Sprint(message.RenderValue(english, got[i].Says)) != want[i].Text {
			t.Errorf("line %d says %v in English, want %q", i, got[i].Says, want[i].Text)
		}
		got[i].Says = nil
	}
	if !slices.Equal(got, want) {
		t.Errorf("hard limit lines:\n got %+v\nwant %+v", got, want)
	}
	if _, ok := d.HardLimitLines()[1].Says.(Msg); !ok {
		t.Errorf("a limit with a side is not a message: %#v", d.HardLimitLines()[1].Says)
	}
	soft := d.SoftLimitLines()
	if len(soft) != 1 || soft[0].Condition != "light, over clothes" || soft[0].Participant != "Sam" {
		t.Errorf("soft limit lines = %+v", soft)
	}
}

// randomDoc builds a document with 2-4 people, random activities and
// random hard and soft limits, blank rows included.
func randomDoc(r *rand.Rand) Document {
	words := []string{"gag", "wax", "rope", "Spanking", "blindfold", "  ", "", "name calling", "feather"}
	pick := func() string { return words[r.IntN(len(words))] }
	n := 2 + r.IntN(3)
	var d Document
	for i := range n {
		p := Participant{ID: "p" + strconv.Itoa(i+1)}
		if r.IntN(3) > 0 {
			p.Name = pick()
		}
		for range r.IntN(6) {
			it := LimitItem{Text: pick(), Side: []Side{AnySide, SideGiving, SideReceiving}[r.IntN(3)]}
			if r.IntN(2) == 0 {
				it.ActivityID = strings.TrimSpace(pick())
			}
			if r.IntN(2) == 0 {
				p.Limits.Hard = append(p.Limits.Hard, it)
			} else {
				p.Limits.Soft = append(p.Limits.Soft, it)
			}
		}
		d.Participants = append(d.Participants, p)
	}
	for range r.IntN(6) {
		a := Activity{ID: strings.TrimSpace(pick()), Name: pick(), Status: []Status{StatusYes, StatusTry, StatusNotThisTime, ""}[r.IntN(4)]}
		for _, p := range d.Participants {
			switch r.IntN(3) {
			case 0:
				a.Givers = append(a.Givers, p.ID)
			case 1:
				a.Receivers = append(a.Receivers, p.ID)
			}
		}
		d.Scene.Activities = append(d.Scene.Activities, a)
	}
	return d
}

// TestEveryHardLimitIsPrinted: for random documents, every hard limit
// that names anything appears exactly once in HardLimitLines, under its
// person, with its text, and nothing else appears. The printout relies
// on this.
func TestEveryHardLimitIsPrinted(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for round := range 500 {
		d := randomDoc(r)
		lines := d.HardLimitLines()
		if order := d.LimitsOrder(); !slices.Equal(slices.Sorted(slices.Values(order)), []int{0, 1, 2, 3}[:len(d.Participants)]) {
			t.Fatalf("round %d: LimitsOrder %v is not a permutation", round, order)
		}
		used := make([]bool, len(lines))
		want := 0
		for _, p := range d.Participants {
			for _, it := range p.Limits.Hard {
				if strings.TrimSpace(it.Text) == "" && it.ActivityID == "" {
					continue
				}
				want++
				found := false
				for i, l := range lines {
					if !used[i] && l.ParticipantID == p.ID && l.ActivityID == it.ActivityID && l.Side == it.Side &&
						strings.Contains(l.Text, strings.TrimSpace(it.Text)) && strings.TrimSpace(l.Text) != "" {
						used[i], found = true, true
						break
					}
				}
				if !found {
					t.Fatalf("round %d: %s's hard limit %+v is missing from %+v", round, p.ID, it, lines)
				}
			}
		}
		if len(lines) != want {
			t.Fatalf("round %d: %d lines for %d hard limits: %+v", round, len(lines), want, lines)
		}
	}
}

// "Bring in my limits" with the new answers: a fantasy comes in as a soft
// line that says so (not as a hard limit, not dropped), and a Yes with a
// condition brings nothing in.
func TestLimitsFromSheetWithFantasiesAndConditions(t *testing.T) {
	s := checklist.NewSheet()
	now := date(5, 1, 0, 0)
	spank := checklist.Key{Activity: "spanking", Direction: checklist.Receiving}
	capture := checklist.Key{Activity: "role-play.capture", Direction: checklist.Together}
	gag := checklist.Key{Activity: "gag", Direction: checklist.Receiving}
	s.SetAnswer(spank, checklist.No, now)
	s.SetAnswer(capture, checklist.FantasyOnly, now)
	s.SetNote(capture, "  as a story told in bed ")
	s.SetAnswer(gag, checklist.FantasyOnly, now)
	s.SetAnswer(checklist.Key{Activity: "blindfold", Direction: checklist.Together}, checklist.Yes, now)
	s.SetCondition(checklist.Key{Activity: "blindfold", Direction: checklist.Together}, checklist.Condition{OnlyWith: "Alex"})
	l := LimitsFromSheet(s, nil)
	wantSoft := []LimitItem{
		{ActivityID: "spanking", Side: SideReceiving, Text: "spanking"},
		{ActivityID: "gag", Side: SideReceiving, Text: "gag", Condition: FantasyOnly},
		{ActivityID: "role-play.capture", Text: "role-play.capture", Condition: FantasyOnly + ": as a story told in bed"},
	}
	if len(l.Hard) != 0 || !slices.Equal(l.Soft, wantSoft) {
		t.Fatalf("limits = %+v\nwant soft %+v", l, wantSoft)
	}
	if l.Soft[0].IsFantasy() || !l.Soft[1].IsFantasy() || !l.Soft[2].IsFantasy() {
		t.Error("IsFantasy tells the lines apart wrongly")
	}
}

// A fantasy on a linked list, put in the scene as something to do, is
// named as a fantasy (not as a "not now") by the review.
func TestLinkedFantasyInTheSceneIsNamedAsAFantasy(t *testing.T) {
	d := goodDoc()
	d.Participants[1].ProfileID = "prof-sam"
	d.Scene.Activities = append(d.Scene.Activities, Activity{ID: "role-play.capture", Name: "Capture", Status: StatusYes, Together: true})
	f := goodFacts()
	f.Linked = map[string]Limits{"p2": {Soft: []LimitItem{{ActivityID: "role-play.capture", Text: "Capture", Condition: FantasyOnly}}}}
	found := checkLinkedSoft(d, f)
	if len(found) != 1 || !strings.Contains(found[0].Message, "fantasy only") || strings.Contains(found[0].Message, "not now") {
		t.Fatalf("findings %+v", found)
	}
}
