package invite

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	mrand "math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite/internal/starter"
	"parleyapp.org/parley/invite/responder"
)

// seeded is the byte stream the property test feeds both responders:
// SHA-256(seed || u64 counter), block after block (testdata/node-responder.js
// writes the same stream into the engine's crypto.getRandomValues).
type seeded struct {
	seed    []byte
	counter uint64
	buf     []byte
}

func (s *seeded) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(s.buf) == 0 {
			h := sha256.New()
			h.Write(s.seed)
			h.Write(binary.BigEndian.AppendUint64(nil, s.counter))
			s.counter++
			s.buf = h.Sum(nil)
		}
		k := copy(p[n:], s.buf)
		s.buf, n = s.buf[k:], n+k
	}
	return n, nil
}

// randomAnswers gives each of about a third of the catalog's slots a
// random answer.
func randomAnswers(r *mrand.Rand, c *catalog.Catalog) map[checklist.Key]checklist.Answer {
	out := map[checklist.Key]checklist.Answer{}
	for _, a := range c.Activities {
		for _, d := range checklist.DirectionsOf(a) {
			if r.IntN(3) == 0 {
				out[key(a.ID, d)] = checklist.AllAnswers[r.IntN(len(checklist.AllAnswers))]
			}
		}
	}
	return out
}

// The engine in the page is the Go responder: over random answer sets and
// choices, the WebAssembly engine (run by Node.js, with the same bytes of
// randomness) writes byte for byte the reply that responder.Respond writes
// in Go, and Parley's starter finishes each one.
func TestWasmResponderWritesTheGoRespondersReplies(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("Node.js is not installed; this test runs the engine under it")
	}
	loader, engine := filepath.Join("engine", "wasm_exec.js"), filepath.Join("engine", "parley-invite.wasm.gz")
	if _, err := os.Stat(engine); err != nil {
		t.Fatalf("the engine is not built: run make invite-engine (%v)", err)
	}
	c := starter.Shipped(t)
	r := mrand.New(mrand.NewPCG(uint64(time.Now().UnixNano()), 19))
	type nodeCase struct {
		Config  string             `json:"config"`
		Answers []responder.Answer `json:"answers"`
		Maybes  bool               `json:"maybes"`
		Fantasy bool               `json:"fantasies"`
		Seed    string             `json:"seed"`
	}
	langs, err := pageLanguages(shippedPart(c))
	if err != nil {
		t.Fatal(err)
	}
	var cases []nodeCase
	var starters []*starter.Starter
	fantasies := 0 // cases in which both chose fantasies
	for i := range 12 {
		// Fantasies: every pair of choices three times (both, only one, neither).
		s := starter.Start(t, c, match.Person{Sheet: sheetOf(randomAnswers(r, c)), Maybes: r.IntN(2) == 0, Fantasies: i&1 == 0})
		config, err := pageConfig(s.Inv, langs, startLanguage(langs, "en"))
		if err != nil {
			t.Fatal(err)
		}
		var answers []responder.Answer
		for k, a := range randomAnswers(r, c) {
			answers = append(answers, responder.Answer{Activity: k.Activity, Direction: k.Direction.String(), Answer: a.String()})
		}
		seed := make([]byte, 16)
		for i := range seed {
			seed[i] = byte(r.Uint32())
		}
		cases = append(cases, nodeCase{Config: string(config), Answers: answers, Maybes: r.IntN(2) == 0, Fantasy: i&2 == 0, Seed: hex.EncodeToString(seed)})
		starters = append(starters, s)
	}
	in, _ := json.Marshal(cases)
	cmd := exec.Command(node, filepath.Join("testdata", "node-responder.js"), mustAbs(t, loader), mustAbs(t, engine))
	cmd.Stdin, cmd.Stderr = bytes.NewReader(in), os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got []struct{ Reply, Error string }
	if err := json.Unmarshal(out, &got); err != nil || len(got) != len(cases) {
		t.Fatalf("node wrote %d answers for %d cases (%v)", len(got), len(cases), err)
	}
	for i, nc := range cases {
		seed, _ := hex.DecodeString(nc.Seed)
		want, _, err := responder.Respond(&seeded{seed: seed}, c, nc.Answers, responder.Choices{Maybes: nc.Maybes, Fantasies: nc.Fantasy}, starters[i].Inv.Encode(), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if got[i].Error != "" || got[i].Reply != string(want) {
			t.Fatalf("case %d: the wasm engine wrote a different reply from the Go responder's (error %q)", i, got[i].Error)
		}
		res, _ := starters[i].Finish(t, got[i].Reply)
		if yes := len(match.Tokens(c, match.Responder, match.Person{Sheet: responder.Sheet(c, nc.Answers)})); res.ResponderCount.Yes != yes {
			t.Errorf("case %d: Parley counts %d yes answers from the page, the answers hold %d", i, res.ResponderCount.Yes, yes)
		}
		if res.FantasiesCompared != (nc.Fantasy && starters[i].Inv.Fantasies) {
			t.Errorf("case %d: fantasies compared %v; the page chose %v, the starter %v", i, res.FantasiesCompared, nc.Fantasy, starters[i].Inv.Fantasies)
		}
		if res.FantasiesCompared {
			fantasies++
		}
	}
	t.Logf("%d random exchanges (%d with fantasies compared): the wasm and Go responders wrote the same replies", len(cases), fantasies)
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
