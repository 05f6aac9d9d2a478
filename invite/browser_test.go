//go:build browser

package invite

// The invitation page in a real browser: Debian's chromium, headless,
// through chromedp, against Parley's own starter code (match.Start, then
// DecodeReply and Finish as the Compare screen runs them). Run with
// `make invite-browser` (go test -tags browser -run Browser ./invite/).
//
// The browser has no network: besides the flags that stop Chromium's own
// background traffic, every host resolves to nothing and every connection
// goes to a closed proxy. The test also records every request the page
// makes through the DevTools protocol and fails on any but the file itself.

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite/internal/starter"
	"parleyapp.org/parley/invite/responder"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts a headless Chromium with no network and returns a
// context for one tab, and the list of requests it has made so far.
func browser(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	checkNamespace(t)
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Fatalf("Debian's chromium is not installed (scripts/deps.sh check installs it): %v", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("proxy-server", "127.0.0.1:9"),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 40*time.Second)
	t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })

	var mu sync.Mutex
	var requests, problems []string
	err := chromedp.Listen(ctx, func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requests = append(requests, ev.Request.URL)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			mu.Lock()
			problems = append(problems, m.String())
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		for _, p := range problems {
			t.Errorf("the page's console shows: %s", p)
		}
	})
	return ctx, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string{}, requests...) }
}

// pageFile writes the page for s's invitation to a temp file, as a
// British English Parley makes it.
func pageFile(t *testing.T, s *starter.Starter) string {
	t.Helper()
	return pageFileIn(t, s, "en-GB")
}

// pageFileIn writes the page as a Parley in lang makes it.
func pageFileIn(t *testing.T, s *starter.Starter, lang string) string {
	t.Helper()
	page, err := Page(s.Inv, s.Cat, lang)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "invitation.html")
	if err := os.WriteFile(path, page, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// pasteResultCode pastes code where the result code goes, presses "Show
// the result" and waits until the page shows what (a selector: "#result",
// or "#final-status.error" for a code the page refuses).
func pasteResultCode(t *testing.T, ctx context.Context, code, what string) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.SetValue(css("#final-code"), code),
		chromedp.Click(css("#show-result")),
		chromedp.WaitVisible(css(what)),
	)
	if err != nil {
		t.Fatal(err)
	}
}

func rowSel(id, dir, answer string) string {
	return fmt.Sprintf(`.row[data-key="%s|%s"] button[data-answer="%s"]`, id, dir, answer)
}

// The whole exchange: Parley starts, the page answers (by mouse and by
// keys) and replies, Parley finishes, the page shows the result; both show
// the same matches and fingerprint, and the page made no request at all.
func TestBrowserChromiumExchange(t *testing.T) {
	c := starter.Shipped(t)
	gr, gr2 := nth(c, catalog.GiveReceive, 0), nth(c, catalog.GiveReceive, 1)
	tog, tog2, tog3, tog4 := nth(c, catalog.Together, 0), nth(c, catalog.Together, 1), nth(c, catalog.Together, 2), nth(c, catalog.Together, 3)
	s := starter.Start(t, c, match.Person{Sheet: sheetOf(map[checklist.Key]checklist.Answer{
		key(gr.ID, checklist.Giving):     checklist.Yes,
		key(tog.ID, checklist.Together):  checklist.Maybe,
		key(tog2.ID, checklist.Together): checklist.Yes,
		key(gr2.ID, checklist.Receiving): checklist.Yes,
		key(tog3.ID, checklist.Together): checklist.Yes,
		key(tog4.ID, checklist.Together): checklist.Yes,
	}), Maybes: true, Fantasies: true})
	path := pageFile(t, s)
	ctx, requests := browser(t)

	err := chromedp.Do(ctx,
		chromedp.Navigate("file://"+path),
		chromedp.WaitVisible(css(`body[data-ready="1"]`)),
		chromedp.Click(css(rowSel(gr.ID, "receiving", "yes"))),
		chromedp.Click(css(rowSel(tog.ID, "together", "yes"))),
		chromedp.Click(css(rowSel(tog2.ID, "together", "hard-limit"))),
		chromedp.Click(css(rowSel(tog3.ID, "together", "maybe"))),
		chromedp.Click(css(rowSel(tog4.ID, "together", "fantasy"))),
		// Keys: focus the row, 3 is "Not now" (5 is "Fantasy only", as in
		// Parley's checklist).
		chromedp.Focus(css(fmt.Sprintf(`.row[data-key="%s|giving"]`, gr2.ID))),
		chromedp.KeyEvent("3"),
		// The focus moved on to the next row (the same activity, receiving):
		// 1 is Yes there; then ↑ goes back, and 3 again leaves it as it was.
		chromedp.KeyEvent("1"),
		chromedp.KeyEvent(kb.ArrowUp),
		chromedp.KeyEvent(kb.ArrowUp),
		chromedp.KeyEvent("3"),
		chromedp.Click(css("#maybes")),
		chromedp.Click(css("#fantasies")),
		chromedp.Click(css("#make-reply")),
		chromedp.WaitVisible(css("#reply-out")),
	)
	if err != nil {
		t.Fatal(err)
	}
	fingerprint := text(t, ctx, "#fingerprint")
	history := must(chromedp.Run(ctx, chromedp.Evaluate[float64]("history.length")))(t)
	reply := must(chromedp.Run(ctx, chromedp.Value(css("#reply-code"))))(t)
	if fingerprint != s.Inv.Fingerprint() {
		t.Errorf("the page shows check code %q, Parley %q", fingerprint, s.Inv.Fingerprint())
	}
	for sel, want := range map[string]string{
		rowSel(gr2.ID, "giving", "no"): "true", rowSel(gr2.ID, "receiving", "yes"): "true",
		rowSel(gr2.ID, "receiving", "no"): "false",
	} {
		if p := must(chromedp.Run(ctx, chromedp.AttributeValue(css(sel), "aria-pressed")))(t); p.Value != want {
			t.Errorf("after the keys, %s has aria-pressed %q, want %q", sel, p.Value, want)
		}
	}

	// Pasting one's own reply where the result code goes: a sentence, and
	// nothing shown.
	pasteResultCode(t, ctx, reply, "#final-status.error")
	if msg := text(t, ctx, "#final-status"); !strings.Contains(msg, "This is not their result code") {
		t.Errorf("pasting the reply as the result code says %q", msg)
	}
	if hidden := must(chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("result").hidden`)))(t); !hidden {
		t.Error("a wrong code showed a result")
	}

	res, final := s.Finish(t, reply)
	pasteResultCode(t, ctx, final, "#result")
	shown := must(chromedp.Run(ctx, chromedp.Evaluate[[]map[string]string](`[...document.querySelectorAll("#result li")].map(li => ({section: li.parentElement.dataset.section, activity: li.dataset.activity, slot: li.dataset.slot}))`)))(t)
	resultPrint, notes := text(t, ctx, "#result-fingerprint"), text(t, ctx, "#result-notes")
	var got []string
	for _, m := range shown {
		got = append(got, m["section"]+" "+m["activity"]+"|"+m["slot"])
	}
	want := starterSees(c, res)
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the page shows\n%s\nParley shows\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantBoth := []string{"both-yes " + gr.ID + "|starter-gives", "worth-talking " + tog.ID + "|together", "worth-talking " + tog3.ID + "|together",
		"fantasy " + tog4.ID + "|together"}
	sort.Strings(wantBoth)
	if strings.Join(want, "\n") != strings.Join(wantBoth, "\n") {
		t.Errorf("Parley's result is %v, want %v", want, wantBoth)
	}
	if resultPrint != res.Fingerprint {
		t.Errorf("the page shows fingerprint %q, Parley %q", resultPrint, res.Fingerprint)
	}
	if !strings.Contains(notes, "Yes answers: 3 from you, 5 from them.") {
		t.Errorf("the page's counts read %q", notes)
	}
	assertNothingStored(t, ctx, history)
	assertOnlyTheFile(t, requests(), path)
}

// starterSees lists the starter's Result as the page's sections name it.
func starterSees(c *catalog.Catalog, res match.Result) []string {
	var out []string
	for _, s := range responder.ViewOf(c, res, match.Starter).Sections {
		for _, it := range s.Items {
			out = append(out, s.ID+" "+it.Activity+"|"+it.Slot)
		}
	}
	sort.Strings(out)
	return out
}

// assertNothingStored: no cookie, no localStorage, sessionStorage or
// IndexedDB, no history entries beyond the page's own (history, as the
// page had it when it opened), and no resources loaded.
func assertNothingStored(t *testing.T, ctx context.Context, history float64) {
	t.Helper()
	state, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]any](`(async () => ({
		cookie: document.cookie,
		local: (() => { try { return localStorage.length } catch (e) { return -1 } })(),
		session: (() => { try { return sessionStorage.length } catch (e) { return -1 } })(),
		idb: indexedDB.databases ? (await indexedDB.databases()).length : 0,
		history: history.length,
		resources: performance.getEntriesByType("resource").length,
	}))()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if state["cookie"] != "" || state["local"].(float64) > 0 || state["session"].(float64) > 0 || state["idb"].(float64) != 0 ||
		state["history"].(float64) != history || state["resources"].(float64) != 0 {
		t.Errorf("the page left something behind: %v", state)
	}
}

func assertOnlyTheFile(t *testing.T, requests []string, path string) {
	t.Helper()
	if len(requests) != 1 || requests[0] != "file://"+path {
		t.Errorf("the page made these requests, want only the file itself:\n%s", strings.Join(requests, "\n"))
	}
}

// nth is the nth shipped activity of a kind.
func nth(c *catalog.Catalog, kind catalog.Kind, n int) catalog.Activity {
	for _, a := range c.Activities {
		if a.Kind == kind && !a.Custom {
			if n == 0 {
				return a
			}
			n--
		}
	}
	panic("no such activity")
}

func css(sel string) chromedp.CSS { return chromedp.CSS(sel) }

// must turns a Run's two results into one, failing the test on an error.
func must[T any](v T, err error) func(testing.TB) T {
	return func(t testing.TB) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return must(chromedp.Run(ctx, chromedp.TextContent(css(sel))))(t)
}

// checkNamespace: under scripts/invite-browser.sh (INVITE_NETNS=1) the
// tests run in a network namespace with nothing but loopback.
func checkNamespace(t *testing.T) {
	t.Helper()
	if os.Getenv("INVITE_NETNS") != "1" {
		t.Log("not in an empty network namespace (make invite-browser makes one); the browsers' network is off by their settings")
		return
	}
	ifaces, err := net.Interfaces()
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range ifaces {
		if i.Flags&net.FlagLoopback == 0 {
			t.Fatalf("the network namespace has an interface %s besides loopback", i.Name)
		}
	}
}
