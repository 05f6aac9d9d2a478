package kit_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// wordsAtInit lists the package-level variables under root whose value
// calls the translator (lang.L, lang.X and friends). Such a value is looked
// up while the package initialises, before main has loaded the
// translations, so it would stay in English whatever the person's language.
func wordsAtInit(t *testing.T, root string) []string {
	t.Helper()
	var found []string
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			ast.Inspect(g, func(n ast.Node) bool {
				if _, isFunc := n.(*ast.FuncLit); isFunc {
					return false // a function literal runs later, not at init
				}
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if x, ok := sel.X.(*ast.Ident); ok && x.Name == "lang" {
						found = append(found, fset.Position(sel.Pos()).String())
					}
				}
				return true
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

func TestNoWordsAreLookedUpWhileAPackageInitialises(t *testing.T) {
	for _, root := range []string{"..", "../../printout", "../../domain"} {
		for _, at := range wordsAtInit(t, root) {
			t.Errorf("%s: a package-level variable calls lang while the package initialises; make it a function", at)
		}
	}
}
