package home

import (
	"testing"

	"parleyapp.org/parley/ui/kit/kittest"
)

// openHome opens Home afresh, as the sidebar does, and returns it.
func openHome(t *testing.T, a *kittest.Section) *Home {
	t.Helper()
	h := newHome(a.Env.Env)
	a.Show(h)
	return h
}
