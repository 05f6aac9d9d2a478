package kinklist_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/kinklist"
)

// defaultList parses the bundled KinkList v1.0.2 default list, as the app does.
func defaultList(t testing.TB) kinklist.List {
	t.Helper()
	data, err := os.ReadFile("../../assets/kinklist/v1.0.2-list.txt")
	if err != nil {
		t.Fatal(err)
	}
	l, err := kinklist.ParseList(string(data))
	if err != nil {
		t.Fatalf("the bundled list does not parse: %v", err)
	}
	return l
}

// export is a code made by KinkList v1.0.2's own encode function (run
// under node from its HTML by a throwaway script) for the levels listed,
// keyed "Category|Item|Column"; every other item was left not entered.
type export struct {
	MadeWith string            `json:"made_with"`
	Faithful bool              `json:"faithful"` // KinkList itself reads it back as given
	Code     string            `json:"code"`
	Levels   map[string]string `json:"levels"`
}

func readExport(t testing.TB, name string) export {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var e export
	if err := json.Unmarshal(data, &e); err != nil {
		t.Fatal(err)
	}
	return e
}

func key(c kinklist.Choice) string { return c.Category + "|" + c.Item + "|" + c.Field }

// want is the level the person gave an item in the export.
func (e export) want(c kinklist.Choice) string {
	if l, ok := e.Levels[key(c)]; ok {
		return l
	}
	return kinklist.NotEntered.String()
}

// isSentence: a plain sentence for a person (a capital, a full stop, no
// Go error chain).
func isSentence(s string) bool {
	return len(s) > 20 && s[0] >= 'A' && s[0] <= 'Z' && strings.HasSuffix(s, ".") && !strings.Contains(s, "kinklist:")
}

// shippedCatalog parses the catalog the app embeds.
func shippedCatalog(t testing.TB) *catalog.Catalog {
	t.Helper()
	data, err := os.ReadFile("../../assets/catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := catalog.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// defaultTable parses the bundled mapping table, as the app does.
func defaultTable(t testing.TB) *kinklist.Table {
	t.Helper()
	data, err := os.ReadFile("../../assets/kinklist/v1.0.2-map.txt")
	if err != nil {
		t.Fatal(err)
	}
	tab, err := kinklist.ParseTable(string(data), defaultList(t), shippedCatalog(t))
	if err != nil {
		t.Fatalf("the bundled table does not parse: %v", err)
	}
	return tab
}
