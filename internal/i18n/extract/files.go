package extract

import (
	"fmt"
	"path/filepath"
	"strings"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/guide"
	"parleyapp.org/parley/domain/kinklist"
	"parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/domain/quiz"
	"parleyapp.org/parley/internal/i18n"
	"parleyapp.org/parley/invite"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/printout"
)

// Sources are the message tables of the packages below the UI, the
// invitation page's words, and the words of Fyne's own widgets Parley
// carries (i18n.ToolkitWords).
func Sources() [][]message.Source {
	return [][]message.Source{negotiation.Messages, negotiation.DiffMessages, message.Dates, kinklist.Messages, printout.Messages, persistence.StrengthMessages, invite.Messages, i18n.ToolkitWords}
}

// Files builds every English source file translators start from, by path
// relative to the module root: the message catalogue, the three content
// files, and the list of places where the UI's key is not a literal.
func Files(root string) (map[string][]byte, error) {
	keys, variable, err := UI(filepath.Join(root, "ui"))
	if err != nil {
		return nil, err
	}
	dynamic, err := Dynamic(root)
	if err != nil {
		return nil, err
	}
	entries, err := Merge(append(keys, dynamic...), Sources()...)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	if out["assets/translations/en.json"], err = EnglishJSON(entries); err != nil {
		return nil, err
	}
	cat, err := catalog.Parse(assets.CatalogJSON)
	if err != nil {
		return nil, err
	}
	for name, texts := range map[string]map[string]string{
		"catalog": cat.Texts(), "guide": guide.Texts(), "quiz": quiz.Texts(),
	} {
		if out["assets/content/en/"+name+".json"], err = FlatJSON(texts); err != nil {
			return nil, err
		}
	}
	out["docs/translation-variable-keys.md"] = variableList(variable)
	return out, nil
}

func variableList(places []Place) []byte {
	var b strings.Builder
	b.WriteString("# Where the UI's message key is not a literal\n\n")
	b.WriteString("Written by `go run ./internal/i18n/cmd/i18n-sources`; do not edit.\n\n")
	b.WriteString("Each call below passes lang.L a key computed at run time. The extractor\n")
	b.WriteString("cannot read those keys from the source; the values the domain can produce\n")
	b.WriteString("there are added to en.json from the domain itself (extract.Dynamic), and\n")
	b.WriteString("these places move to message IDs when the UI switches after the redesign.\n\n")
	// Files, not lines: the list stays the same while code around a call moves.
	seen := map[string]bool{}
	for _, p := range places {
		file, _, _ := strings.Cut(p.Pos, ":")
		line := fmt.Sprintf("- `%s`: `lang.L(%s)`\n", file, p.Expr)
		if !seen[line] {
			seen[line] = true
			b.WriteString(line)
		}
	}
	return []byte(b.String())
}
