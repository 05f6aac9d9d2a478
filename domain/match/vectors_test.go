package match

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gtank/ristretto255"
)

var update = flag.Bool("update", false, "rewrite docs/comparison-vectors.json and the fuzz seed corpus")

const vectorsPath = "../../docs/comparison-vectors.json"

// vectorFile is the shape DESIGN.md fixes for docs/comparison-vectors.json.
type vectorFile struct {
	Protocol string   `json:"protocol"`
	Vectors  []vector `json:"vectors"`
}

type vector struct {
	Name             string   `json:"name"`
	SessionID        string   `json:"session_id"`
	CatalogVersion   string   `json:"catalog_version"`
	StarterScalar    string   `json:"starter_scalar"`
	ResponderScalar  string   `json:"responder_scalar"`
	StarterTokens    []string `json:"starter_tokens"`
	ResponderTokens  []string `json:"responder_tokens"`
	StarterHashed    []string `json:"starter_hashed"`
	StarterBlinded   []string `json:"starter_blinded"`
	StarterDouble    []string `json:"starter_double"`
	ResponderHashed  []string `json:"responder_hashed"`
	ResponderBlinded []string `json:"responder_blinded"`
	ResponderDouble  []string `json:"responder_double"`
	Intersection     []string `json:"intersection"`
	Messages         struct {
		Invitation string `json:"invitation"`
		Reply      string `json:"reply"`
		Result     string `json:"result"`
	} `json:"messages"`
}

// vectorInputs are the vectors' token lists. Scalars and session IDs are
// derived from the name (see TestWriteVectors); the file records them.
var vectorInputs = []struct {
	name               string
	starter, responder []string
}{
	{"small",
		[]string{"yes|2025.1|blindfold|together", "yes|2025.1|massage|starter-gives"},
		[]string{"yes|2025.1|massage|starter-gives", "yes|2025.1|tickling|responder-gives"}},
	{"every slot and both tiers",
		[]string{
			"yes|2025.1|cuddling|together", "open|2025.1|cuddling|together",
			"yes|2025.1|massage|starter-gives", "open|2025.1|massage|starter-gives",
			"open|2025.1|blindfold|responder-gives",
			"yes|2025.1|praise|responder-gives", "open|2025.1|praise|responder-gives"},
		[]string{
			"yes|2025.1|cuddling|together", "open|2025.1|cuddling|together",
			"open|2025.1|massage|starter-gives",
			"yes|2025.1|blindfold|responder-gives", "open|2025.1|blindfold|responder-gives",
			"yes|2025.1|praise|starter-gives", "open|2025.1|praise|starter-gives"}},
	{"custom activities",
		[]string{"yes|2025.1|custom:tea party|together", "yes|2025.1|custom:reading aloud|starter-gives", "yes|2025.1|massage|starter-gives"},
		[]string{"yes|2025.1|custom:reading aloud|responder-gives", "yes|2025.1|custom:tea party|together", "yes|2025.1|custom:slow dance|together"}},
	{"responder sends nothing",
		[]string{"yes|2025.1|cuddling|together"},
		[]string{}},
}

// vectorTime is the creation time of the vectors' exchanges; it is not
// part of any message.
var vectorTime = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// hasOpen is how a vector says a side chose to compare maybes: it sent at
// least one open-tier token.
func hasOpen(tokens []string) bool {
	return slices.ContainsFunc(tokens, func(t string) bool { return strings.HasPrefix(t, "open|") })
}

// vectorMessages runs the exchange with the vector's fixed session and
// scalars and no shuffling: each list of a message is the side's token list
// filtered by tier, in order.
func vectorMessages(t *testing.T, session SessionID, a, b *ristretto255.Scalar, catalog string, st, re []string) (*Invitation, *Reply, *Final) {
	t.Helper()
	sp, inv, err := start(session, a, catalog, 0, hasOpen(st), st, vectorTime)
	if err != nil {
		t.Fatal(err)
	}
	_, reply, err := respond(b, inv, 0, hasOpen(re), re, vectorTime)
	if err != nil {
		t.Fatal(err)
	}
	_, final, err := sp.Finish(reply, vectorTime)
	if err != nil {
		t.Fatal(err)
	}
	return inv, reply, final
}

func TestWriteVectors(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite " + vectorsPath)
	}
	file := vectorFile{Protocol: "parley-psi-v1"}
	for _, in := range vectorInputs {
		label := "parley test vector: " + in.name
		sum := sha256.Sum256([]byte(label))
		var session SessionID
		copy(session[:], sum[:])
		a := scalarFrom(label + " / starter")
		b := scalarFrom(label + " / responder")
		v := vector{
			Name: in.name, SessionID: hex.EncodeToString(session[:]), CatalogVersion: "2025.1",
			StarterScalar: hex.EncodeToString(a.Encode(nil)), ResponderScalar: hex.EncodeToString(b.Encode(nil)),
			StarterTokens: in.starter, ResponderTokens: in.responder,
		}
		v.StarterHashed, v.StarterBlinded, v.StarterDouble = chain(session, a, b, in.starter)
		v.ResponderHashed, v.ResponderBlinded, v.ResponderDouble = chain(session, b, a, in.responder)
		v.Intersection = intersect(in.starter, in.responder)
		inv, reply, final := vectorMessages(t, session, a, b, v.CatalogVersion, in.starter, in.responder)
		v.Messages.Invitation, v.Messages.Reply, v.Messages.Result = string(inv.Encode()), string(reply.Encode()), string(final.Encode())
		file.Vectors = append(file.Vectors, v)
	}
	var out bytes.Buffer
	e := json.NewEncoder(&out)
	e.SetEscapeHTML(false) // keep "Compare > With …" readable
	e.SetIndent("", "  ")
	if err := e.Encode(file); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(vectorsPath, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func scalarFrom(label string) *ristretto255.Scalar {
	sum := sha512.Sum512([]byte(label))
	return ristretto255.NewScalar().FromUniformBytes(sum[:])
}

// chain computes, independently of the package's helpers, the hex lists
// H(t), x·H(t) and y·x·H(t) for each token, in order.
func chain(session SessionID, x, y *ristretto255.Scalar, tokens []string) (hashed, blinded, double []string) {
	hashed, blinded, double = []string{}, []string{}, []string{}
	for _, tok := range tokens {
		sum := sha512.Sum512(append(append([]byte("parley-psi-v1:"), session[:]...), tok...))
		h := ristretto255.NewElement().FromUniformBytes(sum[:])
		xh := ristretto255.NewElement().ScalarMult(x, h)
		yxh := ristretto255.NewElement().ScalarMult(y, xh)
		hashed = append(hashed, hex.EncodeToString(h.Encode(nil)))
		blinded = append(blinded, hex.EncodeToString(xh.Encode(nil)))
		double = append(double, hex.EncodeToString(yxh.Encode(nil)))
	}
	return hashed, blinded, double
}

func intersect(a, b []string) []string {
	out := []string{}
	for _, t := range a {
		if slices.Contains(b, t) {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// The library's hash to the group is RFC 9496's (its appendix A.3 vector).
func TestHashToGroupFollowsRFC9496(t *testing.T) {
	sum := sha512.Sum512([]byte("Ristretto is traditionally a short shot of espresso coffee"))
	got := hex.EncodeToString(ristretto255.NewElement().FromUniformBytes(sum[:]).Encode(nil))
	if got != "3066f82a1a747d45120d1740f14358531a8f04bbffe6a819f86dfe50f44a0a46" {
		t.Fatalf("FromUniformBytes gives %s", got)
	}
}

// Every intermediate value and every message in the vectors file is
// recomputed from its inputs (session, scalars, tokens) and compared.
func TestVectors(t *testing.T) {
	data, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatal(err)
	}
	var file vectorFile
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	if file.Protocol != "parley-psi-v1" || len(file.Vectors) < 3 {
		t.Fatalf("protocol %q with %d vectors", file.Protocol, len(file.Vectors))
	}
	for _, v := range file.Vectors {
		t.Run(v.Name, func(t *testing.T) { checkVector(t, v) })
	}
}

func checkVector(t *testing.T, v vector) {
	var session SessionID
	if raw, err := hex.DecodeString(v.SessionID); err != nil || len(raw) != 16 {
		t.Fatalf("session_id %q", v.SessionID)
	} else {
		copy(session[:], raw)
	}
	a, b := decodeScalar(t, v.StarterScalar), decodeScalar(t, v.ResponderScalar)

	sh, sb, sd := chain(session, a, b, v.StarterTokens)
	rh, rb, rd := chain(session, b, a, v.ResponderTokens)
	for name, pair := range map[string][2][]string{
		"starter_hashed": {sh, v.StarterHashed}, "starter_blinded": {sb, v.StarterBlinded}, "starter_double": {sd, v.StarterDouble},
		"responder_hashed": {rh, v.ResponderHashed}, "responder_blinded": {rb, v.ResponderBlinded}, "responder_double": {rd, v.ResponderDouble},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s: computed %v, file has %v", name, pair[0], pair[1])
		}
	}
	// The intersection is both the common tokens and the common doubles.
	var byDouble []string
	for i, d := range v.StarterDouble {
		if slices.Contains(v.ResponderDouble, d) {
			byDouble = append(byDouble, v.StarterTokens[i])
		}
	}
	slices.Sort(byDouble)
	if want := intersect(v.StarterTokens, v.ResponderTokens); !reflect.DeepEqual(v.Intersection, want) ||
		len(byDouble) != len(want) || (len(want) > 0 && !reflect.DeepEqual(byDouble, want)) {
		t.Errorf("intersection %v; common tokens %v; common doubles %v", v.Intersection, want, byDouble)
	}

	inv, reply, final := vectorMessages(t, session, a, b, v.CatalogVersion, v.StarterTokens, v.ResponderTokens)
	for name, pair := range map[string][2]string{
		"invitation": {string(inv.Encode()), v.Messages.Invitation},
		"reply":      {string(reply.Encode()), v.Messages.Reply},
		"result":     {string(final.Encode()), v.Messages.Result},
	} {
		if pair[0] != pair[1] {
			t.Errorf("%s message differs:\n%s\nfile:\n%s", name, pair[0], pair[1])
		}
	}
	checkMessageLists(t, v)
}

// checkMessageLists reads the file's messages and checks that their lists
// are the vector's elements split by tier, in token order.
func checkMessageLists(t *testing.T, v vector) {
	inv, err := DecodeInvitation([]byte(v.Messages.Invitation))
	if err != nil {
		t.Fatal(err)
	}
	reply, err := DecodeReply([]byte(v.Messages.Reply))
	if err != nil {
		t.Fatal(err)
	}
	final, err := DecodeFinal([]byte(v.Messages.Result))
	if err != nil {
		t.Fatal(err)
	}
	// pick lists the hex values of one tier's tokens, in token order.
	pick := func(tokens, hexes []string, open bool) []string {
		out := []string{}
		for i, tok := range tokens {
			if strings.HasPrefix(tok, "open|") == open {
				out = append(out, hexes[i])
			}
		}
		return out
	}
	// The open tier is answered only when both sides sent open tokens.
	answered := func(l []string) []string {
		if hasOpen(v.StarterTokens) && hasOpen(v.ResponderTokens) {
			return l
		}
		return []string{}
	}
	asHex := func(ps []Point) []string {
		out := []string{}
		for _, p := range ps {
			out = append(out, hex.EncodeToString(p[:]))
		}
		return out
	}
	for name, pair := range map[string][2][]string{
		"invitation yes":    {asHex(inv.Yes), pick(v.StarterTokens, v.StarterBlinded, false)},
		"invitation open":   {asHex(inv.Open), pick(v.StarterTokens, v.StarterBlinded, true)},
		"reply double yes":  {asHex(reply.DoubleYes), pick(v.StarterTokens, v.StarterDouble, false)},
		"reply double open": {asHex(reply.DoubleOpen), answered(pick(v.StarterTokens, v.StarterDouble, true))},
		"reply yes":         {asHex(reply.Yes), pick(v.ResponderTokens, v.ResponderBlinded, false)},
		"reply open":        {asHex(reply.Open), answered(pick(v.ResponderTokens, v.ResponderBlinded, true))},
		"result double yes": {asHex(final.DoubleYes), pick(v.ResponderTokens, v.ResponderDouble, false)},
		"result open":       {asHex(final.DoubleOpen), answered(pick(v.ResponderTokens, v.ResponderDouble, true))},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s: message has %v, vector gives %v", name, pair[0], pair[1])
		}
	}
}

func decodeScalar(t *testing.T, h string) *ristretto255.Scalar {
	raw, err := hex.DecodeString(h)
	s := ristretto255.NewScalar()
	if err != nil || len(raw) != 32 || s.Decode(raw) != nil {
		t.Fatalf("scalar %q is not a canonical 32-byte scalar", h)
	}
	return s
}
