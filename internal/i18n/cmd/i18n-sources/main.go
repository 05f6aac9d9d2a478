// Command i18n-sources writes the English source files translators start
// from (assets/translations/en.json, assets/content/en/*.json) and the list
// of variable UI keys (docs/translation-variable-keys.md). Run it from the
// module's root after changing any visible text; a test in internal/i18n/
// extract fails while the committed files differ from what it writes.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"parleyapp.org/parley/internal/i18n/extract"
)

func main() {
	files, err := extract.Files(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var paths []string
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := os.WriteFile(p, files[p], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println("wrote", p)
	}
}
