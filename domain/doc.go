// Package domain holds Parley's rules as plain Go values and functions.
//
// Nothing under domain/ imports Fyne, SQL, the OS keyring or a PDF library,
// and nothing here does I/O: the ui package asks the domain what to show and
// decide, and the persistence package keeps domain values in the vault.
// Each room has its own sub-package: catalog (the activities), checklist
// (one person's answers), match (the private comparison), negotiation (the
// scene document and its safety review) and quiz (the personality test).
package domain
