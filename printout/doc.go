// Package printout makes Parley's printable pages as PDF bytes: the
// negotiation document and the recovery-code page.
//
// Pages use the embedded Noto Sans (regular and bold), so the text is real,
// selectable and keeps its accents. Text is laid out line by line with our
// own word wrap and a y cursor (gopdf's MultiCell would break words and drop
// overflow silently). Output is byte-for-byte reproducible: the creation date
// is the time passed in, and each document is serialised exactly once.
// Writing the bytes to disk is the caller's job (atomically, where the person
// chose).
package printout
