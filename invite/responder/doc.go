// Package responder is the invitation page's engine: the responder's half
// of a comparison as the page runs it, compiled to WebAssembly by
// invite/wasm and also linked into Parley's tests, so the Go and the
// WebAssembly responder are the same code. It builds a checklist sheet
// from the page's answers and calls domain/match (Respond, then Complete)
// exactly as Parley's Compare screen does; tiers and tokens are
// domain/match's business, never this package's. It also seals the page's
// progress files (Argon2id and XChaCha20-Poly1305). It holds no words:
// the result and its errors are the names of the page's messages
// (Sentence, View), which the page writes in the language it shows; the
// words are Parley's message catalogue, put in the page by package invite.
//
// It must not import package invite: invite embeds the compiled engine,
// and the engine would otherwise carry itself.
package responder
