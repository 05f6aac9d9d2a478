// Package guide holds the content of Parley's in-app guide: a glossary of
// the words the app uses and short articles on negotiating, safewords and
// what they cannot do, never leaving anyone alone, breath play and the neck,
// alcohol and drugs, health conditions and pregnancy, a safety kit and
// emergencies, the day of a scene, aftercare and lasting lows, the debrief,
// renegotiation and the law in England and Wales.
//
// Safety facts are checked against the sources in docs/safety-sources.md;
// a fact added or changed here gets its source there too.
//
// The content is plain Go values written in British English; nothing here
// is loaded from disk. How to use it:
//
//	g := guide.New()
//	t, ok := g.Term("hard-limit")       // open a glossary entry from any screen
//	a, ok := g.Article("safeword-rule") // open an article
//	refs := g.Search("aftercare")       // results for the guide's search box
//
// An article's body is a list of Blocks (paragraph, heading or bullets), a
// shape simple enough for any screen or printout to render.
//
// What is promised: term and article IDs are stable slugs, unique across
// both kinds, so other screens and saved documents can link to them; a
// Guide is read-only after New and safe to share between goroutines; the
// slices it hands out must not be modified.
package guide
