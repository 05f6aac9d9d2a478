package catalog_test

import (
	"encoding/json"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
)

// small is a valid two-activity catalog that each case below breaks in one way.
func small() *catalog.Catalog {
	return &catalog.Catalog{
		Version:    "test.1",
		Categories: []catalog.Category{{ID: "touch", Name: "Touch"}},
		Activities: []catalog.Activity{
			{ID: "touch.hug", Name: "Hug", Description: "Arms around each other.", Category: "touch", Kind: catalog.Together, Risk: catalog.RiskLow},
			{ID: "touch.massage", Name: "Massage", Description: "Hands on tired muscles.", Category: "touch", Kind: catalog.GiveReceive, Risk: catalog.RiskLow},
		},
	}
}

func TestCheckAcceptsAValidCatalog(t *testing.T) {
	c := small()
	c.Retired = map[string]string{"touch.cuddle": "touch.hug"}
	if err := c.Check(); err != nil {
		t.Fatalf("valid catalog rejected: %v", err)
	}
}

func TestCheckRejectsBadCatalogs(t *testing.T) {
	cases := []struct {
		name    string
		breakIt func(c *catalog.Catalog)
		want    string // a word the error must contain
	}{
		{"no version", func(c *catalog.Catalog) { c.Version = "" }, "version"},
		{"category without ID", func(c *catalog.Catalog) { c.Categories = append(c.Categories, catalog.Category{Name: "Other"}) }, "category"},
		{"category without name", func(c *catalog.Catalog) { c.Categories = append(c.Categories, catalog.Category{ID: "other"}) }, "category"},
		{"category twice", func(c *catalog.Catalog) {
			c.Categories = append(c.Categories, catalog.Category{ID: "touch", Name: "Again"})
		}, "twice"},
		{"activity without ID", func(c *catalog.Catalog) { c.Activities[0].ID = "" }, "lacks"},
		{"activity without name", func(c *catalog.Catalog) { c.Activities[0].Name = "" }, "lacks"},
		{"activity without description", func(c *catalog.Catalog) { c.Activities[0].Description = "" }, "lacks"},
		{"custom ID shipped", func(c *catalog.Catalog) { c.Activities[0].ID = "custom:hug" }, "not allowed"},
		{"bar in ID", func(c *catalog.Catalog) { c.Activities[0].ID = "touch.h|ug" }, "not allowed"},
		{"ID twice", func(c *catalog.Catalog) { c.Activities[1].ID = "touch.hug" }, "twice"},
		{"name twice, other case", func(c *catalog.Catalog) { c.Activities[1].Name = "HUG" }, "twice"},
		{"unknown category", func(c *catalog.Catalog) { c.Activities[0].Category = "nowhere" }, "category"},
		{"unknown kind", func(c *catalog.Catalog) { c.Activities[0].Kind = "sideways" }, "kind"},
		{"missing kind", func(c *catalog.Catalog) { c.Activities[0].Kind = "" }, "kind"},
		{"unknown risk", func(c *catalog.Catalog) { c.Activities[0].Risk = "extreme" }, "risk"},
		{"missing risk", func(c *catalog.Catalog) { c.Activities[0].Risk = "" }, "risk"},
		{"shipped risk not known", func(c *catalog.Catalog) { c.Activities[0].Risk = catalog.RiskUnknown }, "risk"},
		{"retired to nowhere", func(c *catalog.Catalog) { c.Retired = map[string]string{"touch.cuddle": "touch.gone"} }, "retired"},
		{"retired but live", func(c *catalog.Catalog) { c.Retired = map[string]string{"touch.hug": "touch.massage"} }, "retired"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := small()
			tc.breakIt(c)
			err := c.Check()
			if err == nil {
				t.Fatal("Check accepted a broken catalog")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not mention %q", err, tc.want)
			}
			// Parse must refuse the same catalog.
			data, jerr := json.Marshal(c)
			if jerr != nil {
				t.Fatal(jerr)
			}
			if _, perr := catalog.Parse(data); perr == nil {
				t.Error("Parse accepted a catalog that Check rejects")
			}
		})
	}
}

func TestParseRejectsMalformedJSON(t *testing.T) {
	if _, err := catalog.Parse([]byte(`{"version": "1", "activities": [`)); err == nil {
		t.Error("Parse accepted truncated JSON")
	}
}

func TestActivityFollowsRetiredIDs(t *testing.T) {
	c := small()
	c.Retired = map[string]string{"touch.cuddle": "touch.hug"}
	data, _ := json.Marshal(c)
	p, err := catalog.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		id, want string
		ok       bool
	}{
		{"touch.hug", "touch.hug", true},
		{"touch.cuddle", "touch.hug", true},
		{"touch.nothing", "", false},
	}
	for _, tc := range cases {
		a, ok := p.Activity(tc.id)
		if ok != tc.ok || a.ID != tc.want {
			t.Errorf("Activity(%q) = %q, %v; want %q, %v", tc.id, a.ID, ok, tc.want, tc.ok)
		}
	}
}
