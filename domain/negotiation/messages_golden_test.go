package negotiation

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"parleyapp.org/parley/internal/i18n"
)

// The review's sentences before they became messages, per rule test case
// (testdata/review-messages.json, written from the Sprintf code with
// PARLEY_WRITE_GOLDEN=1 before the change). Every rule test compares its
// findings' sentences with it, so the move to message IDs changed no word.
const goldenPath = "testdata/review-messages.json"

var golden struct {
	sync.Mutex
	seen  map[string][]string // test name -> messages
	want  map[string][]string
	rules map[RuleID]bool // rules whose findings were seen
}

// catalogue is the shipped English catalogue (assets/translations/en.json).
var catalogue *i18n.Language

func TestMain(m *testing.M) {
	if data, err := os.ReadFile(goldenPath); err == nil {
		_ = json.Unmarshal(data, &golden.want)
	}
	golden.seen, golden.rules = map[string][]string{}, map[RuleID]bool{}
	var err error
	if catalogue, err = i18n.Load("en"); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	code := m.Run()
	if f := flag.Lookup("test.run"); code == 0 && f != nil && f.Value.String() == "" {
		code = everyRuleSpoke()
	}
	if os.Getenv("PARLEY_WRITE_GOLDEN") == "1" {
		out, _ := json.MarshalIndent(golden.seen, "", "  ")
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(goldenPath, append(out, '\n'), 0o644); err != nil {
			code = 1
		}
	}
	os.Exit(code)
}

// recordMessages keeps (or checks) one test case's finding sentences.
func recordMessages(t *testing.T, fs []Finding) {
	t.Helper()
	var msgs []string
	for _, f := range fs {
		msgs = append(msgs, f.Message)
		if f.Msg.ID == "" {
			t.Errorf("%s: a finding without a message ID: %q", f.Rule, f.Message)
		} else if got := catalogue.Render(f.Msg); got != f.Message {
			t.Errorf("%s: the catalogue's English differs from Message:\n got %q\nwant %q", f.Rule, got, f.Message)
		}
	}
	golden.Lock()
	for _, f := range fs {
		golden.rules[f.Rule] = true
	}
	golden.seen[t.Name()] = msgs
	want, ok := golden.want[t.Name()]
	golden.Unlock()
	if os.Getenv("PARLEY_WRITE_GOLDEN") == "1" || !ok {
		return
	}
	if len(want) != len(msgs) {
		t.Fatalf("sentences changed:\n got %q\nwant %q", msgs, want)
	}
	for i := range want {
		if msgs[i] != want[i] {
			t.Errorf("sentence changed:\n got %q\nwant %q", msgs[i], want[i])
		}
	}
}

// everyRuleSpoke checks, after a full run, that every RuleID declared in
// this package produced at least one finding that went through
// recordMessages: so every rule's message was compared with its sentence.
func everyRuleSpoke() int {
	names, _ := filepath.Glob("*.go")
	var missing []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			fmt.Println(err)
			return 1
		}
		{
			ast.Inspect(f, func(n ast.Node) bool {
				v, ok := n.(*ast.ValueSpec)
				if !ok {
					return true
				}
				if id, ok := v.Type.(*ast.Ident); !ok || id.Name != "RuleID" {
					return true
				}
				for _, val := range v.Values {
					if lit, ok := val.(*ast.BasicLit); ok {
						r, _ := strconv.Unquote(lit.Value)
						if !golden.rules[RuleID(r)] {
							missing = append(missing, r)
						}
					}
				}
				return true
			})
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		fmt.Println("rules with no finding checked against its message:", missing)
		return 1
	}
	return 0
}
