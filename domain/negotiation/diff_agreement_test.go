package negotiation

import (
	"slices"
	"testing"
)

// The review of an agreement three months on, in sentences.
func TestDiffSaysWhatChangedInAnAgreement(t *testing.T) {
	before := goodAgreement()
	after := Renegotiate(before, date(8, 1, 19, 0))
	ag := &after.Agreement
	ag.Roles[1].Reach = ReachTimes
	ag.Roles[1].Bounds = ""
	ag.Rules = []Standing{
		before.Agreement.Rules[1],
		{Text: "Sam asks before buying anything over £80 for the flat", For: []string{"p2"}},
	}
	ag.Rituals[0].For = []string{"p1", "p2"}
	ag.Rituals[0].Note = ""
	ag.Rituals = append(ag.Rituals, Standing{Text: "Breakfast together on Saturdays"})
	ag.CheckIn.Rhythm = "Every other Sunday"
	ag.Exit.Then = "Aftercare as below and a talk the next day."
	ag.ReviewOn = date(11, 1, 0, 0)
	after.Safewords.Word = "quince"

	want := []string{
		"Negotiation date 1 May, 18:00 → 1 August, 19:00.",
		"No longer marked as agreed.",
		"New custom safeword.",
		"Sam's role now reaches during scenes and at agreed times (was in much of daily life).",
		"Where Sam's role stops removed.",
		"New standing rule: Sam asks before buying anything over £80 for the flat.",
		"Standing rule removed: Sam asks before buying anything over £50 for the flat.",
		"Ritual 'Sam wears the bracelet at weekends': now for Alex and Sam.",
		"Ritual 'Sam wears the bracelet at weekends': note removed.",
		"New ritual: Breakfast together on Saturdays.",
		"Check-in rhythm 'Every Sunday evening' → 'Every other Sunday'.",
		"What happens after a pause or an ending changed.",
		"Review date 1 August → 1 November.",
	}
	got := lineTexts(Diff(before, after, nil))
	if !slices.Equal(got, want) {
		t.Fatalf("diff =\n%q\nwant\n%q", got, want)
	}
	for _, l := range Diff(before, after, nil) {
		if l.Text == "New custom safeword." && l.Section != SectionSafewords {
			t.Errorf("line in the wrong section: %+v", l)
		}
	}
	if got := Diff(before, before.Clone(), nil); len(got) != 0 {
		t.Fatalf("an unchanged agreement: %q", lineTexts(got))
	}
}

func TestDiffNamesAnAgreementAsOne(t *testing.T) {
	before := goodAgreement()
	after := before.Clone()
	if _, err := after.AddParticipant(Participant{Name: "Jo"}); err != nil {
		t.Fatal(err)
	}
	// Jo has no role yet, so nothing is said about one.
	if got := lineTexts(Diff(before, after, nil)); !slices.Equal(got, []string{"Jo joined the agreement."}) {
		t.Fatalf("diff = %q", got)
	}
}
