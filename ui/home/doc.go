// Package home is Home: what is coming up (scenes ahead, debriefs due or
// recently missed, drafts), the exchanges still waiting for a reply, and
// the first steps when there is nothing yet.
//
// New takes only a kit.Env; the screen is a kit.Refresher, so the shell's
// debrief watch (ui/home_watch.go) refreshes it when what it lists changes;
// Watched gives that watch the same sorting Home uses. A Home the shell
// has left (Leave) ignores reads that finish late.
package home
