// Package invite makes the invitation page: one self-contained .html file
// that lets a partner without Parley answer the checklist and run the
// responder's half of the comparison in their browser, offline.
//
// Parley's Compare screen calls Page with the invitation it has just made
// (match.Start) and saves the result; the partner opens it with a
// double-click. The page carries the invitation, the shipped catalog (never
// the starter's custom activities), the checklist, and the engine: package
// invite/responder compiled with GOOS=js GOARCH=wasm (invite/wasm), which
// calls the very domain/match functions Parley's responder calls
// (DecodeInvitation, Respond, DecodeFinal, Complete). There is one engine,
// not a second implementation in JavaScript: the script only draws the
// checklist and moves strings between the page and the engine. The page's
// reply is therefore a Parley reply, and Parley's starter reads it with
// match.DecodeReply and Pending.Finish exactly as it reads one from Parley.
//
// The engine is built by `make invite-engine` (scripts/invite-engine.sh)
// into invite/engine/ and embedded from there; it is generated, never
// committed, and the Makefile's build and test targets and scripts/dist.sh
// build it first. A Parley built without it gets ErrNoEngine from Page, a
// sentence, rather than a page that cannot work. It is gzipped, stored as
// base64 in a non-executed script element, and unpacked with the browser's
// DecompressionStream.
//
// Nothing leaks from the page. Its Content-Security-Policy is default-src
// 'none' with the one inline script and style allowed by their SHA-256
// hashes and 'wasm-unsafe-eval' for the engine: no fetch, form, frame,
// image, font or connection of any kind. Answers live in the page's memory;
// nothing goes to localStorage, IndexedDB, cookies or the history (the
// category buttons scroll rather than change the address). A partner who
// must stop can save a progress file sealed with a passphrase (Argon2id and
// XChaCha20-Poly1305, in the engine) and open it again in the same page.
//
// The page speaks protocol v3, as Parley's responder does: the partner
// answers from checklist.Answers (Yes, Maybe, Not now, Hard limit, Fantasy
// only; keys 1-5 in that order, as in Parley's checklist, with one plain
// sentence on what "Fantasy only" means), ticks "Compare maybes too" and "Compare fantasies
// too" (responder.Choices, passed to match.Respond; a tick the starter did
// not offer is disabled with a sentence saying so), and the result has one
// section per list in match.Result, "To talk about or role-play" for
// Result.Fantasy included. Conditions and notes are not offered: the page
// has no place for them and the protocol never sends them.
//
// Languages: the page opens in the starter's language (Page's lang, which
// Compare passes from Parley's own) and carries the other shipped
// languages for a small menu at its top that rewrites the page in place,
// answers, ticks and codes untouched (languages.go says how they travel).
// Every word on it is Parley's: the page's messages (Messages, IDs
// "invite.…") are in Parley's message catalogue, translated in
// assets/translations/<lang>.json like every screen's, and the activities'
// names, descriptions and risk notes come from assets/content/<lang>/
// catalog.json. The engine returns message names, never sentences, so
// its errors and the result follow the menu too. A progress file keeps
// the language chosen, and the page returns to it when the file is opened.
//
// The page shows the invitation's check code (match.Invitation.Fingerprint,
// which the starter's Parley shows beside the invitation) and, with the
// result, the exchange fingerprint both sides see, with the advice to
// compare them by voice or in person when it matters.
//
// Tests: the plain ones build pages and run the engine in Go and, through
// Node.js and Go's wasm_exec.js, as the embedded WebAssembly (the property
// test: the same answers and the same randomness give byte-identical
// replies). `make invite-browser` (build tag browser) opens real pages in
// Debian's chromium (chromedp) and firefox-esr (WebDriver BiDi) inside an
// empty network namespace, answers them, finishes each reply with Parley's
// starter code and checks both sides show the same result and that the
// page asked for nothing but itself. Firefox also loads a built-in
// data:font for its form controls; the page names no font and the policy
// allows none, so the test accepts that one data: URL and logs it.
//
// Decisions where the task was silent: the reply is made once (the
// starter's Parley accepts one reply per invitation), after which the
// answers are fixed; a second press shows the same code. The page phrases
// roles from the partner's side ("You give, they receive"); the matches,
// counts and fingerprint are the starter's. A language Parley does not
// ship opens the page in British English. The language menu lists each
// language by its own name ("Deutsch"), the message invite.language.name
// in that language's file.
package invite
