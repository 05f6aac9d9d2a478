package home

import (
	"slices"
	"strconv"
	"time"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"

	"parleyapp.org/parley/ui/kit"
)

// soonKind is what a line on Home is about.
type soonKind int

const (
	soonDebriefDue  soonKind = iota // 24 to 72 hours after the scene
	soonScene                       // a scene still ahead
	soonDebriefNext                 // the scene has happened; the debrief is less than a day away
	soonDebriefLate                 // the 72 hours have passed, recently, and the debrief is not written
	soonDraft                       // a draft with no scene ahead
)

// lateDays is how long after its 72 hours a debrief not written is still
// mentioned on Home. History keeps it for ever.
const lateDays = 7

// soonItem is one thing Home mentions.
type soonItem struct {
	kind    soonKind
	id      string
	title   string
	when    time.Time // the scene; for debriefs, the end of the window; for a draft, its last change
	from    time.Time // for debriefs: when the window opens
	draft   bool      // a scene ahead whose negotiation is not agreed yet
	updated time.Time
	// For debriefs: the names of those who have written theirs and of
	// those still to write (see whoseDebriefs); read after comingUp.
	written, waiting []string
}

// isDebrief reports whether a kind is about a debrief.
func isDebrief(k soonKind) bool {
	return k == soonDebriefDue || k == soonDebriefNext || k == soonDebriefLate
}

// comingUp sorts negotiations into what Home shows at now: debriefs due
// (soonest to close first), scenes ahead and debriefs about to open
// (soonest first), debriefs recently missed, and drafts with no scene
// ahead (most recently changed first).
func comingUp(all []persistence.NegotiationSummary, now time.Time) []soonItem {
	var out []soonItem
	for _, s := range all {
		it := soonItem{id: s.ID, title: kit.NegotiationTitle(s.Title, s.People), when: s.SceneOn, updated: s.Updated}
		state := negotiation.State(s.State)
		ahead := !s.SceneOn.IsZero() && now.Before(s.SceneOn)
		switch {
		case ahead && (state == negotiation.StateAgreed || state == negotiation.StateDraft):
			it.kind, it.draft = soonScene, state == negotiation.StateDraft
		case state == negotiation.StateDraft:
			it.kind, it.when = soonDraft, s.Updated
		case state == negotiation.StateSceneDone:
			due, from, until := negotiation.DebriefDue(s.SceneOn, now)
			it.from, it.when = from, until
			switch {
			case due:
				it.kind = soonDebriefDue
			case now.Before(from):
				it.kind, it.when = soonDebriefNext, from
			case now.Sub(until) <= lateDays*24*time.Hour:
				it.kind = soonDebriefLate
			default:
				continue
			}
		default:
			continue
		}
		out = append(out, it)
	}
	slices.SortStableFunc(out, func(a, b soonItem) int {
		if a.kind != b.kind && !(nextToScene(a.kind) && nextToScene(b.kind)) {
			return int(a.kind) - int(b.kind)
		}
		if a.kind == soonDraft {
			return b.when.Compare(a.when)
		}
		return a.when.Compare(b.when)
	})
	return out
}

// nextToScene reports whether a kind is listed with the scenes ahead.
func nextToScene(k soonKind) bool { return k == soonScene || k == soonDebriefNext }

// DueDebrief is a negotiation whose debrief is due now: its title and the
// end of the debrief's window (for a reminder a person chose to see in
// detail).
type DueDebrief struct {
	ID, Title string
	Until     time.Time
}

// Watched is what the shell's debrief watch compares from one look to the
// next: every line Home lists (as kind and negotiation ID, in order) and
// the negotiations whose debrief is due now.
func Watched(all []persistence.NegotiationSummary, now time.Time) (listed []string, due []DueDebrief) {
	for _, it := range comingUp(all, now) {
		listed = append(listed, strconv.Itoa(int(it.kind))+":"+it.id)
		if it.kind == soonDebriefDue {
			due = append(due, DueDebrief{ID: it.id, Title: it.title, Until: it.when})
		}
	}
	return listed, due
}
