package checklist

import (
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
)

// riskLineOf selects the only row and returns the detail panel's risk line.
func riskLineOf(t *testing.T, c *Checklist) string {
	t.Helper()
	if len(c.rows) != 1 {
		t.Fatalf("want one row after adding, got %d", len(c.rows))
	}
	c.selectRow(0)
	return c.detailRisk.Text
}

// Issue 13: a custom "choking" (now in the catalog) read "Lower risk" because the add dialog
// wrote low without asking. Now the dialog asks, "not known" comes first,
// and an activity nobody has judged says so.
func TestCustomActivityRiskLine(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")

	if got := customRisks[customRiskChoice(c.env.Window).SelectedIndex()]; got != catalog.RiskUnknown {
		t.Errorf("the add dialog's risk choice starts at %q, want not known", got)
	}
	c.addActivity("Neck squeezing", "", "touch", false, catalog.RiskUnknown, false)
	if line := riskLineOf(t, c); !strings.HasPrefix(line, "Risk not known") || strings.Contains(line, "Lower") {
		t.Errorf("an unjudged custom activity reads %q", line)
	}
	c.addActivity("Rope on a tree", "", "restraint", false, catalog.RiskHigh, false)
	if line := riskLineOf(t, c); line != "Higher risk." {
		t.Errorf("a custom activity the person called high reads %q", line)
	}
	f.wait()
	_, custom, err := f.v.LoadChecklist(c.person)
	if err != nil || len(custom) != 2 {
		t.Fatalf("custom activities saved: %d (%v)", len(custom), err)
	}
	for _, k := range custom {
		if k.Name == "Rope on a tree" && (k.Risk != catalog.RiskHigh || !k.RiskChosen) {
			t.Errorf("the chosen risk was not saved: %+v", k)
		}
	}
}

// A custom activity saved by the old dialog carries "low" that nobody chose.
func TestCustomActivitySavedBeforeTheRiskChoiceReadsNotKnown(t *testing.T) {
	f := newFixture(t)
	c := openChecklist(t, f, "Sam")
	old := catalog.Activity{Name: "Neck squeezing", Description: "Added by you.", Category: "touch", Kind: catalog.GiveReceive, Risk: catalog.RiskLow}
	if err := f.v.AddCustomActivity(c.person, old); err != nil {
		t.Fatal(err)
	}
	c.open(c.person)
	f.env.Eventually(t, "the list reloads with the old custom activity", func() bool {
		_, ok := c.index.Catalog().Activity("custom:neck squeezing")
		return ok
	})
	c.search.SetText("Neck squeezing")
	i := rowIndex(t, c, "custom:neck squeezing", checklist.Giving)
	c.selectRow(i)
	if line := c.detailRisk.Text; !strings.HasPrefix(line, "Risk not known") {
		t.Errorf("an old custom activity reads %q", line)
	}
}
