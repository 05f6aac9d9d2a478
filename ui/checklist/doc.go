// Package checklist is the Checklist section: each person answers, on their
// own and privately, Yes / Maybe / Not now / Hard limit (and Fantasy only)
// for every activity of the catalogue, with a note, a "Tried" tick and
// "Only with…" conditions, and can bring answers in from a KinkList or take
// a plain-text copy out on request.
//
// The rules live below the UI (domain/checklist: answers, rows, filters,
// progress, summary, export; domain/kinklist: reading a KinkList; the
// vault's SaveAnswer/SaveImport). This package draws them and saves through
// kit.Env. It imports kit and domain, never another feature nor the shell
// (ui/kit/imports_test.go).
package checklist
