// Package history is the History section: every negotiation, searchable;
// each one's versions (read-only, compared two at a time), renegotiation,
// the debriefs after the scene and each person's limits over time.
//
// New takes only a kit.Env; kit.Opener takes kit.HistoryDebrief (Home's
// and the debrief notification's way in). Opening a draft or a new
// version in the editor goes through Env.Navigate(kit.NegotiateOpen{}).
// It imports kit and the domain, never another feature nor the shell.
package history
