// Package kit is the kernel every Parley screen shares: the environment a
// screen is built with (Env), the one way to go somewhere (Env.Navigate
// with a typed Target), the background helpers (Env.Do, Background, Saver),
// and, as the features move into their own packages, the shared widgets,
// words, date formats, error sentences and the PIN prompt.
//
// Why: ui/ grew into one package whose screens reached into each other's
// files and into the shell's App. A feature package (ui/checklist,
// ui/compare, ui/negotiate, ui/history, ui/quiz, ui/guide, ui/home) may
// import kit and the layers below it, never another feature nor package ui;
// imports_test.go checks it with go list, and also that domain reaches no
// window, SQL, keyring or PDF code. What two features share lives here.
//
// Navigation is in memory only. A screen asks Env.Navigate(target); the
// shell shows the target's section and hands the target to the screen if it
// is a kit.Opener. Nothing navigational is written to the vault: a result
// handed from Compare to Negotiate (kit.NegotiateFrom.Result) was perhaps
// read with a PIN, so it is passed as it is and never read or stored again.
// The settings row an older Parley used for it is removed when a vault
// opens.
//
// Env.Do is the one hand-back to the UI goroutine: the shell passes its
// Options.Do (fyne.Do in the app), tests a queue of their own that they
// drain on the test goroutine (kittest.Queue), so no package holds a
// swappable hand-back and tests with their own Env or App can run side by
// side. Background work goes through kit.Background(env, ...).
//
// Step 0 of the move put here what three or more features share: the
// person bar and PIN prompt (people.go, pin.go, openprofile.go), the
// dialog keys and the wheel-scrolling field (dialogkeys.go, wheel.go), the
// outline's on-screen renderer (render.go), the new-factor questions
// (askagain.go) and small words (documents.go, flags.go). A name used by
// one feature only (compare's side, negotiate's who, history's picked,
// the checklist's rowFitter) moves with that feature instead; the map
// below lists some of them by a coincidence of name.
//
// The map this kernel was cut from (ui/ on 2 Dec 2026, before the move):
// which feature's files use what is defined in another's. These are what
// go to kit (or are replaced by Navigate) before a feature can move.
//
//	checklist <- guide:     guideHelp (help button beside a heading)
//	checklist <- negotiate: hint, quiet, words, who (negotiate_form/page/scene)
//	checklist <- people:    People, newPeople (people.go: the person bar)
//	compare   <- people:    pinSentence; compare's enable is used by people_pin
//	history   <- compare:   Compare, openProfile, capitalise, side
//	history   <- home:      debriefsLeft, whoseDebriefs (home_soon.go)
//	history   <- negotiate: Negotiate, hint, joinWords, labelled, longDate,
//	                        negotiationTitle, summaryLine, profileByID,
//	                        hiddenLimitButtons, previewSegments, seg,
//	                        plainInline, quietInline, strongInline, redStrong,
//	                        words (the outline's on-screen renderer)
//	history   <- people:    People, sealForm (people_pin.go)
//	history   <- quiz:      Quiz.latest
//	home      <- compare:   Compare, expiresText
//	home      <- history:   openHistoryDebrief, openInNegotiate (now Navigate)
//	home      <- negotiate: hint, joinWords, longDate, negotiationTitle
//	negotiate <- checklist: flagWords
//	negotiate <- compare:   openProfile, capitalise, side, settingNegotiateFrom
//	                        (gone: kit.NegotiateFrom)
//	negotiate <- guide:     App.ShowGuide (now Navigate(GuideTopic)), guideHelp
//	negotiate <- history:   askAgain, newAskAgain, docTitle, endLines, picked
//	negotiate <- people:    People, pinSentence
//	quiz      <- compare:   Compare, openProfile (7 parameters, two **), readCode
//	quiz      <- guide:     guideBullets
//	quiz      <- negotiate: hint
//	shell     <- negotiate: hint (backup, settings, welcome, widgets)
//	shell     <- home:      Home, App.watchDebriefs (the debrief notification)
//	shell     <- history:   histDiff.title (menu), histApply.done (recovery)
//	every screen <- shell:  App (Vault, win, cat, now, saves, touch,
//	                        stillOpen, shell), background, onUI, problem,
//	                        errorSentence, the widgets.go/wheel.go/dialog_keys.go
//	                        helpers (heading, para, column, spacer, ...)
//
// (Found with go/ast over ui/*.go: top-level names, and methods whose name
// is unique; a few method entries may be coincidences of name.)
package kit
