package negotiation

import (
	"encoding/json"
	"os"
	"sort"
	"sync"
	"testing"
)

// The review's sentences before they became messages, per rule test case
// (testdata/review-messages.json, written from the Sprintf code with
// PARLEY_WRITE_GOLDEN=1 before the change). Every rule test compares its
// findings' sentences with it, so the move to message IDs changed no word.
const goldenPath = "testdata/review-messages.json"

var golden struct {
	sync.Mutex
	seen map[string][]string // test name -> messages
	want map[string][]string
}

func TestMain(m *testing.M) {
	if data, err := os.ReadFile(goldenPath); err == nil {
		_ = json.Unmarshal(data, &golden.want)
	}
	golden.seen = map[string][]string{}
	code := m.Run()
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
	}
	golden.Lock()
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

// goldenRules lists the rule IDs the golden file's cases produce, sorted.
func goldenNames() []string {
	var out []string
	for k := range golden.want {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
