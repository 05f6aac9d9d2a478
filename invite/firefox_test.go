//go:build browser

package invite

// The same exchange in Debian's firefox-esr, driven through WebDriver BiDi
// (Firefox's own remote protocol, no driver binary) over a websocket. The
// browser has no network: every connection goes to a closed proxy, with the
// remote agent's own recommended preferences that stop background traffic,
// and the test records every request the page makes (network events).
// Clicks here are the page's own element.click(), not synthetic mouse
// input; the Chromium test uses real input events.

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/invite/internal/starter"
)

const firefoxPath = "/usr/bin/firefox-esr"

type bidi struct {
	t       *testing.T
	ctx     context.Context
	conn    *websocket.Conn
	mu      sync.Mutex
	next    int
	waiting map[int]chan json.RawMessage
	events  []map[string]any
	context string
}

var bidiURL = regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)

// firefox starts a headless firefox-esr with no network and opens a BiDi
// session on its first tab.
func firefox(t *testing.T) *bidi {
	t.Helper()
	checkNamespace(t)
	if _, err := os.Stat(firefoxPath); err != nil {
		t.Skip("Debian's firefox-esr is not installed")
	}
	profile := t.TempDir()
	prefs := strings.Join([]string{
		`user_pref("network.proxy.type", 1);`,
		`user_pref("network.proxy.http", "127.0.0.1");`, `user_pref("network.proxy.http_port", 9);`,
		`user_pref("network.proxy.ssl", "127.0.0.1");`, `user_pref("network.proxy.ssl_port", 9);`,
		`user_pref("network.proxy.allow_hijacking_localhost", true);`,
		`user_pref("network.dns.disabled", true);`,
		`user_pref("browser.safebrowsing.update.enabled", false);`,
		`user_pref("app.update.enabled", false);`,
	}, "\n")
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(prefs), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	cmd := exec.CommandContext(ctx, firefoxPath, "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0", "about:blank")
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := bidiURL.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	var url string
	select {
	case url = <-found:
	case <-time.After(60 * time.Second):
		t.Fatal("firefox-esr did not open its remote protocol")
	}
	conn, _, err := websocket.Dial(ctx, url+"/session", nil)
	if err != nil {
		t.Fatal(err)
	}
	conn.SetReadLimit(64 << 20)
	b := &bidi{t: t, ctx: ctx, conn: conn, waiting: map[int]chan json.RawMessage{}}
	go b.read()
	b.call("session.new", map[string]any{"capabilities": map[string]any{}})
	b.call("session.subscribe", map[string]any{"events": []string{"network.beforeRequestSent", "log.entryAdded"}})
	var tree struct {
		Contexts []struct{ Context string } `json:"contexts"`
	}
	b.decode(b.call("browsingContext.getTree", map[string]any{}), &tree)
	b.context = tree.Contexts[0].Context
	return b
}

func (b *bidi) read() {
	for {
		_, data, err := b.conn.Read(b.ctx)
		if err != nil {
			return
		}
		var msg struct {
			ID     *int            `json:"id"`
			Type   string          `json:"type"`
			Result json.RawMessage `json:"result"`
			Error  string          `json:"error"`
			Msg    string          `json:"message"`
			Method string          `json:"method"`
			Params map[string]any  `json:"params"`
		}
		if json.Unmarshal(data, &msg) != nil {
			continue
		}
		b.mu.Lock()
		if msg.ID != nil {
			if ch := b.waiting[*msg.ID]; ch != nil {
				if msg.Type == "error" {
					ch <- json.RawMessage(fmt.Sprintf(`{"error": %q}`, msg.Error+": "+msg.Msg))
				} else {
					ch <- msg.Result
				}
			}
		} else if msg.Method != "" {
			b.events = append(b.events, map[string]any{"method": msg.Method, "params": msg.Params})
		}
		b.mu.Unlock()
	}
}

// call sends one command and waits for its result.
func (b *bidi) call(method string, params any) json.RawMessage {
	b.t.Helper()
	b.mu.Lock()
	b.next++
	id, ch := b.next, make(chan json.RawMessage, 1)
	b.waiting[id] = ch
	b.mu.Unlock()
	data, _ := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err := b.conn.Write(b.ctx, websocket.MessageText, data); err != nil {
		b.t.Fatal(err)
	}
	select {
	case res := <-ch:
		var e struct{ Error string }
		if json.Unmarshal(res, &e) == nil && e.Error != "" {
			b.t.Fatalf("%s: %s", method, e.Error)
		}
		return res
	case <-b.ctx.Done():
		b.t.Fatalf("%s: no answer from firefox-esr", method)
	}
	return nil
}

func (b *bidi) decode(raw json.RawMessage, v any) {
	b.t.Helper()
	if err := json.Unmarshal(raw, v); err != nil {
		b.t.Fatalf("%v in %s", err, raw)
	}
}

// eval runs JavaScript in the page and returns its result as JSON text
// (the script must return a string: JSON.stringify what you need).
func (b *bidi) eval(expr string) string {
	b.t.Helper()
	var res struct {
		Type   string `json:"type"`
		Result struct {
			Type  string `json:"type"`
			Value any    `json:"value"`
		} `json:"result"`
		ExceptionDetails any `json:"exceptionDetails"`
	}
	b.decode(b.call("script.evaluate", map[string]any{
		"expression": expr, "target": map[string]any{"context": b.context}, "awaitPromise": true,
	}), &res)
	if res.Type == "exception" {
		b.t.Fatalf("the page threw on %s: %v", expr, res.ExceptionDetails)
	}
	s, _ := res.Result.Value.(string)
	return s
}

// waitFor polls a JavaScript condition until it holds.
func (b *bidi) waitFor(cond string) {
	b.t.Helper()
	for range 400 {
		if b.eval(`String(!!(`+cond+`))`) == "true" {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.t.Fatalf("firefox-esr: %s never held", cond)
}

func (b *bidi) click(sel string) {
	b.t.Helper()
	b.eval(fmt.Sprintf(`(document.querySelector(%q).click(), "")`, sel))
}

func TestBrowserFirefoxExchange(t *testing.T) {
	c := starter.Shipped(t)
	gr, tog, tog2, tog3 := nth(c, catalog.GiveReceive, 0), nth(c, catalog.Together, 0), nth(c, catalog.Together, 1), nth(c, catalog.Together, 2)
	s := starter.Start(t, c, match.Person{Sheet: sheetOf(map[checklist.Key]checklist.Answer{
		key(gr.ID, checklist.Giving): checklist.Yes, key(tog.ID, checklist.Together): checklist.Maybe, key(tog2.ID, checklist.Together): checklist.Yes,
		key(tog3.ID, checklist.Together): checklist.FantasyOnly,
	}), Maybes: true, Fantasies: true})
	path := pageFile(t, s)
	b := firefox(t)
	b.call("browsingContext.navigate", map[string]any{"context": b.context, "url": "file://" + path, "wait": "complete"})
	b.waitFor(`document.body.dataset.ready === "1"`)
	if got := b.eval(`document.getElementById("fingerprint").textContent`); got != s.Inv.Fingerprint() {
		t.Errorf("firefox-esr shows check code %q, Parley %q", got, s.Inv.Fingerprint())
	}
	b.click(rowSel(gr.ID, "receiving", "yes"))
	b.click(rowSel(tog.ID, "together", "yes"))
	b.click(rowSel(tog2.ID, "together", "hard-limit"))
	b.click(rowSel(tog3.ID, "together", "fantasy"))
	// The language menu, in Firefox too: Spanish, the answers kept.
	b.eval(`(() => { const m = document.getElementById("language"); m.value = "es"; m.dispatchEvent(new Event("change")); return "" })()`)
	b.waitFor(`document.body.dataset.lang === "es"`)
	es, err := i18n.Load("es")
	if err != nil {
		t.Fatal(err)
	}
	if got := b.eval(`document.querySelector("h1").textContent`); got != es.Text(MessagePrefix+"intro.heading", nil) {
		t.Errorf("after choosing Español, firefox-esr's heading reads %q", got)
	}
	if got := b.eval(fmt.Sprintf(`document.querySelector(%q).getAttribute("aria-pressed") + " " + document.querySelector(%q).textContent`,
		rowSel(tog2.ID, "together", "hard-limit"), rowSel(tog2.ID, "together", "hard-limit"))); got != "true "+es.Text(MessagePrefix+"answer.hard-limit", nil) {
		t.Errorf("after choosing Español, the hard limit given reads %q", got)
	}
	b.click("#maybes")
	b.click("#fantasies")
	b.click("#make-reply")
	b.waitFor(`!document.getElementById("reply-out").hidden`)
	reply := b.eval(`document.getElementById("reply-code").value`)
	res, final := s.Finish(t, reply)
	b.eval(fmt.Sprintf(`(document.getElementById("final-code").value = %q, "")`, final))
	b.click("#show-result")
	b.waitFor(`!document.getElementById("result").hidden`)
	var shown []map[string]string
	b.decode(json.RawMessage(b.eval(`JSON.stringify([...document.querySelectorAll("#result li")].map(li => ({section: li.parentElement.dataset.section, activity: li.dataset.activity, slot: li.dataset.slot})))`)), &shown)
	var got []string
	for _, m := range shown {
		got = append(got, m["section"]+" "+m["activity"]+"|"+m["slot"])
	}
	sort.Strings(got)
	want := starterSees(c, res)
	if strings.Join(got, "\n") != strings.Join(want, "\n") || len(want) != 3 {
		t.Errorf("firefox-esr shows\n%s\nParley shows\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if fp := b.eval(`document.getElementById("result-fingerprint").textContent`); fp != res.Fingerprint {
		t.Errorf("firefox-esr shows fingerprint %q, Parley %q", fp, res.Fingerprint)
	}
	stored := b.eval(`(async () => JSON.stringify({cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,
		idb: indexedDB.databases ? (await indexedDB.databases()).length : 0, resources: performance.getEntriesByType("resource").length}))()`)
	if stored != `{"cookie":"","local":0,"session":0,"idb":0,"resources":0}` {
		t.Errorf("the page left something behind in firefox-esr: %s", stored)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ev := range b.events {
		p, _ := ev["params"].(map[string]any)
		switch ev["method"] {
		case "network.beforeRequestSent":
			req, _ := p["request"].(map[string]any)
			u, _ := req["url"].(string)
			switch {
			case u == "file://"+path:
			case strings.HasPrefix(u, "data:font/"):
				// Firefox's own built-in font for form controls: a data:
				// URL reaches no network and the page's CSS names no font.
				t.Logf("firefox-esr loaded its own %.40s…", u)
			default:
				t.Errorf("the page asked firefox-esr for %s", u)
			}
		case "log.entryAdded":
			if lvl, _ := p["level"].(string); lvl == "error" || lvl == "warn" {
				t.Errorf("firefox-esr's console shows: %v", p["text"])
			}
		}
	}
}
