//go:build browser

package invite

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite/internal/starter"
)

// A partner who must stop saves a progress file (through the browser's
// own download), closes the page, opens the file in a fresh copy of the
// same page with the passphrase, and finishes the exchange from there.
// The file does not show the answers, and a wrong passphrase opens nothing.
func TestBrowserProgressFileSurvivesClosingThePage(t *testing.T) {
	c := starter.Shipped(t)
	a, b, f := nth(c, catalog.Together, 0), nth(c, catalog.GiveReceive, 0), nth(c, catalog.Together, 1)
	s := starter.Start(t, c, match.Person{Sheet: sheetOf(map[checklist.Key]checklist.Answer{
		key(a.ID, checklist.Together): checklist.Yes, key(b.ID, checklist.Giving): checklist.Yes,
		key(f.ID, checklist.Together): checklist.FantasyOnly,
	}), Fantasies: true})
	path := pageFile(t, s)
	ctx, requests := browser(t)
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads}); err != nil {
		t.Fatal(err)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate("file://"+path),
		chromedp.WaitVisible(css(`body[data-ready="1"]`)),
		chromedp.Click(css(rowSel(a.ID, "together", "yes"))),
		chromedp.Click(css(rowSel(b.ID, "receiving", "hard-limit"))),
		chromedp.Click(css(rowSel(f.ID, "together", "fantasy"))),
		chromedp.Click(css("#fantasies")),
		chromedp.Click(css("#make-reply")),
		chromedp.WaitVisible(css("#reply-out")),
		// The partner reads the page in Dutch; the file keeps that too.
		chromedp.SetValue(css("#language"), "nl"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("language").dispatchEvent(new Event("change"))`),
		chromedp.WaitVisible(css(`body[data-lang="nl"]`)),
		chromedp.SendKeys(css("#passphrase"), "blue kettle on the hob"),
		chromedp.Click(css("#save-progress")),
	)
	if err != nil {
		t.Fatal(err)
	}
	reply := must(chromedp.Run(ctx, chromedp.Value(css("#reply-code"))))(t)
	file := waitForFile(t, downloads)
	sealed, _ := os.ReadFile(file)
	if bytes.Contains(sealed, []byte(a.ID)) || bytes.Contains(sealed, []byte("hard-limit")) || bytes.Contains(sealed, []byte(`"fantasy"`)) {
		t.Fatal("the progress file shows the answers in plain")
	}

	// A fresh page: wrong passphrase first, then the right one.
	err = chromedp.Do(ctx,
		chromedp.Navigate("file://"+path),
		chromedp.WaitVisible(css(`body[data-ready="1"]`)),
		chromedp.SendKeys(css("#passphrase"), "blue kettle on the hog"),
		chromedp.SetUploadFiles(css("#open-progress"), []string{file}),
		chromedp.WaitVisible(css("#save-status.error")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if msg := text(t, ctx, "#save-status"); !strings.Contains(msg, "passphrase does not open this file") {
		t.Errorf("a wrong passphrase shows %q", msg)
	}
	err = chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.getElementById("passphrase").value = ""`), // chromedp.Clear left it as it was
		chromedp.SendKeys(css("#passphrase"), "blue kettle on the hob"),
		chromedp.SetUploadFiles(css("#open-progress"), []string{file}),
		chromedp.WaitVisible(css("#reply-out")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := must(chromedp.Run(ctx, chromedp.Value(css("#reply-code"))))(t); got != reply {
		t.Fatal("the reopened page shows a different reply code")
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(css(`body[data-lang="nl"]`))); err != nil {
		t.Fatal("the reopened page did not come back in Dutch, the language the progress was saved in")
	}
	if got, want := text(t, ctx, "#save-status"), load(t, "nl").Text(MessagePrefix+"open.done", nil); got != want {
		t.Errorf("after reopening, the status reads %q, want the Dutch %q", got, want)
	}
	for sel, want := range map[string]string{rowSel(a.ID, "together", "yes"): "true", rowSel(b.ID, "receiving", "hard-limit"): "true", rowSel(b.ID, "giving", "yes"): "false", rowSel(f.ID, "together", "fantasy"): "true"} {
		if p := must(chromedp.Run(ctx, chromedp.AttributeValue(css(sel), "aria-pressed")))(t); p.Value != want {
			t.Errorf("%s: aria-pressed %q after reopening, want %q", sel, p.Value, want)
		}
	}
	if ticked := must(chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("fantasies").checked`)))(t); !ticked {
		t.Error("after reopening, Compare fantasies too is no longer ticked")
	}
	res, final := s.Finish(t, reply)
	pasteResultCode(t, ctx, final, "#result")
	if got := text(t, ctx, "#result-fingerprint"); got != res.Fingerprint || len(res.BothYes) != 1 || len(res.Fantasy) != 1 {
		t.Errorf("after reopening the page shows fingerprint %q, Parley %q (%d both-yes, %d fantasy matches; want 1 and 1)", got, res.Fingerprint, len(res.BothYes), len(res.Fantasy))
	}
	var files []string
	for _, r := range requests() {
		if r != "file://"+path {
			files = append(files, r)
		}
	}
	// The download is a blob: URL the page made itself; nothing else.
	files = slices.DeleteFunc(files, func(u string) bool { return strings.HasPrefix(u, "blob:file://") })
	if len(files) > 0 {
		t.Errorf("the page made requests besides itself and its own download: %v", files)
	}
}

func waitForFile(t *testing.T, dir string) string {
	t.Helper()
	for range 200 {
		m, _ := filepath.Glob(filepath.Join(dir, "*.parley-progress"))
		if len(m) == 1 {
			return m[0]
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("no progress file was saved")
	return ""
}
