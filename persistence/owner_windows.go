//go:build windows

package persistence

import "io/fs"

// ownedByMe: on Windows the files in a folder the person can write to are
// theirs to tidy; the name and age checks do the rest.
func ownedByMe(fs.FileInfo) bool { return true }
