// Package checklist is the Checklist section: each person answers, on their
// own and privately, Yes / Maybe / Not now / Hard limit / Fantasy only for
// every activity of the catalogue, with a note, a "Tried" tick and "Only
// with…" conditions, and can bring answers in from a KinkList or take a
// plain-text copy out on request.
//
// The rules live below the UI (domain/checklist: answers, rows, filters,
// progress, summary, export; domain/kinklist: reading a KinkList; the
// vault's SaveAnswer/SaveImport). This package draws them and saves through
// kit.Env. It imports kit and domain, never another feature nor the shell
// (ui/kit/imports_test.go).
//
// Decisions where the task was silent:
//   - Keys: 1 Yes, 2 Maybe, 3 Not now, 4 Hard limit (as they always were),
//     5 Fantasy only, in checklist.Answers; the invitation page uses the
//     same list, so a key means the same answer on both.
//   - The fifth answer's one-line explanation is always in the details
//     panel (a person meets the button before they choose it). Conditions
//     are offered only on a Yes or a Maybe; on another answer the panel
//     says where they go, and what was set is kept (domain/checklist).
//   - "Bring in from KinkList…" and "Export my answers…" sit under the
//     list's "More…" button, out of the way of answering. The import asks
//     for a protected list's PIN again before it writes (import.go); the
//     export warns first and suggests a file name with no person's name.
//   - In a list too narrow for a name beside five answers (an 800 px
//     window), the answers go under the name (rowLayout); the search box
//     goes above the tools when beside them it would be narrower than
//     searchLeast (searchRow).
//   - Accessible names (a11y.go): an answer button says the answer, the
//     activity and whether it is chosen.
package checklist
