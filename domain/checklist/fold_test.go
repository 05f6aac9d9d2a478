package checklist

import "testing"

func TestFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Spanking By Hand", "spanking by hand"},
		{"Crème Brûlée", "creme brulee"},
		{"CAFÉ", "cafe"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Ærøskøbing", "aeroskobing"},
		{"Şenol Çağrı", "senol cagri"},
		{"It’s", "it's"},
		{"½ × ÷", "½ × ÷"},
		{"Ελλάδα", "ελλάδα"}, // outside Latin: lower-cased only
	}
	for _, tc := range cases {
		if got := fold(tc.in); got != tc.want {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSearchWords(t *testing.T) {
	got := searchWords("  Rope\tWRIST  cuffs ")
	want := []string{"rope", "wrist", "cuffs"}
	if len(got) != len(want) {
		t.Fatalf("searchWords = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d = %q, want %q", i, got[i], want[i])
		}
	}
}
