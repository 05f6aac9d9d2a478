package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Check lists what is wrong with one language's files against English: a
// key missing or empty, a key English does not have, arguments that differ
// from the source's, a plural form the language needs and lacks, a catalog
// version that is not the source's. A language with no message file is
// not checked (nothing is shipped for it yet); a content file missing
// beside a present message file is a problem.
func (f Files) Check(tag string) (problems []string, present bool) {
	file := tag + ".json"
	if _, err := fs.Stat(f.Messages, file); err != nil {
		return nil, false
	}
	say := func(format string, a ...any) { problems = append(problems, fmt.Sprintf(format, a...)) }
	src, err := readMessages(f.Messages, Source+".json")
	if err != nil {
		return []string{err.Error()}, true
	}
	own, err := readMessages(f.Messages, file)
	if err != nil {
		return []string{err.Error()}, true
	}
	compare(file, src, own, say)
	l, err := f.Load(tag)
	if err != nil {
		return append(problems, err.Error()), true
	}
	loc, _, err := l.localizers()
	if err != nil {
		return append(problems, err.Error()), true
	}
	for _, id := range sortedKeys(src) {
		if len(src[id]) > 1 && own[id] != nil {
			for _, n := range []int{0, 1, 2, 5, 21, 1000000} {
				if _, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: map[string]any{"Count": n}}); err != nil {
					say("%s: %q has no plural form for %d (%v)", file, id, n, err)
					break
				}
			}
		}
	}
	for _, name := range ContentNames {
		cfile := path.Join(tag, name+".json")
		s, err := ReadFlat(f.Content, path.Join(Source, name+".json"))
		if err != nil {
			say("%v", err)
			continue
		}
		o, err := ReadFlat(f.Content, cfile)
		if err != nil {
			say("%s is missing or unreadable: %v", cfile, err)
			continue
		}
		compare(cfile, asForms(s), asForms(o), say)
		if o["catalog.version"] != s["catalog.version"] {
			say("%s: catalog.version is %q, the source's is %q (copy it, never translate it)", cfile, o["catalog.version"], s["catalog.version"])
		}
	}
	return problems, true
}

// compare reports keys missing, extra or empty, and arguments that differ.
func compare(file string, src, own map[string]map[string]string, say func(string, ...any)) {
	for _, id := range sortedKeys(src) {
		forms, ok := own[id]
		switch {
		case !ok:
			say("%s: %q is missing", file, id)
			continue
		case strings.TrimSpace(forms["other"]) == "":
			say("%s: %q has no text", file, id)
			continue
		}
		if a, b := args(src[id]), args(forms); a != b {
			say("%s: %q has arguments %s, the source has %s", file, id, b, a)
		}
	}
	for _, id := range sortedKeys(own) {
		if _, ok := src[id]; !ok {
			say("%s: %q is not in the source (an old or mistyped key)", file, id)
		}
	}
}

var argRE = regexp.MustCompile(`\{\{-?\s*\.(\w+)`)

// args is the set of named arguments used in any form, as "{A, B}".
func args(forms map[string]string) string {
	set := map[string]bool{}
	for _, t := range forms {
		for _, m := range argRE.FindAllStringSubmatch(t, -1) {
			set[m[1]] = true
		}
	}
	var out []string
	for a := range set {
		out = append(out, a)
	}
	sort.Strings(out)
	return "{" + strings.Join(out, ", ") + "}"
}

// readMessages reads a go-i18n JSON file as ID -> form -> text ("other"
// for a plain string).
func readMessages(fsys fs.FS, name string) (map[string]map[string]string, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	if _, err := i18n.ParseMessageFileBytes(data, name, map[string]i18n.UnmarshalFunc{"json": json.Unmarshal}); err != nil {
		return nil, fmt.Errorf("%s does not read as go-i18n JSON: %w", name, err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	out := map[string]map[string]string{}
	for id, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[id] = map[string]string{"other": s}
			continue
		}
		forms := map[string]string{}
		if err := json.Unmarshal(v, &forms); err != nil {
			return nil, fmt.Errorf("%s: %q is neither a text nor plural forms", name, id)
		}
		out[id] = forms
	}
	return out, nil
}

func asForms(texts map[string]string) map[string]map[string]string {
	out := map[string]map[string]string{}
	for k, v := range texts {
		out[k] = map[string]string{"other": v}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
