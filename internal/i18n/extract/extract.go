// Package extract lists every message Parley can show, for translators.
//
// It reads the ui/ source with go/parser (not a regular expression, so a key
// split over lines, joined with +, or written as a raw string is still one
// key) and collects the first argument of every lang.L, lang.N and lang.X
// call: a string literal is a key; anything else is a variable key, listed
// by place so a reader can see where a key is computed. A count said with
// kit.Plural(n, one, other, data) is one message with plural forms, keyed
// by its other text. Beside those it
// takes the domain's and the printout's message sources (their []message.
// Source tables). EnglishJSON writes the union as go-i18n v2 JSON, ID to
// British English text, which is assets/translations/en.json: the file
// every translation starts from and the completeness test compares against.
//
// Run it from the module's root after changing any visible text:
//
//	go run ./internal/i18n/cmd/i18n-sources
package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"parleyapp.org/parley/domain/message"
)

// Key is one literal key found in the UI source. Its English text is the
// key itself (lang.L, lang.N), or for lang.X("theme.light", "Light") the
// second argument: a key with its context, for a British word that needs
// two translations (docs/translation-terms.md, "Keys").
type Key struct {
	Text    string
	Pos     string // file:line, relative to the scanned root's parent
	English string // the English text when it is not Text (lang.X)
	One     string // the form for a count of one (kit.Plural)
}

// Place is a call whose key is not a literal.
type Place struct {
	Pos  string
	Expr string // the argument as written
}

// UI scans every non-test .go file under dir for lang.L/N/X calls.
func UI(dir string) (keys []Key, variable []Place, err error) {
	fset := token.NewFileSet()
	base := filepath.Dir(filepath.Clean(dir))
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			pos := fset.Position(call.Pos())
			rel, _ := filepath.Rel(base, pos.Filename)
			at := filepath.ToSlash(rel) + ":" + strconv.Itoa(pos.Line)
			if isPluralCall(call, f.Name.Name) && len(call.Args) >= 3 {
				one, ok1 := literal(call.Args[1])
				other, ok2 := literal(call.Args[2])
				if ok1 && ok2 {
					keys = append(keys, Key{Text: other, Pos: at, One: one})
				} else {
					variable = append(variable, Place{Pos: at, Expr: exprText(fset, call.Args[2])})
				}
				return true
			}
			if !isLangCall(call) || len(call.Args) == 0 {
				return true
			}
			if text, ok := literal(call.Args[0]); ok {
				k := Key{Text: text, Pos: at}
				if isX(call) && len(call.Args) > 1 {
					k.English, _ = literal(call.Args[1])
				}
				keys = append(keys, k)
			} else {
				variable = append(variable, Place{Pos: at, Expr: exprText(fset, call.Args[0])})
			}
			return true
		})
		return nil
	})
	return keys, variable, err
}

// isLangCall matches lang.L, lang.N and lang.X (Fyne's lang package is
// imported under its own name everywhere in ui/).
func isLangCall(c *ast.CallExpr) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "lang" && (sel.Sel.Name == "L" || sel.Sel.Name == "N" || sel.Sel.Name == "X")
}

// isPluralCall matches kit.Plural, and Plural inside package kit itself.
func isPluralCall(c *ast.CallExpr, pkg string) bool {
	switch fn := c.Fun.(type) {
	case *ast.SelectorExpr:
		x, ok := fn.X.(*ast.Ident)
		return ok && x.Name == "kit" && fn.Sel.Name == "Plural"
	case *ast.Ident:
		return pkg == "kit" && fn.Name == "Plural"
	}
	return false
}

func isX(c *ast.CallExpr) bool { return c.Fun.(*ast.SelectorExpr).Sel.Name == "X" }

// literal evaluates a string literal or a + of string literals.
func literal(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		l, ok1 := literal(e.X)
		r, ok2 := literal(e.Y)
		return l + r, ok1 && ok2
	case *ast.ParenExpr:
		return literal(e.X)
	}
	return "", false
}

// exprText is the argument as it is written in the source.
func exprText(fset *token.FileSet, e ast.Expr) string {
	var b strings.Builder
	if err := printer.Fprint(&b, fset, e); err != nil {
		return "?"
	}
	return b.String()
}

// Entry is one message of en.json.
type Entry struct {
	ID    string
	One   string // set for messages with plural forms
	Other string
}

// Merge joins the UI's keys (each its own English text) with the message
// sources, sorted by ID. It refuses an ID defined twice with different
// texts.
func Merge(keys []Key, sources ...[]message.Source) ([]Entry, error) {
	byID := map[string]Entry{}
	add := func(e Entry, where string) error {
		if old, ok := byID[e.ID]; ok && old != e {
			return fmt.Errorf("extract: message %q is defined twice with different texts (%s)", e.ID, where)
		}
		byID[e.ID] = e
		return nil
	}
	for _, k := range keys {
		e := Entry{ID: k.Text, One: k.One, Other: k.Text}
		if k.English != "" {
			e.Other = k.English
		}
		if err := add(e, k.Pos); err != nil {
			return nil, err
		}
	}
	for _, list := range sources {
		for _, s := range list {
			if s.ID == "" || s.Other == "" {
				return nil, fmt.Errorf("extract: a message source has no ID or no text: %+v", s)
			}
			if err := add(Entry{ID: s.ID, One: s.One, Other: s.Other}, "source"); err != nil {
				return nil, err
			}
		}
	}
	out := make([]Entry, 0, len(byID))
	for _, e := range byID {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Reserved reports whether go-i18n reads id, as a key with a plain string
// value, as one of its own field names (it compares them without case).
func Reserved(id string) bool { return reserved[strings.ToLower(id)] }

// reserved are go-i18n's field names.
var reserved = map[string]bool{"id": true, "description": true, "hash": true, "leftdelim": true, "rightdelim": true,
	"zero": true, "one": true, "two": true, "few": true, "many": true, "other": true, "translation": true}

// EnglishJSON writes entries as go-i18n v2 JSON: "id": "text", or
// "id": {"one": "...", "other": "..."} for a message with plural forms.
// An ID that is also one of go-i18n's field names (the UI's key
// "Description") is written {"other": "text"}: as "Description": "text"
// go-i18n would read it as a field of the file and refuse the whole file.
// Keys are in order and HTML characters are not escaped, so the file reads
// well and diffs cleanly.
func EnglishJSON(entries []Entry) ([]byte, error) {
	m := map[string]any{}
	for _, e := range entries {
		switch {
		case e.One != "":
			m[e.ID] = map[string]string{"one": e.One, "other": e.Other}
		case Reserved(e.ID):
			m[e.ID] = map[string]string{"other": e.Other}
		default:
			m[e.ID] = e.Other
		}
	}
	return FlatJSON(m)
}

// FlatJSON writes a map as sorted, indented JSON without HTML escaping.
func FlatJSON(m any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
