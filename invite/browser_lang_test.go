//go:build browser

package invite

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/invite/internal/starter"
)

// A page made by a German Parley opens in German; the partner switches to
// French in the language menu and keeps every answer and tick already
// given; the reply, an error and the result follow the language chosen,
// and switching again rewrites them in place. The page asks for nothing
// but itself all the while.
func TestBrowserLanguageGermanThenFrench(t *testing.T) {
	c := starter.Shipped(t)
	gr, tog, tog2 := nth(c, catalog.GiveReceive, 0), nth(c, catalog.Together, 0), nth(c, catalog.Together, 1)
	s := starter.Start(t, c, match.Person{Sheet: sheetOf(map[checklist.Key]checklist.Answer{
		key(gr.ID, checklist.Giving): checklist.Yes, key(tog.ID, checklist.Together): checklist.Yes,
	}), Maybes: true})
	path := pageFileIn(t, s, "de")
	de, fr, nl := load(t, "de"), load(t, "fr"), load(t, "nl")
	ctx, requests := browser(t)

	err := chromedp.Do(ctx,
		chromedp.Navigate("file://"+path),
		chromedp.WaitVisible(css(`body[data-ready="1"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	history := must(chromedp.Run(ctx, chromedp.Evaluate[float64]("history.length")))(t)
	rowName := fmt.Sprintf(`.row[data-key="%s|together"] .name`, tog.ID)
	yes := rowSel(tog.ID, "together", "yes")
	speaks := func(when string, l *i18n.Language) {
		t.Helper()
		if got := must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`)))(t); got != l.Tag {
			t.Errorf("%s: the page's lang is %q, want %q", when, got, l.Tag)
		}
		for sel, want := range map[string]string{
			"h1":                    l.Text(MessagePrefix+"intro.heading", nil),
			"#make-reply":           l.Text(MessagePrefix+"reply.make", nil),
			`label[for="language"]`: l.Text(MessagePrefix+"language.label", nil),
			rowName:                 l.Content("catalog")["activity."+tog.ID+".name"],
			yes:                     l.Text(MessagePrefix+"answer.yes", nil),
			fmt.Sprintf(`#cat-%s > h3`, tog.Category): l.Content("catalog")["category."+tog.Category+".name"],
		} {
			if got := text(t, ctx, sel); got != want {
				t.Errorf("%s: %s reads %q, want %q", when, sel, got, want)
			}
		}
		if title := must(chromedp.Run(ctx, chromedp.Title()))(t); title != l.Text(MessagePrefix+"page.title", nil) {
			t.Errorf("%s: the title is %q", when, title)
		}
	}
	speaks("opened from a German Parley", de)
	if menu := must(chromedp.Run(ctx, chromedp.Evaluate[string](`[...document.querySelectorAll("#language option")].map(o => o.textContent).join(", ")`)))(t); menu != "English, Deutsch, Français, Español, Nederlands" {
		t.Errorf("the language menu offers %s", menu)
	}

	err = chromedp.Do(ctx,
		chromedp.Click(css(yes)),
		chromedp.Click(css(rowSel(gr.ID, "receiving", "yes"))),
		chromedp.Click(css(rowSel(tog2.ID, "together", "hard-limit"))),
		chromedp.Click(css("#maybes")),
	)
	if err != nil {
		t.Fatal(err)
	}
	total := len(must(chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".row")].map(r => r.dataset.key)`)))(t))
	if got, want := text(t, ctx, "#overall"), fmt.Sprintf("3 von %d beantwortet", total); got != want {
		t.Errorf("the German progress reads %q, want %q", got, want)
	}
	choose(t, ctx, "fr")
	speaks("after choosing Français", fr)
	answered := map[string]string{yes: "true", rowSel(gr.ID, "receiving", "yes"): "true", rowSel(tog2.ID, "together", "hard-limit"): "true",
		rowSel(gr.ID, "giving", "yes"): "false", rowSel(tog2.ID, "together", "yes"): "false"}
	for sel, want := range answered {
		if p := must(chromedp.Run(ctx, chromedp.AttributeValue(css(sel), "aria-pressed")))(t); p.Value != want {
			t.Errorf("after switching to French, %s has aria-pressed %q, want %q", sel, p.Value, want)
		}
	}
	if ticked := must(chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("maybes").checked`)))(t); !ticked {
		t.Error("switching to French untied Compare maybes too")
	}
	if got, want := text(t, ctx, "#overall"), fmt.Sprintf("3 réponses sur %d", total); got != want {
		t.Errorf("the French progress reads %q, want %q", got, want)
	}

	// The reply from the French page is the answers given in German.
	err = chromedp.Do(ctx, chromedp.Click(css("#make-reply")), chromedp.WaitVisible(css("#reply-out")))
	if err != nil {
		t.Fatal(err)
	}
	reply := must(chromedp.Run(ctx, chromedp.Value(css("#reply-code"))))(t)
	if got := text(t, ctx, "#reply-status"); got != fr.Text(MessagePrefix+"reply.locked", nil) {
		t.Errorf("the French reply line reads %q", got)
	}
	// An error in French, rewritten in Dutch when the language changes.
	pasteResultCode(t, ctx, reply, "#final-status.error")
	if got := text(t, ctx, "#final-status"); got != fr.Text(MessagePrefix+"error.wrong-step", nil) {
		t.Errorf("pasting the reply as the result code says, in French, %q", got)
	}
	choose(t, ctx, "nl")
	if got := text(t, ctx, "#final-status"); got != nl.Text(MessagePrefix+"error.wrong-step", nil) {
		t.Errorf("after switching to Dutch the error reads %q", got)
	}

	res, final := s.Finish(t, reply)
	if len(res.BothYes) != 2 || !res.MaybesCompared {
		t.Fatalf("Parley's result from the page's reply: %d both yes (maybes compared %v); want 2, true", len(res.BothYes), res.MaybesCompared)
	}
	pasteResultCode(t, ctx, final, "#result")
	item := fmt.Sprintf(`#result li[data-activity="%s"]`, tog.ID)
	for _, l := range []*i18n.Language{nl, de} {
		if l != nl {
			choose(t, ctx, l.Tag)
		}
		heading := text(t, ctx, `#result h3[data-section="both-yes"]`)
		name := text(t, ctx, item)
		notes := text(t, ctx, "#result-notes")
		if heading != l.Text(MessagePrefix+"result.both-yes", nil) || !strings.HasPrefix(name, l.Content("catalog")["activity."+tog.ID+".name"]+" (") {
			t.Errorf("%s: the result reads %q, %q", l.Tag, heading, name)
		}
		if want := l.Text(MessagePrefix+"result.counts", map[string]any{"Mine": 2, "Theirs": 2}); !strings.Contains(notes, want) {
			t.Errorf("%s: the result's notes read %q, want %q in them", l.Tag, notes, want)
		}
	}
	if got := text(t, ctx, "#result-fingerprint"); got != res.Fingerprint {
		t.Errorf("the page shows fingerprint %q, Parley %q", got, res.Fingerprint)
	}
	assertNothingStored(t, ctx, history)
	assertOnlyTheFile(t, requests(), path)
}

// choose picks a language in the page's menu as a person does (the
// select's value, then its change event) and waits for the page to switch.
func choose(t *testing.T, ctx context.Context, tag string) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.SetValue(css("#language"), tag),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("language").dispatchEvent(new Event("change"))`),
		chromedp.WaitVisible(css(`body[data-lang="`+tag+`"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
}

func load(t *testing.T, tag string) *i18n.Language {
	t.Helper()
	l, err := i18n.Load(tag)
	if err != nil || l.Tag != tag {
		t.Fatalf("loading %s: %v (got %v)", tag, err, l)
	}
	return l
}
