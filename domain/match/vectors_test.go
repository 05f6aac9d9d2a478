package match

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"flag"
	"io"
	"math/rand/v2"
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

// tierHex maps a tier name ("yes", "open", "fantasy") to a hex value.
type tierHex map[string]string

type vector struct {
	Name             string   `json:"name"`
	SessionID        string   `json:"session_id"`
	CatalogVersion   string   `json:"catalog_version"`
	StarterScalars   tierHex  `json:"starter_scalars"`
	ResponderScalars tierHex  `json:"responder_scalars"`
	StarterKeys      tierHex  `json:"starter_keys"`
	ResponderKeys    tierHex  `json:"responder_keys"`
	StarterTokens    []string `json:"starter_tokens"`
	ResponderTokens  []string `json:"responder_tokens"`
	StarterHashed    []string `json:"starter_hashed"`
	StarterBlinded   []string `json:"starter_blinded"`
	StarterDouble    []string `json:"starter_double"`
	ResponderHashed  []string `json:"responder_hashed"`
	ResponderBlinded []string `json:"responder_blinded"`
	ResponderDouble  []string `json:"responder_double"`
	// ResultMatched is the result code's content per tier: the responder's
	// elements of that tier whose responder_double is among the
	// starter_double values, as their index in the tier's list and that
	// double.
	ResultMatched map[string][]matchedHex `json:"result_matched"`
	Transcripts   struct {
		Invitation string `json:"invitation"`
		Reply      string `json:"reply"`
		Result     string `json:"result"`
	} `json:"transcripts"`
	// ReplyProofs and ResultProofs are c || s per tier; "" for a tier
	// with an empty list.
	ReplyProofs           tierHex  `json:"reply_proofs"`
	ResultProofs          tierHex  `json:"result_proofs"`
	Fingerprint           string   `json:"fingerprint"`
	InvitationFingerprint string   `json:"invitation_fingerprint"`
	Intersection          []string `json:"intersection"`
	Messages              struct {
		Invitation string `json:"invitation"`
		Reply      string `json:"reply"`
		Result     string `json:"result"`
	} `json:"messages"`
}

// matchedHex is one element of a result code: its index in the reply's
// list of the tier, and a·Y in hex.
type matchedHex struct {
	Index  int    `json:"index"`
	Double string `json:"double"`
}

// resultMatched derives the result code's content from the vector's
// lists: per tier, the responder's tokens of that tier in list order,
// numbered from 0, kept when their responder_double is a starter_double.
// The open and fantasy tiers are empty unless both sides sent tokens of
// the tier.
func resultMatched(v vector) map[string][]matchedHex {
	out := map[string][]matchedHex{}
	for _, tier := range allTiers {
		out[string(tier)] = []matchedHex{}
	}
	both := choicesIn(v.StarterTokens).and(choicesIn(v.ResponderTokens))
	index := map[string]int{}
	for i, tok := range v.ResponderTokens {
		tier, _, _ := strings.Cut(tok, "|")
		j := index[tier]
		index[tier]++
		if both.compares(tierIndex(Tier(tier))) && slices.Contains(v.StarterDouble, v.ResponderDouble[i]) {
			out[tier] = append(out[tier], matchedHex{Index: j, Double: v.ResponderDouble[i]})
		}
	}
	return out
}

// vectorInputs are the vectors' token lists. Scalars and session IDs are
// derived from the name (see TestWriteVectors); the file records them.
var vectorInputs = []struct {
	name               string
	starter, responder []string
}{
	{"small",
		[]string{"yes|2025.1|blindfold|together", "yes|2025.1|massage|starter-gives"},
		[]string{"yes|2025.1|tickling|responder-gives", "yes|2025.1|massage|starter-gives"}},
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
	{"fantasy tier",
		[]string{
			"yes|2025.1|cuddling|together", "fantasy|2025.1|cuddling|together",
			"fantasy|2025.1|role-play.teacher|together",
			"fantasy|2025.1|restraint.hogtie|starter-gives",
			"yes|2025.1|massage|starter-gives", "fantasy|2025.1|massage|starter-gives"},
		[]string{
			"yes|2025.1|cuddling|together", "fantasy|2025.1|cuddling|together",
			"yes|2025.1|role-play.teacher|together", "fantasy|2025.1|role-play.teacher|together",
			"fantasy|2025.1|restraint.hogtie|responder-gives",
			"fantasy|2025.1|massage|starter-gives"}},
	{"responder sends nothing",
		[]string{"yes|2025.1|cuddling|together"},
		[]string{}},
}

// vectorTime is the creation time of the vectors' exchanges; it is not
// part of any message.
var vectorTime = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// choicesIn is how a vector says what a side chose to compare: maybes when
// it sent at least one open-tier token, fantasies when it sent at least
// one fantasy-tier token.
func choicesIn(tokens []string) choices {
	has := func(tier Tier) bool {
		return slices.ContainsFunc(tokens, func(t string) bool { return strings.HasPrefix(t, string(tier)+"|") })
	}
	return choices{maybes: has(TierOpen), fantasies: has(TierFantasy)}
}

// vectorMessages runs the exchange with the vector's fixed session and
// scalars and no shuffling: each list of a message is the side's token list
// filtered by tier, in order. The proofs' nonces come from nonces.
func vectorMessages(t *testing.T, session SessionID, a, b []*ristretto255.Scalar, catalog string, st, re []string, nonces io.Reader) (*Invitation, *Reply, *Final, Result) {
	t.Helper()
	sp, inv, err := start(session, a, catalog, 0, choicesIn(st), st, vectorTime)
	if err != nil {
		t.Fatal(err)
	}
	_, reply, err := respond(nonces, b, inv, 0, choicesIn(re), re, vectorTime)
	if err != nil {
		t.Fatal(err)
	}
	res, final, err := sp.finishWith(nonces, reply, vectorTime)
	if err != nil {
		t.Fatal(err)
	}
	return inv, reply, final, res
}

// vectorNonces is the generator's seeded source of proof nonces; real
// exchanges use crypto/rand.
func vectorNonces(name string) io.Reader {
	return rand.NewChaCha8(sha256.Sum256([]byte("parley test vector nonces: " + name)))
}

// vectorScalars derives a side's scalars from the vector's name.
func vectorScalars(name, side string) []*ristretto255.Scalar {
	var out []*ristretto255.Scalar
	for _, tier := range allTiers {
		out = append(out, scalarFrom("parley test vector: "+name+" / "+side+" / "+string(tier)))
	}
	return out
}

func TestWriteVectors(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite " + vectorsPath)
	}
	file := vectorFile{Protocol: ProtocolName}
	for _, in := range vectorInputs {
		sum := sha256.Sum256([]byte("parley test vector: " + in.name))
		var session SessionID
		copy(session[:], sum[:])
		a, b := vectorScalars(in.name, "starter"), vectorScalars(in.name, "responder")
		v := vector{
			Name: in.name, SessionID: hex.EncodeToString(session[:]), CatalogVersion: "2025.1",
			StarterScalars: scalarsHex(a), ResponderScalars: scalarsHex(b),
			StarterKeys: keysHex(a), ResponderKeys: keysHex(b),
			StarterTokens: in.starter, ResponderTokens: in.responder,
		}
		v.StarterHashed, v.StarterBlinded, v.StarterDouble = chain(session, a, b, in.starter)
		v.ResponderHashed, v.ResponderBlinded, v.ResponderDouble = chain(session, b, a, in.responder)
		v.Intersection = intersect(in.starter, in.responder)
		v.ResultMatched = resultMatched(v)
		inv, reply, final, res := vectorMessages(t, session, a, b, v.CatalogVersion, in.starter, in.responder, vectorNonces(in.name))
		v.Messages.Invitation, v.Messages.Reply, v.Messages.Result = string(inv.Encode()), string(reply.Encode()), string(final.Encode())
		t1 := transcriptInvitation(inv)
		t2 := transcriptReply(t1, reply)
		t3 := transcriptFinal(t2, final)
		v.Transcripts.Invitation, v.Transcripts.Reply, v.Transcripts.Result = hex.EncodeToString(t1[:]), hex.EncodeToString(t2[:]), hex.EncodeToString(t3[:])
		v.ReplyProofs, v.ResultProofs = tierHex{}, tierHex{}
		for i, tier := range allTiers {
			v.ReplyProofs[string(tier)] = hex.EncodeToString(reply.Tiers[i].Proof)
			v.ResultProofs[string(tier)] = hex.EncodeToString(final.Tiers[i].Proof)
		}
		v.Fingerprint, v.InvitationFingerprint = res.Fingerprint, inv.Fingerprint()
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

func scalarsHex(s []*ristretto255.Scalar) tierHex {
	out := tierHex{}
	for i, tier := range allTiers {
		out[string(tier)] = hex.EncodeToString(s[i].Encode(nil))
	}
	return out
}

func keysHex(s []*ristretto255.Scalar) tierHex {
	out := tierHex{}
	for i, tier := range allTiers {
		out[string(tier)] = hex.EncodeToString(ristretto255.NewElement().ScalarBaseMult(s[i]).Encode(nil))
	}
	return out
}

func scalarFrom(label string) *ristretto255.Scalar {
	sum := sha512.Sum512([]byte(label))
	return ristretto255.NewScalar().FromUniformBytes(sum[:])
}

// chain computes, independently of the package's helpers, the hex lists
// H(t), x_t·H(t) and y_t·x_t·H(t) for each token, with the scalars of the
// token's tier, in order.
func chain(session SessionID, x, y []*ristretto255.Scalar, tokens []string) (hashed, blinded, double []string) {
	hashed, blinded, double = []string{}, []string{}, []string{}
	for _, tok := range tokens {
		tier, _, _ := strings.Cut(tok, "|")
		i := tierIndex(Tier(tier))
		sum := sha512.Sum512(append(append([]byte("parley-psi-v3:"), session[:]...), tok...))
		h := ristretto255.NewElement().FromUniformBytes(sum[:])
		xh := ristretto255.NewElement().ScalarMult(x[i], h)
		yxh := ristretto255.NewElement().ScalarMult(y[i], xh)
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
	if file.Protocol != "parley-psi-v3" || len(file.Vectors) < 3 {
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
	a, b := decodeScalars(t, v.StarterScalars), decodeScalars(t, v.ResponderScalars)
	if !reflect.DeepEqual(keysHex(a), v.StarterKeys) || !reflect.DeepEqual(keysHex(b), v.ResponderKeys) {
		t.Errorf("keys: computed %v and %v, file has %v and %v", keysHex(a), keysHex(b), v.StarterKeys, v.ResponderKeys)
	}

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

	inv, reply, final := checkMessageLists(t, v)
	checkTranscripts(t, v, inv, reply, final)
	checkProofs(t, v, inv, reply, final)
	if got := Fingerprint(inv, reply); got != v.Fingerprint {
		t.Errorf("fingerprint %q, file has %q", got, v.Fingerprint)
	}
	if got := inv.Fingerprint(); got != v.InvitationFingerprint {
		t.Errorf("invitation fingerprint %q, file has %q", got, v.InvitationFingerprint)
	}
	// With the generator's nonces, the three messages come out byte for byte.
	inv2, reply2, final2, _ := vectorMessages(t, session, a, b, v.CatalogVersion, v.StarterTokens, v.ResponderTokens, vectorNonces(v.Name))
	for name, pair := range map[string][2]string{
		"invitation": {string(inv2.Encode()), v.Messages.Invitation},
		"reply":      {string(reply2.Encode()), v.Messages.Reply},
		"result":     {string(final2.Encode()), v.Messages.Result},
	} {
		if pair[0] != pair[1] {
			t.Errorf("%s message differs:\n%s\nfile:\n%s", name, pair[0], pair[1])
		}
	}
}

// checkTranscripts recomputes T1, T2 and T3 from the messages' payloads
// as the protocol document says: a proof is left out by writing its length
// byte as 0.
func checkTranscripts(t *testing.T, v vector, inv *Invitation, reply *Reply, final *Final) {
	r, f := *reply, *final
	r.Tiers, f.Tiers = slices.Clone(reply.Tiers), slices.Clone(final.Tiers)
	for i := range r.Tiers {
		r.Tiers[i].Proof, f.Tiers[i].Proof = nil, nil
	}
	t1 := sha512.Sum512(append([]byte("parley-psi-v3 transcript invitation"), inv.payload()...))
	t2 := sha512.Sum512(append(append([]byte("parley-psi-v3 transcript reply"), t1[:]...), r.payload()...))
	t3 := sha512.Sum512(append(append([]byte("parley-psi-v3 transcript result"), t2[:]...), f.payload()...))
	for name, pair := range map[string][2]string{
		"invitation": {hex.EncodeToString(t1[:]), v.Transcripts.Invitation},
		"reply":      {hex.EncodeToString(t2[:]), v.Transcripts.Reply},
		"result":     {hex.EncodeToString(t3[:]), v.Transcripts.Result},
	} {
		if pair[0] != pair[1] {
			t.Errorf("transcript %s: computed %s, file has %s", name, pair[0], pair[1])
		}
	}
}

// checkProofs verifies the file's proofs against the file's keys and
// element lists, and checks they are the ones in the messages.
func checkProofs(t *testing.T, v vector, inv *Invitation, reply *Reply, final *Final) {
	var t2, t3 [64]byte
	hex.Decode(t2[:], []byte(v.Transcripts.Reply))
	hex.Decode(t3[:], []byte(v.Transcripts.Result))
	elements := func(ps []Point) []*ristretto255.Element {
		out, err := decodePoints(ps)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for i, tier := range allTiers {
		name := string(tier)
		rp, _ := hex.DecodeString(v.ReplyProofs[name])
		fp, _ := hex.DecodeString(v.ResultProofs[name])
		if !bytes.Equal(rp, reply.Tiers[i].Proof) || !bytes.Equal(fp, final.Tiers[i].Proof) {
			t.Errorf("%s: the messages' proofs are not the file's", name)
		}
		if len(reply.Tiers[i].Double) > 0 &&
			!verify(stepReply, tier, t2, reply.Tiers[i].Key, elements(inv.Tiers[i].Blinded), elements(reply.Tiers[i].Double), rp) {
			t.Errorf("the reply's %s proof does not verify", name)
		}
		var picked, raised []Point
		for _, r := range final.Tiers[i].Matched {
			picked, raised = append(picked, reply.Tiers[i].Blinded[r.Index]), append(raised, r.Double)
		}
		if len(raised) > 0 && !verify(stepResult, tier, t3, inv.Tiers[i].Key, elements(picked), elements(raised), fp) {
			t.Errorf("the result code's %s proof does not verify", name)
		}
		if hex.EncodeToString(inv.Tiers[i].Key[:]) != v.StarterKeys[name] || hex.EncodeToString(reply.Tiers[i].Key[:]) != v.ResponderKeys[name] {
			t.Errorf("%s: the messages' keys are not the file's", name)
		}
	}
}

// checkMessageLists reads the file's messages and checks that their lists
// are the vector's elements split by tier, in token order.
func checkMessageLists(t *testing.T, v vector) (*Invitation, *Reply, *Final) {
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
	pick := func(tokens, hexes []string, tier Tier) []string {
		out := []string{}
		for i, tok := range tokens {
			if strings.HasPrefix(tok, string(tier)+"|") {
				out = append(out, hexes[i])
			}
		}
		return out
	}
	// A tier other than yes is answered only when both sides sent tokens
	// of it.
	both := choicesIn(v.StarterTokens).and(choicesIn(v.ResponderTokens))
	answered := func(i int, l []string) []string {
		if both.compares(i) {
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
	for i, tier := range allTiers {
		for name, pair := range map[string][2][]string{
			"invitation":   {asHex(inv.Tiers[i].Blinded), pick(v.StarterTokens, v.StarterBlinded, tier)},
			"reply double": {asHex(reply.Tiers[i].Double), answered(i, pick(v.StarterTokens, v.StarterDouble, tier))},
			"reply":        {asHex(reply.Tiers[i].Blinded), answered(i, pick(v.ResponderTokens, v.ResponderBlinded, tier))},
		} {
			if !reflect.DeepEqual(pair[0], pair[1]) {
				t.Errorf("%s %s: message has %v, vector gives %v", name, tier, pair[0], pair[1])
			}
		}
	}
	// The result code carries the matched subset of responder_double,
	// with indices, as result_matched says.
	want := resultMatched(v)
	if !reflect.DeepEqual(v.ResultMatched, want) {
		t.Errorf("result_matched is %v; the vector's lists give %v", v.ResultMatched, want)
	}
	for i, tier := range allTiers {
		got := []matchedHex{}
		for _, r := range final.Tiers[i].Matched {
			got = append(got, matchedHex{Index: r.Index, Double: hex.EncodeToString(r.Double[:])})
		}
		if !reflect.DeepEqual(got, want[string(tier)]) {
			t.Errorf("result %s: message has %v, vector gives %v", tier, got, want[string(tier)])
		}
	}
	return inv, reply, final
}

func decodeScalars(t *testing.T, h tierHex) []*ristretto255.Scalar {
	if len(h) != len(allTiers) {
		t.Fatalf("scalars %v: want one per tier", h)
	}
	var out []*ristretto255.Scalar
	for _, tier := range allTiers {
		raw, err := hex.DecodeString(h[string(tier)])
		s := ristretto255.NewScalar()
		if err != nil || len(raw) != 32 || s.Decode(raw) != nil {
			t.Fatalf("%s scalar %q is not a canonical 32-byte scalar", tier, h[string(tier)])
		}
		out = append(out, s)
	}
	return out
}
