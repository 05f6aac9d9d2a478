package kittest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// Vaulted is a test Env over a real vault file that the test can lock and
// open again, as the person would by locking Parley: Negotiate, History
// and Home keep what was typed through a lock, and their tests prove it.
type Vaulted struct {
	*Env
	Store persistence.Store
	V     *persistence.Vault // nil once locked
}

// NewVaulted creates a fresh vault (keyring mode, an in-memory keyring) in
// a temp dir and an Env over it on the clock now (time.Now when nil).
func NewVaulted(t *testing.T, now func() time.Time) *Vaulted {
	t.Helper()
	if now == nil {
		now = time.Now
	}
	store := persistence.Store{Home: filepath.Join(t.TempDir(), "parley"), Keyring: NewMemKeyring(), Now: now}
	v, _, err := store.Create(persistence.ModeKeyring, "")
	if err != nil {
		t.Fatal(err)
	}
	return vaulted(t, store, v)
}

func vaulted(t *testing.T, store persistence.Store, v *persistence.Vault) *Vaulted {
	a := &Vaulted{Env: New(t, v), Store: store, V: v}
	a.Env.Env.Vault = func() *persistence.Vault { return a.V }
	a.Env.Env.Now = store.Now
	t.Cleanup(a.Lock)
	return a
}

// Lock waits for queued saves and closes the vault: Env.Vault is nil
// afterwards, as after Parley's lock (leave the screen first).
func (a *Vaulted) Lock() {
	a.saver.Wait()
	a.Drain()
	if a.V != nil {
		a.V.Close()
		a.V = nil
	}
}

// Reopen opens the same vault again, as unlocking does, with a new Env.
func (a *Vaulted) Reopen(t *testing.T) *Vaulted {
	t.Helper()
	v, _, err := a.Store.OpenWithKeyring(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return vaulted(t, a.Store, v)
}

// MemKeyring is an in-memory keyring that works, as a healthy OS keyring
// does.
type MemKeyring struct {
	mu   sync.Mutex
	keys map[string]string
}

// NewMemKeyring is an empty working keyring.
func NewMemKeyring() *MemKeyring { return &MemKeyring{keys: map[string]string{}} }

// Get is the secret kept for service and account.
func (k *MemKeyring) Get(service, account string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	s, ok := k.keys[service+"/"+account]
	if !ok {
		return "", persistence.ErrKeyNotFound
	}
	return s, nil
}

// Set keeps secret for service and account.
func (k *MemKeyring) Set(service, account, secret string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.keys[service+"/"+account] = secret
	return nil
}

// Delete forgets the secret for service and account.
func (k *MemKeyring) Delete(service, account string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.keys, service+"/"+account)
	return nil
}

// Lose forgets every secret, as a keyring that was lost or reset.
func (k *MemKeyring) Lose() {
	k.mu.Lock()
	defer k.mu.Unlock()
	clear(k.keys)
}

// Count is how many secrets the keyring holds.
func (k *MemKeyring) Count() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.keys)
}

// ShownText lists every piece of text on screen under o, in order: labels,
// buttons, checks and rich text (a paragraph as one line).
func ShownText(o fyne.CanvasObject) []string {
	var out []string
	var seg func(s widget.RichTextSegment)
	seg = func(s widget.RichTextSegment) {
		switch s := s.(type) {
		case *widget.TextSegment:
			out = append(out, s.Text)
		case *widget.ParagraphSegment:
			var line []string
			for _, x := range s.Texts {
				if t, ok := x.(*widget.TextSegment); ok {
					line = append(line, t.Text)
				}
			}
			out = append(out, strings.Join(line, ""))
		case *widget.ListSegment:
			for _, x := range s.Items {
				seg(x)
			}
		}
	}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case *container.Scroll:
			walk(o.Content)
		case *container.Split:
			walk(o.Leading)
			walk(o.Trailing)
		case *widget.Card:
			walk(o.Content)
		case interface{ DialogContent() fyne.CanvasObject }: // a kit dialog
			walk(o.DialogContent())
		case *kit.DialogButton:
			out = append(out, o.Text)
		case *widget.Label:
			out = append(out, o.Text)
		case *widget.Button:
			out = append(out, o.Text)
		case *widget.Check:
			out = append(out, o.Text)
		case *widget.RichText:
			for _, s := range o.Segments {
				seg(s)
			}
		}
	}
	walk(o)
	return out
}

// Clock is a clock the test moves on.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock is a clock standing at t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Set moves the clock to t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// Add moves the clock on by d.
func (c *Clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// SceneAt is when the scene in the negotiation tests happens.
var SceneAt = time.Date(2026, 5, 8, 20, 0, 0, 0, time.Local)

// CoupleDoc is what Alex and Sam agreed for Friday: Alex gives, Sam
// receives; 45 minutes; Alex has a soft limit on gags.
func CoupleDoc(now time.Time, samProfile string) negotiation.Document {
	d := negotiation.FirstScene([]negotiation.Participant{{Name: "Alex"}, {Name: "Sam", ProfileID: samProfile}}, now)
	d.Title = "Friday at ours"
	d.Scene.Activities = []negotiation.Activity{
		{ID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Status: negotiation.StatusYes, Givers: []string{"p1"}, Receivers: []string{"p2"}},
		{ID: "sensory-deprivation.ball-gag", Name: "Ball gag", Status: negotiation.StatusTry, Givers: []string{"p1"}, Receivers: []string{"p2"}},
	}
	d.Scene.SetDuration("45 minutes")
	d.Participants[0].Limits.Soft = []negotiation.LimitItem{{Text: "gag"}}
	d.Safewords.Word, d.Safewords.Signal = "pineapple", "three taps"
	d.SetSceneOn(SceneAt)
	return d
}

// Agreed keeps doc as a new negotiation, agreed, and returns its ID.
func Agreed(t *testing.T, v *persistence.Vault, doc negotiation.Document) string {
	t.Helper()
	id, err := v.CreateNegotiation(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.AgreeVersion(id, doc); err != nil {
		t.Fatal(err)
	}
	return id
}

// AddProtectedPerson is AddPerson for a person whose list is then sealed
// with pin.
func AddProtectedPerson(t *testing.T, v *persistence.Vault, name string, answers map[checklist.Key]checklist.Answer, pin string) *persistence.Person {
	t.Helper()
	p := AddPerson(t, v, name, answers)
	if err := v.SealPerson(p, pin); err != nil {
		t.Fatal(err)
	}
	return p
}

// ProtectedLimit is the hard limit ProtectedLimitDraft's Sam brought in
// from her protected list, and Line what stands in its place until her PIN
// is entered.
const (
	ProtectedLimit     = "Caning of any kind"
	ProtectedLimitLine = "Sam's limits from their protected list — enter Sam's PIN to show."
)

// ProtectedLimitDraft keeps a draft "Friday" for Alex and Sam, whose list
// is sealed with pin, in which Sam brought in ProtectedLimit from her
// protected list; it returns the negotiation's ID.
func ProtectedLimitDraft(t *testing.T, v *persistence.Vault, now time.Time, pin string) string {
	t.Helper()
	AddPerson(t, v, "Alex", nil)
	sam := AddProtectedPerson(t, v, "Sam", nil, pin)
	doc := negotiation.New([]negotiation.Participant{
		{ID: "p1", Name: "Alex"},
		{ID: "p2", Name: "Sam", ProfileID: sam.ID, Limits: negotiation.Limits{
			Hard: []negotiation.LimitItem{{ActivityID: "impact.cane", Text: ProtectedLimit, Protected: true}}}},
	}, now)
	doc.Title = "Friday"
	id, err := v.CreateNegotiation(doc)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// WaitSaves blocks until every save queued through Env.Save has run.
func (e *Env) WaitSaves() { e.saver.Wait() }

// Relayout lays out everything under o from the top, as the real driver
// does over its first frames: the test driver only lays out what was
// resized, and a check must not read a layout left over from before.
func Relayout(o fyne.CanvasObject) {
	switch x := o.(type) {
	case *fyne.Container:
		if x.Layout != nil {
			x.Layout.Layout(x.Objects, x.Size())
		}
		for _, c := range x.Objects {
			Relayout(c)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		r.Layout(x.Size())
		for _, c := range r.Objects() {
			Relayout(c)
		}
	}
}

// SmallWindowProblems is what a person would meet with content laid out
// in a window of size: the window forced wider than size, then (laid out
// afresh twice, as wrapped rows settle on the second pass) every text that
// CutText finds cut, run out of the window or lying over another.
func SmallWindowProblems(content fyne.CanvasObject, size fyne.Size) []string {
	var problems []string
	if w := content.MinSize().Width; w > size.Width {
		problems = append(problems, fmt.Sprintf("the window cannot be narrower than %.0f px", w))
	}
	content.Resize(size)
	Relayout(content)
	Relayout(content)
	return append(problems, CutText(content)...)
}

// CutText lists every visible text on screen that is shortened with an
// ellipsis, wider than the space it was given, or drawn over the text of
// another widget. Text scrolled out of view is not looked at.
func CutText(root fyne.CanvasObject) []string {
	type placed struct {
		text  string
		pos   fyne.Position
		size  fyne.Size
		owner fyne.CanvasObject
	}
	type rect struct{ pos, end fyne.Position }
	window := root.Size()
	var shown []placed
	var problems []string
	var visit func(o fyne.CanvasObject, at fyne.Position, owner fyne.CanvasObject, clip rect)
	visit = func(o fyne.CanvasObject, at fyne.Position, owner fyne.CanvasObject, clip rect) {
		if o == nil || !o.Visible() {
			return
		}
		pos := at.Add(o.Position())
		switch x := o.(type) {
		case *canvas.Text:
			if strings.TrimSpace(x.Text) == "" {
				return
			}
			end := pos.Add(fyne.NewPos(x.Size().Width, x.Size().Height))
			if w := fyne.MeasureText(x.Text, x.TextSize, x.TextStyle).Width; pos.X+fyne.Min(w, x.Size().Width) > window.Width+1 {
				problems = append(problems, fmt.Sprintf("%q runs out of the window", x.Text))
				return
			}
			if pos.X < clip.pos.X-1 || pos.Y < clip.pos.Y-1 || end.X > clip.end.X+1 || end.Y > clip.end.Y+1 {
				return // scrolled (partly) out of view
			}
			w := fyne.MeasureText(x.Text, x.TextSize, x.TextStyle).Width
			if l, ok := owner.(*widget.Label); ok && strings.HasSuffix(x.Text, "…") && !strings.HasSuffix(l.Text, "…") {
				problems = append(problems, fmt.Sprintf("%q is cut short", x.Text))
			}
			if w > x.Size().Width+1 && x.Alignment == fyne.TextAlignLeading {
				problems = append(problems, fmt.Sprintf("%q needs %.0f px but has %.0f", x.Text, w, x.Size().Width))
			}
			shown = append(shown, placed{x.Text, pos, fyne.NewSize(fyne.Min(w, x.Size().Width), x.Size().Height), owner})
			return
		case *fyne.Container:
			for _, c := range x.Objects {
				visit(c, pos, owner, clip)
			}
		case interface{ SetPlaceHolder(string) }, *widget.Select:
			return // fields: their text scrolls inside the field by design
		case fyne.Widget:
			switch x.(type) {
			case *widget.Label, *widget.Button, *widget.Check, *widget.RichText, *widget.Hyperlink:
				if owner == nil {
					owner = x
				}
			}
			if sc, ok := x.(*container.Scroll); ok {
				// a scroller hides what is scrolled away on purpose, but
				// a vertical one must not hide text cut at its side
				end := pos.Add(fyne.NewPos(x.Size().Width, x.Size().Height))
				clip.pos.Y, clip.end.Y = fyne.Max(pos.Y, clip.pos.Y), fyne.Min(end.Y, clip.end.Y)
				if sc.Direction != container.ScrollVerticalOnly {
					clip.pos.X, clip.end.X = fyne.Max(pos.X, clip.pos.X), fyne.Min(end.X, clip.end.X)
				} else if x.Size().Width+1 < sc.Content.MinSize().Width {
					problems = append(problems, fmt.Sprintf("a vertical scroller is %.0f px wide for content of %.0f", x.Size().Width, sc.Content.MinSize().Width))
				}
			}
			for _, c := range test.WidgetRenderer(x).Objects() {
				visit(c, pos, owner, clip)
			}
		}
	}
	visit(root, fyne.Position{}, nil, rect{end: fyne.NewPos(window.Width, window.Height)})
	for i := range shown {
		for j := i + 1; j < len(shown); j++ {
			p, q := shown[i], shown[j]
			if p.owner == q.owner {
				continue
			}
			if overlaps(p.pos, p.size, q.pos, q.size) {
				problems = append(problems, fmt.Sprintf("%q lies over %q", p.text, q.text))
			}
		}
	}
	return problems
}

func overlaps(ap fyne.Position, as fyne.Size, bp fyne.Position, bs fyne.Size) bool {
	const slack = 2
	return ap.X+as.Width-slack > bp.X && bp.X+bs.Width-slack > ap.X &&
		ap.Y+as.Height-slack > bp.Y && bp.Y+bs.Height-slack > ap.Y
}
