package kinklist_test

import (
	"errors"
	"strings"
	"testing"

	"parleyapp.org/parley/domain/kinklist"
)

func TestDefaultListHasEveryCategory(t *testing.T) {
	l := defaultList(t)
	if n := len(l.Categories); n != 16 {
		t.Errorf("%d categories, want KinkList v1.0.2's 16", n)
	}
	if n := l.Slots(); n != 202 {
		t.Errorf("%d item columns, want 202", n)
	}
	last := l.Categories[len(l.Categories)-1]
	if last.Name != "Pain" || last.Items[len(last.Items)-1] != "Cutting" {
		t.Errorf("last item is %q in %q, want Cutting in Pain (trailing spaces trimmed)", last.Items[len(last.Items)-1], last.Name)
	}
	if got := strings.Join(l.Categories[1].Fields, ","); got != "Self,Partner" {
		t.Errorf("Clothing's columns are %q", got)
	}
}

// A fully answered default list, made by KinkList's own code, comes back
// level for level.
func TestDecodeRealFullExport(t *testing.T) {
	e := readExport(t, "export-full.json")
	if !e.Faithful {
		t.Fatal("fixture should be one KinkList reads back as given")
	}
	got, err := kinklist.Decode(e.Code, defaultList(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 202 {
		t.Fatalf("%d choices, want 202", len(got))
	}
	for _, c := range got {
		if c.Level.String() != e.want(c) || c.Unsure {
			t.Errorf("%s: read %s (unsure %v), the person gave %s", key(c), c.Level, c.Unsure, e.want(c))
		}
	}
}

// KinkList v1.0.2's encoder drops base-71 digits that are 0, so this
// realistic export reopens in KinkList with made-up answers in one chunk
// (Blackmail / coercion as Favourite, among others). Decode must not hand
// those on as the person's answers: it marks that chunk unsure and reads
// it as the sparse list it came from.
func TestDecodeRealExportWithKinkListsOwnFlaw(t *testing.T) {
	e := readExport(t, "export-realistic.json")
	if e.Faithful {
		t.Fatal("fixture should be one KinkList's own encoder got wrong")
	}
	got, err := kinklist.Decode(e.Code, defaultList(t))
	if err != nil {
		t.Fatal(err)
	}
	unsure := 0
	for i, c := range got {
		if c.Level.String() != e.want(c) {
			t.Errorf("%s: read %s, the person gave %s", key(c), c.Level, e.want(c))
		}
		inBadChunk := i/19 == 5
		if c.Unsure != inBadChunk {
			t.Errorf("%s (chunk %d): unsure is %v", key(c), i/19, c.Unsure)
		}
		if c.Unsure {
			unsure++
		}
	}
	if unsure != 19 {
		t.Errorf("%d unsure items, want the 19 of the one chunk KinkList wrote wrongly", unsure)
	}
}

func TestDecodeTakesWhatPeoplePaste(t *testing.T) {
	l := defaultList(t)
	code := readExport(t, "export-full.json").Code
	want, err := kinklist.Decode(code, l)
	if err != nil {
		t.Fatal(err)
	}
	for name, pasted := range map[string]string{
		"whole address":     "https://example.org/kinklist/v1.0.2.html#" + code,
		"with # only":       "#" + code,
		"wrapped by a chat": "  " + code[:30] + "\n" + code[30:61] + " \r\n" + code[61:] + "\n",
	} {
		got, err := kinklist.Decode(pasted, l)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: choice %d differs", name, i)
				break
			}
		}
	}
}

func TestDecodeRefusesWithASentence(t *testing.T) {
	l := defaultList(t) // 202 item columns: 11 chunks, 88 characters
	good := readExport(t, "export-full.json").Code
	one, err := kinklist.ParseList("#Only\n(General)\n* One thing\n")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		code string
		list kinklist.List
		want kinklist.Error
	}{
		{"nothing", "", l, kinklist.ErrCodeEmpty},
		{"address without code", "https://example.org/kinklist.html#", l, kinklist.ErrCodeEmpty},
		{"only spaces", " \n\t ", l, kinklist.ErrCodeEmpty},
		{"character KinkList never writes", good[:40] + "~" + good[41:], l, kinklist.ErrCodeChar},
		{"non-ASCII character", good[:40] + "é" + good[42:], l, kinklist.ErrCodeChar},
		{"cut off when copied", good[:80], l, kinklist.ErrCodeShort},
		{"made with a longer list", good + "aaaaaaaa", l, kinklist.ErrCodeLong},
		{"half a chunk more", good + "abc", l, kinklist.ErrCodeLong},
		{"chunk larger than KinkList writes", "@@@@@@@@" + good[8:], l, kinklist.ErrCodeDamaged},
		{"answers after the list's end", "aaaaaaag", one, kinklist.ErrCodeOtherList},
		{"absurdly long", strings.Repeat("a", 1<<20), l, kinklist.ErrCodeTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := kinklist.Decode(tc.code, tc.list)
			if got != nil {
				t.Errorf("returned %d choices with an error", len(got))
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
}

func TestParseListRefusesWithASentence(t *testing.T) {
	cases := []struct {
		name, text string
		want       kinklist.Error
	}{
		{"empty", "", kinklist.ErrListEmpty},
		{"no category line", "(General)\n* Hugs\n", kinklist.ErrListEmpty},
		{"no columns", "#Touch\n* Hugs\n", kinklist.ErrListNoFields},
		{"no items", "#Touch\n(General)\n#Words\n(General)\n* Praise\n", kinklist.ErrListNoItems},
		{"last category without items", "#Touch\n(General)\n* Hugs\n#Words\n(General)\n", kinklist.ErrListNoItems},
		{"category twice", "#Touch\n(General)\n* Hugs\n#Touch\n(General)\n* Kisses\n", kinklist.ErrListTwice},
		{"not text", "#Touch\n(General)\n* Hu\xffgs\n", kinklist.ErrListNotText},
		{"too large", "#Touch\n(General)\n" + strings.Repeat("* Hugs\n", 100000), kinklist.ErrListTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := kinklist.ParseList(tc.text); !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
		})
	}
}

// Lines KinkList ignores are ignored here too, and its own text (with \r\n
// line ends, as its edit box gives) reads the same.
func TestParseListReadsAsKinkListDoes(t *testing.T) {
	l, err := kinklist.ParseList("notes before\r\n#Touch \r\n( Giving ,Receiving)\r\n*  Hugs \r\nstray line\r\n\r\n* Kisses\r\n")
	if err != nil {
		t.Fatal(err)
	}
	c := l.Categories[0]
	if c.Name != "Touch" || strings.Join(c.Fields, "|") != "Giving|Receiving" || strings.Join(c.Items, "|") != "Hugs|Kisses" {
		t.Errorf("read %+v", c)
	}
	if l.Slots() != 4 {
		t.Errorf("%d slots, want 4", l.Slots())
	}
}
