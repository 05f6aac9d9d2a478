package negotiation

import (
	"math/rand/v2"
	"slices"
	"testing"

	"parleyapp.org/parley/domain/checklist"
)

// linkSam links Sam (p2) to a checklist profile with these limits.
func linkSam(l Limits) (func(*Document), func(*Facts)) {
	return func(d *Document) { d.Participants[1].ProfileID = "prof-sam" },
		func(f *Facts) { f.Linked = map[string]Limits{"p2": l} }
}

func TestCheckLinkedHard(t *testing.T) {
	cane := Activity{ID: "impact.cane", Name: "Cane", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}}
	caning := Limits{Hard: []LimitItem{{ActivityID: "impact.cane", Side: SideReceiving, Text: "Cane"}}}
	link, facts := linkSam(caning)
	both := func(d *Document) { link(d); addActivity(cane)(d) }
	runRule(t, checkLinkedHard, []ruleCase{
		{name: "cane in the scene, caning a hard limit on Sam's own list, nothing brought in", edit: both, facts: facts,
			want: []RuleID{RuleLinkedHardInScope}},
		{name: "not linked: the review has no list to read", edit: addActivity(cane), facts: facts, want: nil},
		{name: "brought in: reported once, by the document's own rule", edit: func(d *Document) {
			both(d)
			d.Participants[1].Limits.Hard = append(d.Participants[1].Limits.Hard, caning.Hard[0])
		}, facts: facts, want: nil},
		{name: "Sam gives the cane: a receiving limit does not stop it", edit: func(d *Document) {
			link(d)
			c := cane
			c.Givers, c.Receivers = []string{"p2"}, []string{"p1"}
			addActivity(c)(d)
		}, facts: facts, want: nil},
		{name: "not this time is out of scope", edit: func(d *Document) {
			link(d)
			c := cane
			c.Status = StatusNotThisTime
			addActivity(c)(d)
		}, facts: facts, want: nil},
	})
}

func TestCheckLinkedSoftAndNoneWritten(t *testing.T) {
	cane := Activity{ID: "impact.cane", Name: "Cane", Status: StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}}
	link, facts := linkSam(Limits{Soft: []LimitItem{{ActivityID: "impact.cane", Text: "Cane"}}})
	runRule(t, checkLinkedSoft, []ruleCase{
		{name: "a not-now on the list, in the scene", edit: func(d *Document) { link(d); addActivity(cane)(d) }, facts: facts,
			want: []RuleID{RuleLinkedSoftInScope}},
		{name: "nothing of the list in the scene", edit: link, facts: facts, want: nil},
	})
	hardLink, hardFacts := linkSam(Limits{Hard: []LimitItem{{ActivityID: "needles", Text: "Needles"}}})
	runRule(t, checkLinkedNoneWritten, []ruleCase{
		{name: "hard limits on the list, none written here", edit: func(d *Document) {
			hardLink(d)
			d.Participants[1].Limits.Hard = []LimitItem{{}} // a blank row is not a limit
		}, facts: hardFacts, want: []RuleID{RuleLinkedNoneWritten}},
		{name: "some written here: their choice which", edit: hardLink, facts: hardFacts, want: nil},
		{name: "no hard limits on the list", edit: func(d *Document) {
			link(d)
			d.Participants[1].Limits.Hard = nil
		}, facts: facts, want: nil},
	})
}

func TestCheckLinkedUncheckedAndHidden(t *testing.T) {
	link := func(d *Document) { d.Participants[1].ProfileID = "prof-sam" }
	runRule(t, checkLinkedUnchecked, []ruleCase{
		{name: "a protected list not opened blocks", edit: link,
			facts: func(f *Facts) { f.Unchecked = map[string]Unchecked{"p2": UncheckedProtected} }, want: []RuleID{RuleLinkedUnchecked}},
		{name: "an unreadable list blocks", edit: link,
			facts: func(f *Facts) { f.Unchecked = map[string]Unchecked{"p2": UncheckedUnreadable} }, want: []RuleID{RuleLinkedUnchecked}},
		{name: "checked", edit: link, want: nil},
		{name: "said once when limits from the same list are hidden too", edit: func(d *Document) {
			link(d)
			d.Participants[1].HiddenLimits = []Sealed{{ProfileID: "prof-sam", Box: []byte{1}}}
		}, facts: func(f *Facts) { f.Unchecked = map[string]Unchecked{"p2": UncheckedProtected} }, want: nil},
	})
	runRule(t, checkHiddenLimits, []ruleCase{
		{name: "limits still sealed block", edit: func(d *Document) {
			d.Participants[1].HiddenLimits = []Sealed{{ProfileID: "prof-sam", Box: []byte{1}}}
		}, want: []RuleID{RuleHiddenLimits}},
		{name: "nothing hidden", want: nil},
	})
}

// TestLinkedHardLimitNeverPrints: for random checklists and documents, no
// document that puts any linked person's hard limit in scope passes the
// gate (Printable), whatever was or was not brought in; nor does one whose
// linked protected list could not be read.
func TestLinkedHardLimitNeverPrints(t *testing.T) {
	acts := []string{"impact.cane", "gag", "blindfold", "wax", "spanking", "rope", "needles", "tickling"}
	dirs := []checklist.Direction{checklist.Together, checklist.Giving, checklist.Receiving}
	answers := []checklist.Answer{checklist.Unanswered, checklist.Yes, checklist.Maybe, checklist.FantasyOnly, checklist.No, checklist.HardLimit}
	statuses := []Status{"", StatusYes, StatusTry, StatusNotThisTime}
	r := rand.New(rand.NewPCG(12, 8))
	blocked, total := 0, 2000
	for n := range total {
		d := goodDoc()
		d.Scene.Activities = nil
		f := goodFacts()
		f.Linked = map[string]Limits{}
		f.Unchecked = map[string]Unchecked{}
		for i := range d.Participants {
			p := &d.Participants[i]
			p.Limits = Limits{}
			if r.IntN(4) == 0 {
				continue // not linked
			}
			p.ProfileID = "prof-" + p.ID
			sheet := checklist.NewSheet()
			for _, a := range acts {
				for _, dir := range dirs {
					if r.IntN(3) == 0 {
						sheet.Put(checklist.Key{Activity: a, Direction: dir}, checklist.Entry{Answer: answers[r.IntN(len(answers))]})
					}
				}
			}
			l := LimitsFromSheet(sheet, nil)
			if r.IntN(6) == 0 { // a protected list not opened: its limits are unknown
				f.Unchecked[p.ID] = UncheckedProtected
				continue
			}
			f.Linked[p.ID] = l
			for _, it := range l.Hard { // some brought in, some not
				if r.IntN(2) == 0 {
					p.Limits.Hard = append(p.Limits.Hard, it)
				}
			}
		}
		ids := []string{"p1", "p2"}
		for range r.IntN(5) {
			a := Activity{ID: acts[r.IntN(len(acts))], Status: statuses[r.IntN(len(statuses))]}
			a.Name = a.ID
			switch r.IntN(4) {
			case 0:
				a.Together = true
			case 1: // sides unset
			default:
				g := r.IntN(2)
				a.Givers, a.Receivers = []string{ids[g]}, []string{ids[1-g]}
			}
			d.Scene.Activities = append(d.Scene.Activities, a)
		}
		inScope := linkedHardInScope(d, f) || len(f.Unchecked) > 0
		ok, reasons := Printable(d, f)
		if inScope && ok {
			t.Fatalf("case %d: a linked hard limit is (or may be) in scope but the document may print\n%+v\n%+v %v", n, d.Scene.Activities, f.Linked, f.Unchecked)
		}
		if inScope {
			blocked++
			if len(reasons) == 0 {
				t.Fatalf("case %d: refused without a reason", n)
			}
		}
	}
	if blocked < total/10 {
		t.Fatalf("only %d of %d cases put a hard limit in scope: the generator tests too little", blocked, total)
	}
}

// linkedHardInScope is an independent reading of "a linked person's hard
// limit is in scope": a live activity with the limit's ID, that the person
// takes the limit's side in (or nobody's side is set).
func linkedHardInScope(d Document, f Facts) bool {
	for _, p := range d.Participants {
		l, ok := f.Linked[p.ID]
		if !ok || p.ProfileID == "" {
			continue
		}
		for _, it := range l.Hard {
			for _, a := range d.Scene.Activities {
				if a.ID != it.ActivityID || a.Status == StatusNotThisTime {
					continue
				}
				unset := len(a.Givers) == 0 && len(a.Receivers) == 0
				switch {
				case it.Side == AnySide,
					it.Side == SideGiving && (unset || slices.Contains(a.Givers, p.ID)),
					it.Side == SideReceiving && (unset || slices.Contains(a.Receivers, p.ID)):
					return true
				}
			}
		}
	}
	return false
}
