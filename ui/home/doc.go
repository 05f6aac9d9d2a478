// Package home is Home: what is coming up (scenes ahead, debriefs due or
// recently missed, drafts), the exchanges still waiting for a reply, and
// the first steps when there is nothing yet.
//
// New takes only a kit.Env; the screen is a kit.Refresher, so the shell's
// debrief watch (ui/home_watch.go) refreshes it when what it lists changes;
// Watched gives that watch the same sorting Home uses. A Home the shell
// has left (Leave) ignores reads that finish late.
//
// Agreements whose review is due (from negotiation.ReviewNoticeDays before)
// or overdue come first, overdue first; an agreement never agreed is not
// due for a review. Once the vault holds any document but nothing is near
// (an agreed document with no scene date, say), Home says nothing is
// coming up and that History keeps it, never the first run's "Nothing yet".
package home
