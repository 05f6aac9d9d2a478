package match

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// The codes and a stored exchange of a real version-2 exchange (taken from
// the version-2 test vectors and fuzz seeds, testdata/v2) are refused with
// the older-version sentences, never misread as version 3: version 2 had
// no fantasy tier, so its messages have two tiers where version 3 reads
// three.
func TestVersion2CodesAndStoredExchangesAreRefused(t *testing.T) {
	for _, name := range []string{"invitation", "reply", "result"} {
		text, err := os.ReadFile("testdata/v2/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		_, err = Decode(text)
		wantProblem(t, err, OlderVersion, "older version", "Ask your partner to update Parley", "new comparison")
	}
	raw, err := os.ReadFile("testdata/v2/pending-starter.fuzz")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	quoted := strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")")
	stored, err := strconv.Unquote(quoted)
	if err != nil || stored[0] != 2 {
		t.Fatalf("the stored version-2 exchange did not read: %v", err)
	}
	var p Pending
	wantProblem(t, p.UnmarshalBinary([]byte(stored)), OldState, "earlier version", "new comparison")
}
