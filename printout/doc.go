// Package printout makes Parley's printable pages as PDF bytes: the
// negotiation document and the recovery-code page.
//
// It sits outside ui/ because it imports no Fyne: the negotiation page is
// a renderer of domain/negotiation's Outline (NegotiationOutline; the
// screen's preview renders the same outline), so every word on it comes
// from there and a label changes in one place.
//
// Pages use the embedded Noto Sans (regular and bold), so the text is real,
// selectable and keeps its accents. Text is laid out line by line with our
// own word wrap and a y cursor (gopdf's MultiCell would break words and drop
// overflow silently). Output is byte-for-byte reproducible: the creation date
// is the time passed in, and each document is serialised exactly once.
// Writing the bytes to disk is the caller's job (atomically, where the person
// chose).
//
// Language: NegotiationIn and RecoveryPageIn print in the language their
// message.Renderer speaks (internal/i18n's Language; the print dialog
// chooses the document's language, defaulting to the app's); without one,
// British English. The recovery page's own words are Messages
// (messages.go); the SQL lines on it are commands and stay as they are.
// The recovery page now names the unlock screen's button as it reads
// ("Use my recovery code instead").
package printout
