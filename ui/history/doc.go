// Package history is the History section: every negotiation, searchable;
// each one's versions (read-only, compared two at a time), renegotiation,
// the debriefs after the scene and each person's limits over time.
//
// New takes only a kit.Env; kit.Opener takes kit.HistoryDebrief (Home's
// and the debrief notification's way in). Opening a draft or a new
// version in the editor goes through Env.Navigate(kit.NegotiateOpen{}).
// It imports kit and the domain, never another feature nor the shell.
//
// Standing agreements are listed above the scenes under their own heading,
// each labelled "Standing agreement"; the state filter's scene-only states
// leave them out. Their page offers "Review this agreement…" (a new
// version, as renegotiating does) and "Start a scene from this agreement"
// (negotiation.SceneFromAgreement under the established-partners
// template), which opens the new scene in Negotiate.
package history
