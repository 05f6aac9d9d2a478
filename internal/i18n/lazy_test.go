package i18n

import (
	"io/fs"
	"slices"
	"sync"
	"testing"

	"parleyapp.org/parley/domain/message"
)

// reads records which files a Language opens, and when.
type reads struct {
	fsys fs.FS
	mu   sync.Mutex
	seen []string
}

func (r *reads) Open(name string) (fs.File, error) {
	r.mu.Lock()
	r.seen = append(r.seen, name)
	r.mu.Unlock()
	return r.fsys.Open(name)
}

// Stat is not recorded: Load may look which languages have a file.
func (r *reads) Stat(name string) (fs.FileInfo, error) { return fs.Stat(r.fsys, name) }

func (r *reads) opened() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.seen)
}

// Loading a language parses nothing the first screen does not need: the
// message files are parsed at the first message rendered (Fyne's lang has
// its own copy for the screens), each content file when it is first
// asked for. Start-up used to parse all of them before the window showed
// (docs/performance.md, start-up).
func TestALanguageReadsItsFilesWhenFirstUsed(t *testing.T) {
	e := Embedded()
	m, c := &reads{fsys: e.Messages}, &reads{fsys: e.Content}
	de, err := Files{Messages: m, Content: c}.Load("de")
	if err != nil {
		t.Fatal(err)
	}
	if de.Tag != "de" {
		t.Fatalf("tag %q, want de", de.Tag)
	}
	if got := append(m.opened(), c.opened()...); len(got) != 0 {
		t.Errorf("Load opened %v before anything was asked for", got)
	}
	if got := de.Content("catalog")["activity.impact.hand-spanking.name"]; got == "" {
		t.Fatal("the German catalog has no name for hand spanking")
	}
	if got := c.opened(); !slices.Equal(got, []string{"en/catalog.json", "de/catalog.json"}) {
		t.Errorf("the catalog opened %v, want English's and German's catalog only", got)
	}
	if got := m.opened(); len(got) != 0 {
		t.Errorf("the catalog's texts parsed message files too: %v", got)
	}
	if got := de.Text("section.limits", nil); got != "Grenzen" {
		t.Errorf("the first message is %q, want Grenzen", got)
	}
	if got := m.opened(); !slices.Equal(got, []string{"en.json", "de.json"}) {
		t.Errorf("the first message opened %v, want en.json and de.json", got)
	}
	_ = de.Guide()
	_ = de.Text("section.aftercare", nil)
	_ = de.Content("catalog")
	if got := append(m.opened(), c.opened()...); len(got) != 6 {
		t.Errorf("each file should be read once; the reads were %v", got)
	}
}

// A language rendered from several goroutines at once (the printout is
// made in the background while a screen renders) parses its files once
// and gives each the same words.
func TestALanguageIsSafeToShareBetweenGoroutines(t *testing.T) {
	e := Embedded()
	m := &reads{fsys: e.Messages}
	fr, err := Files{Messages: m, Content: e.Content}.Load("fr")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Load("fr")
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = fr.Render(message.Plural("phrase.minutes", 5, nil)) + fr.Guide().Articles()[0].Title
		}()
	}
	wg.Wait()
	for _, g := range got {
		if g != want.Render(message.Plural("phrase.minutes", 5, nil))+want.Guide().Articles()[0].Title {
			t.Errorf("a goroutine got %q", g)
		}
	}
	if n := len(m.opened()); n != 2 {
		t.Errorf("the message files were opened %d times, want once each", n)
	}
}
