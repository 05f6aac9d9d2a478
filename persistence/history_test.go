package persistence

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestASearchPageIsTheStartOfTheWholeSearch checks that a page holds the
// same negotiations as the full search, in the same order, cut at the
// limit, and says whether more were left out.
func TestASearchPageIsTheStartOfTheWholeSearch(t *testing.T) {
	v, c := negotiationVault(t)
	for i := range 7 {
		c.set(c.now().Add(time.Minute))
		d := sampleDoc(c.now(), fmt.Sprintf("Evening %d", i))
		if i%2 == 0 {
			d.Participants[0].Name = "Robin"
		}
		id := mustCreateNegotiation(t, v, d)
		if i%3 == 0 {
			if err := v.AgreeVersion(id, d); err != nil {
				t.Fatal(err)
			}
		}
	}
	cases := []struct{ query, person, state string }{
		{"", "", ""},
		{"evening", "", ""},
		{"", "robin", ""},
		{"", "", "draft"},
		{"blindfold", "Robin", "agreed"},
		{"nothing like this", "", ""},
	}
	for _, tc := range cases {
		all, err := v.SearchNegotiations(tc.query, tc.person, tc.state)
		if err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int{1, 3, len(all), 100} {
			page, more, err := v.SearchNegotiationsPage(tc.query, tc.person, tc.state, limit)
			if err != nil {
				t.Fatal(err)
			}
			want := all[:min(limit, len(all))]
			if len(want) == 0 {
				want = nil
			}
			if !reflect.DeepEqual(page, want) || more != (len(all) > limit) {
				t.Errorf("%+v, limit %d: page of %d (more %v), want the first %d of %d",
					tc, limit, len(page), more, len(want), len(all))
			}
		}
	}
}
