package invite

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"regexp"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/invite/internal/starter"
)

func samplePage(t *testing.T, c *catalog.Catalog) []byte {
	t.Helper()
	s := startWith(t, c, sheetOf(map[checklist.Key]checklist.Answer{key(nth0(c).ID, checklist.DirectionsOf(nth0(c))[0]): checklist.Yes}), true)
	page, err := Page(s.Inv, c, "en-GB")
	if err != nil {
		t.Fatal(err)
	}
	return page
}

func nth0(c *catalog.Catalog) catalog.Activity { return c.Activities[0] }

// The starter's own activities (typed into their Parley) are theirs: the
// page carries only the shipped catalog.
func TestPageCarriesNoCustomActivity(t *testing.T) {
	c := starter.Shipped(t).WithCustom([]catalog.Activity{{ID: catalog.CustomID("Moonlit marzipan ritual"), Name: "Moonlit marzipan ritual",
		Description: "Something only the starter wrote", Category: starter.Shipped(t).Categories[0].ID, Kind: catalog.Together, Risk: catalog.RiskLow, Custom: true}})
	page := samplePage(t, c)
	for _, secret := range []string{"marzipan", "Something only the starter wrote"} {
		if bytes.Contains(bytes.ToLower(page), bytes.ToLower([]byte(secret))) {
			t.Errorf("the page carries the starter's custom activity (%q)", secret)
		}
	}
}

// One file, under 3 MB, that may load nothing: the policy forbids every
// source but its own script and style, and the markup names no address.
func TestPageIsSelfContained(t *testing.T) {
	page := samplePage(t, starter.Shipped(t))
	if len(page) > 3<<20 {
		t.Errorf("the page is %d bytes, over 3 MB", len(page))
	}
	policy := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)">`).FindSubmatch(page)
	if policy == nil {
		t.Fatal("the page has no Content-Security-Policy")
	}
	p := string(policy[1])
	for _, want := range []string{"default-src 'none'", "connect-src 'none'", "form-action 'none'", "'wasm-unsafe-eval'"} {
		if !strings.Contains(p, want) {
			t.Errorf("the policy lacks %s: %s", want, p)
		}
	}
	for _, bad := range []string{"unsafe-inline", "'unsafe-eval'", "*", "data:", "blob:", "http"} {
		if strings.Contains(p, bad) {
			t.Errorf("the policy allows %s: %s", bad, p)
		}
	}
	markup := page[:bytes.Index(page, []byte(`<script type="application/json"`))]
	if m := regexp.MustCompile(`(?i)\b(src|href|action|srcset)\s*=`).Find(markup); m != nil {
		t.Errorf("the markup loads something: %s", m)
	}
}

// The page's script never reaches for the network or the browser's storage
// (the policy would block the network anyway; storage it would not).
func TestPageScriptUsesNoStorageOrNetwork(t *testing.T) {
	js, err := os.ReadFile("page.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, api := range []string{"localStorage", "sessionStorage", "indexedDB", "document.cookie", "caches", "fetch(", "XMLHttpRequest",
		"WebSocket", "EventSource", "sendBeacon", "serviceWorker", "history.push", "history.replace", "location.hash", "location.href", "window.open"} {
		if bytes.Contains(js, []byte(api)) {
			t.Errorf("page.js uses %s", api)
		}
	}
}

// Every {{t:id}} in page.html and every t("id") in page.js names a message.
func TestPageWordsAllExist(t *testing.T) {
	page := samplePage(t, starter.Shipped(t)) // Page itself refuses a missing {{t:id}}
	js, _ := os.ReadFile("page.js")
	var ids []string
	for _, m := range regexp.MustCompile(`\bt\("([a-z0-9.-]+[a-z0-9])"`).FindAllSubmatch(js, -1) {
		ids = append(ids, string(m[1]))
	}
	// The IDs the script builds: one per answer, direction and risk level.
	for _, a := range checklist.AllAnswers {
		ids = append(ids, "answer."+a.String())
	}
	for _, d := range []checklist.Direction{checklist.Together, checklist.Giving, checklist.Receiving} {
		ids = append(ids, "direction."+d.String())
	}
	for _, r := range []catalog.Risk{catalog.RiskLow, catalog.RiskMedium, catalog.RiskHigh} {
		ids = append(ids, "risk."+string(r))
	}
	for _, id := range ids {
		if !bytes.Contains(page, []byte(`"`+id+`":`)) {
			t.Errorf("page.js asks for message %s, which the page does not carry", id)
		}
	}
}

// Text in the page's data can never close its script element and run as
// markup: the words, the catalog and the invitation all go in as JSON,
// which writes <, > and & as escapes.
func TestPageDataCannotEndItsScript(t *testing.T) {
	c := starter.Shipped(t)
	c.Activities[0].Name = `</script><script>alert("x")</script>`
	c.Categories[0].Description = `<!-- </script> -->`
	page := samplePage(t, c)
	if bytes.Count(page, []byte("</script>")) != 4 {
		t.Errorf("the page has %d </script> tags, want its four own", bytes.Count(page, []byte("</script>")))
	}
	if bytes.Contains(page, []byte(`<script>alert`)) || bytes.Contains(page, []byte(`<!-- </`)) {
		t.Error("catalog text reached the page as markup")
	}
}

// The partner has every answer Parley's checklist has, "Fantasy only"
// included, in checklist.Answers' order (so the keys 1-5 are the same), with its
// plain explanation on the page, and can choose to compare fantasies.
func TestPageOffersFantasyOnly(t *testing.T) {
	c := starter.Shipped(t)
	s := startWith(t, c, sheetOf(map[checklist.Key]checklist.Answer{key(nth0(c).ID, checklist.Together): checklist.Yes}), false)
	langs, err := pageLanguages(shippedPart(c))
	if err != nil {
		t.Fatal(err)
	}
	config, err := pageConfig(s.Inv, langs, startLanguage(langs, "en"))
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Answers []string }
	if err := json.Unmarshal(config, &got); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, a := range checklist.Answers {
		want = append(want, a.String())
	}
	if strings.Join(got.Answers, " ") != strings.Join(want, " ") {
		t.Errorf("the page offers %v, Parley's checklist %v", got.Answers, want)
	}
	page := string(samplePage(t, c))
	for _, id := range []string{"answer.fantasy", "checklist.fantasy", "fantasies.label", "fantasies.help"} {
		if s := englishWord(t, id); s == "" || !strings.Contains(page, html.EscapeString(s)) && !strings.Contains(page, s) {
			t.Errorf("the page does not carry %s (%q)", id, s)
		}
	}
	if !strings.Contains(page, `id="fantasies"`) {
		t.Error("the page has no tick to compare fantasies")
	}
}

// A shipped activity the starter renamed in their Parley reaches the page
// under its shipped name, in every language: the page carries none of the
// starter's own wording.
func TestPageCarriesNoRenamedActivity(t *testing.T) {
	c := starter.Shipped(t)
	c.Activities[0].Name = "Our thing from the lake house"
	c.Activities[0].Description = "Only the starter wrote this"
	page := samplePage(t, c)
	for _, secret := range []string{"lake house", "Only the starter wrote this"} {
		if bytes.Contains(page, []byte(secret)) {
			t.Errorf("the page carries the starter's wording %q", secret)
		}
	}
}
