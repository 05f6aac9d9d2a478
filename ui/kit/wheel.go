package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// PageEntry is a text field on a long, scrolling page that lets the mouse
// wheel scroll the page while the pointer is over it, as fields do in
// other desktop apps.
//
// Why a wrapper: Fyne 2.8's Entry keeps its text in its own scroller
// (widget/entry.go: e.scroll, a container.Scroll, for every wrapping or
// clipping field), and the desktop driver gives a wheel event only to the
// deepest Scrollable under the pointer (internal/driver/glfw/window.go,
// processMouseScrolled). That inner scroller takes the event even when the
// text fits, and nothing passes it on, so the page stood still. PageEntry
// lays a transparent wheel catcher over the field, above the inner
// scroller: the catcher scrolls the field's own text while it has more to
// show in that direction, and the page otherwise. It takes nothing but the
// wheel, so clicks, drags, hover and the text cursor reach the entry.
type PageEntry struct {
	widget.Entry
	Page func() *container.Scroll // the page's scroller; nil: none
}

// NewPageEntry is a multi-line field (word-wrapped) or a one-line field
// on the page that page returns.
func NewPageEntry(multi bool, page func() *container.Scroll) *PageEntry {
	e := &PageEntry{Page: page}
	e.MultiLine = multi
	if multi {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// CreateRenderer wraps the entry's own renderer and adds the catcher on top.
func (e *PageEntry) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	c := &wheelCatcher{entry: e, inner: r}
	c.ExtendBaseWidget(c)
	return &pageEntryRenderer{WidgetRenderer: r, catcher: c}
}

type pageEntryRenderer struct {
	fyne.WidgetRenderer
	catcher *wheelCatcher
}

func (r *pageEntryRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.catcher.Move(fyne.NewPos(0, 0))
	r.catcher.Resize(size)
}

// Objects are the entry's own, then the catcher, so the driver finds the
// catcher last, on top.
func (r *pageEntryRenderer) Objects() []fyne.CanvasObject {
	own := r.WidgetRenderer.Objects()
	return append(own[:len(own):len(own)], r.catcher)
}

// wheelCatcher takes the wheel over a PageEntry and nothing else.
type wheelCatcher struct {
	widget.BaseWidget
	entry *PageEntry
	inner fyne.WidgetRenderer // the entry's own renderer, holding its scroller
}

func (c *wheelCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}

// Scrolled moves the field's text while it can move that way, else the page.
func (c *wheelCatcher) Scrolled(ev *fyne.ScrollEvent) {
	if own := c.ownScroller(); own != nil && canScroll(own, ev.Scrolled) {
		own.Scrolled(ev)
		return
	}
	if c.entry.Page == nil {
		return
	}
	if page := c.entry.Page(); page != nil {
		page.Scrolled(ev)
	}
}

// ownScroller is the entry's inner scroller while it is in use.
func (c *wheelCatcher) ownScroller() *container.Scroll {
	for _, o := range c.inner.Objects() {
		if s, ok := o.(*container.Scroll); ok && s.Visible() && s.Content != nil {
			return s
		}
	}
	return nil
}

// canScroll: s has more to show in the direction the wheel turned (down is
// a negative DY, as Fyne's scroller reads it).
func canScroll(s *container.Scroll, d fyne.Delta) bool {
	content, size := s.Content.MinSize(), s.Size()
	switch {
	case d.DY < 0:
		return s.Offset.Y+size.Height < content.Height-0.5
	case d.DY > 0:
		return s.Offset.Y > 0.5 && content.Height > size.Height
	case d.DX < 0:
		return s.Offset.X+size.Width < content.Width-0.5
	case d.DX > 0:
		return s.Offset.X > 0.5 && content.Width > size.Width
	}
	return false
}
