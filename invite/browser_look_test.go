//go:build browser

package invite

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite/internal/starter"
)

// Time to the first answerable screen, in headless Chromium: from the
// start of navigation to the checklist drawn and answerable, and to the
// engine ready (the reply button enabled). INVITE_STARTS sets how many
// fresh tabs to open (default 7); the medians go in docs/performance.md.
func TestBrowserStartTime(t *testing.T) {
	n := 7
	if v, err := strconv.Atoi(os.Getenv("INVITE_STARTS")); err == nil && v > 0 {
		n = v
	}
	c := starter.Shipped(t)
	// A full exchange: both sides say yes to 150 slots and maybe to 50.
	many := map[checklist.Key]checklist.Answer{}
	var answers []string
	for _, a := range c.Activities {
		for _, d := range checklist.DirectionsOf(a) {
			switch n := len(many); {
			case n < 150:
				many[key(a.ID, d)] = checklist.Yes
			case n < 200:
				many[key(a.ID, d)] = checklist.Maybe
			default:
				continue
			}
			answers = append(answers, fmt.Sprintf(`{"activity":%q,"direction":%q,"answer":%q}`, a.ID, d.String(), many[key(a.ID, d)].String()))
		}
	}
	s := startWith(t, c, sheetOf(many), true)
	path := pageFile(t, s)
	info, _ := os.Stat(path)
	ctx, _ := browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	var answerable, ready []float64
	for range n {
		tab, cancel := chromedp.NewContext(ctx)
		err := chromedp.Do(tab, chromedp.Navigate("file://"+path), chromedp.WaitVisible(css(`body[data-ready="1"]`)))
		if err != nil {
			cancel()
			t.Fatal(err)
		}
		times := must(chromedp.Run(tab, chromedp.Evaluate[[]float64](`[window.parleyAnswerable, window.parleyReady]`)))(t)
		answerable, ready = append(answerable, times[0]), append(ready, times[1])
		cancel()
	}
	// Sealing a progress file (Argon2id, 64 MiB, 3 passes, in the engine).
	tab, cancel := chromedp.NewContext(ctx)
	defer cancel()
	if err := chromedp.Do(tab, chromedp.Navigate("file://"+path), chromedp.WaitVisible(css(`body[data-ready="1"]`))); err != nil {
		t.Fatal(err)
	}
	seal := must(chromedp.Run(tab, chromedp.Evaluate[[]float64](`[1, 2, 3].map(() => { const t0 = performance.now(); parleyEngine.seal("pass", "{}"); return performance.now() - t0 })`)))(t)
	t.Logf("sealing a progress file: %.0f, %.0f, %.0f ms", seal[0], seal[1], seal[2])
	reply := must(chromedp.Run(tab, chromedp.Evaluate[float64](`(() => { const t0 = performance.now(); const r = parleyEngine.respond(`+
		"`["+strings.Join(answers, ",")+"]`"+`, true, false); if (r.error) throw r.error; return performance.now() - t0 })()`)))(t)
	t.Logf("making the reply to a 200-token invitation with 150 yes and 50 maybe answers: %.0f ms", reply)
	// The other languages: unpacked after the first screen; then the
	// language menu rewriting the whole page (into French and back).
	if err := chromedp.Do(tab, chromedp.WaitVisible(css(`body[data-languages="1"]`))); err != nil {
		t.Fatal(err)
	}
	unpacked := must(chromedp.Run(tab, chromedp.Evaluate[float64](`window.parleyLanguages - window.parleyAnswerable`)))(t)
	switching := must(chromedp.Run(tab, chromedp.Evaluate[[]float64](`(async () => {
		const out = [];
		for (const tag of ["fr", "en", "fr", "en"]) {
			const t0 = performance.now(), menu = document.getElementById("language");
			menu.value = tag; menu.dispatchEvent(new Event("change"));
			while (document.body.dataset.lang !== tag) await new Promise((r) => setTimeout(r, 0));
			out.push(performance.now() - t0);
		}
		return out;
	})()`, chromedp.EvalAwaitPromise)))(t)
	t.Logf("the other languages unpacked %.0f ms after the first screen; switching language: %.0f, %.0f, %.0f, %.0f ms", unpacked, switching[0], switching[1], switching[2], switching[3])
	t.Logf("page %d bytes; %d starts; first answerable screen median %.0f ms (%.0f-%.0f); engine ready median %.0f ms (%.0f-%.0f)",
		info.Size(), n, median(answerable), slices.Min(answerable), slices.Max(answerable), median(ready), slices.Min(ready), slices.Max(ready))
	if median(answerable) > 3000 {
		t.Errorf("the checklist takes %.0f ms to become answerable", median(answerable))
	}
}

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// Screenshots as a partner meets the page, at a phone's 390 px and at a
// desktop's 1280 px: the opening, the checklist, the reply, the result.
// INVITE_SHOTS names the folder to write them to; without it the test
// still walks the page and checks nothing overflows the phone's width.
// INVITE_LANG is the starter's language (default British English).
func TestBrowserLook(t *testing.T) {
	dir, lang := os.Getenv("INVITE_SHOTS"), os.Getenv("INVITE_LANG")
	if lang == "" {
		lang = "en-GB"
	}
	c := starter.Shipped(t)
	gr, tog, tog2, tog3 := nth(c, catalog.GiveReceive, 0), nth(c, catalog.Together, 0), nth(c, catalog.Together, 1), nth(c, catalog.Together, 2)
	// The starter compares maybes and fantasies; each width needs its own
	// exchange, because the starter's Parley takes one reply.
	start := func() *starter.Starter {
		return starter.Start(t, c, match.Person{Sheet: sheetOf(map[checklist.Key]checklist.Answer{
			key(gr.ID, checklist.Giving): checklist.Yes, key(tog.ID, checklist.Together): checklist.Yes, key(tog2.ID, checklist.Together): checklist.Maybe,
			key(tog3.ID, checklist.Together): checklist.Yes,
		}), Maybes: true, Fantasies: true})
	}
	s := start()
	path := pageFileIn(t, s, lang)
	ctx, _ := browser(t)
	shot := func(name string) {
		if dir == "" {
			return
		}
		png := must(chromedp.Run(ctx, chromedp.CaptureScreenshot()))(t)
		if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	scroll := func(sel string) {
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(%q).scrollIntoView({block: "start"})`, sel))); err != nil {
			t.Fatal(err)
		}
	}
	for _, w := range []struct {
		name   string
		width  int64
		height int64
	}{{"phone", 390, 844}, {"desktop", 1280, 900}} {
		err := chromedp.Do(ctx,
			chromedp.EmulateViewport(w.width, w.height),
			chromedp.Navigate("file://"+path),
			chromedp.WaitVisible(css(`body[data-ready="1"]`)),
		)
		if err != nil {
			t.Fatal(err)
		}
		if over := must(chromedp.Run(ctx, chromedp.Evaluate[float64](`document.documentElement.scrollWidth - window.innerWidth`)))(t); over > 0 {
			t.Errorf("%s: the page is %.0f px wider than the screen", w.name, over)
		}
		shot(w.name + "-1-opening")
		scroll("#checklist")
		err = chromedp.Do(ctx,
			chromedp.Click(css(rowSel(gr.ID, "receiving", "yes"))),
			chromedp.Click(css(rowSel(gr.ID, "giving", "no"))),
			chromedp.Click(css(rowSel(tog.ID, "together", "yes"))),
			chromedp.Click(css(rowSel(tog2.ID, "together", "maybe"))),
			chromedp.Click(css(rowSel(tog3.ID, "together", "fantasy"))),
		)
		if err != nil {
			t.Fatal(err)
		}
		scroll("#checklist")
		shot(w.name + "-2-checklist")
		err = chromedp.Do(ctx, chromedp.Click(css("#maybes")), chromedp.Click(css("#fantasies")), chromedp.Click(css("#make-reply")), chromedp.WaitVisible(css("#reply-out")))
		if err != nil {
			t.Fatal(err)
		}
		reply := must(chromedp.Run(ctx, chromedp.Value(css("#reply-code"))))(t)
		scroll("#reply")
		shot(w.name + "-3-reply")
		_, final := s.Finish(t, reply)
		pasteResultCode(t, ctx, final, "#result")
		scroll("#result")
		shot(w.name + "-4-result")
		s = start()
		path = pageFileIn(t, s, lang)
	}
}
