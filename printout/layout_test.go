package printout

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

func testMeasurer(t *testing.T) *measurer {
	t.Helper()
	p, err := newPage(A4, "test", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	return newMeasurer(&p.pdf)
}

func TestWrapKeepsEveryWordInOrderWithinTheWidth(t *testing.T) {
	m := testMeasurer(t)
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		var runs []run
		var want []string
		for range 1 + r.IntN(4) {
			text := randomPhrase(r, 12)
			want = append(want, strings.Fields(text)...)
			runs = append(runs, run{text: text + " ", bold: r.IntN(2) == 0})
		}
		width := 60 + r.Float64()*300
		lines := m.wrap(runs, 9, width)
		var got []string
		for i, line := range lines {
			for _, seg := range line {
				if seg.x+seg.w > width+0.01 {
					t.Fatalf("case %d: line %d is %.1f pt wide, the room is %.1f", n, i, seg.x+seg.w, width)
				}
				got = append(got, strings.Fields(seg.text)...)
			}
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("case %d: the words changed:\n got %q\nwant %q", n, got, want)
		}
	}
}

func TestWrapBreaksAWordTooLongForALine(t *testing.T) {
	m := testMeasurer(t)
	word := "Überausführlichkeitsbeschreibungsformular"
	lines := m.wrap([]run{{text: "A " + word}}, 9, 60)
	if len(lines) < 3 {
		t.Fatalf("got %d lines, want the long word broken over several", len(lines))
	}
	var joined strings.Builder
	for i, line := range lines {
		for _, seg := range line {
			if seg.x+seg.w > 60.01 {
				t.Errorf("line %d is %.1f pt wide, the room is 60", i, seg.x+seg.w)
			}
			if i > 0 {
				joined.WriteString(seg.text)
			}
		}
	}
	if joined.String() != word {
		t.Errorf("the broken word reads %q, want %q", joined.String(), word)
	}
}

func TestWrapKeepsLineBreaksAndStyles(t *testing.T) {
	m := testMeasurer(t)
	lines := m.wrap([]run{{text: "Blindfold", bold: true}, {text: " \u2014 Sam gives\nA note", colour: muted}}, 9, 400)
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2 (the text has a line break)", len(lines))
	}
	first := lines[0]
	if len(first) != 2 || first[0].text != "Blindfold" || !first[0].bold || first[1].text != "\u2014 Sam gives" || first[1].bold {
		t.Errorf("first line = %+v, want a bold name and then the rest in regular", first)
	}
	if first[1].x <= first[0].x+first[0].w {
		t.Error("no space between the bold name and what follows")
	}
	if len(lines[1]) != 1 || lines[1][0].text != "A note" {
		t.Errorf("second line = %+v, want \"A note\"", lines[1])
	}
}

// textOps is a column of n lines, each h points tall, from y.
func textOps(x, y, h float64, n int) []op {
	var out []op
	for i := range n {
		out = append(out, op{kind: opText, x: x, y: y + float64(i)*h, h: h, text: "line"})
	}
	return out
}

func TestPaginateNeverCutsABoxOrAKeptGroup(t *testing.T) {
	// Ten lines of 10 pt; lines 5 to 7 sit in a box; the page holds 65 pt.
	ops := textOps(0, 0, 10, 10)
	box := op{kind: opRect, y: 50, h: 30, w: 100}
	ops = append(ops, box)
	got, pages := paginate(ops, 65, 65)
	if pages != 2 {
		t.Fatalf("%d pages, want 2", pages)
	}
	for _, p := range got {
		if p.op.kind == opRect && p.page != 1 {
			t.Error("the box did not move to the second page whole")
		}
		if p.op.kind == opText && p.op.y+p.op.h > 65.01 {
			t.Errorf("a line ends at %.0f pt, below the page's room", p.op.y+p.op.h)
		}
	}
	onFirst := 0
	for _, p := range got {
		if p.page == 0 {
			onFirst++
		}
	}
	if onFirst != 5 {
		t.Errorf("%d lines on the first page, want the 5 above the box", onFirst)
	}
}

func TestPaginatePlacesEveryOpOnceAndInRoom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 100 {
		// Two columns with different line heights, some kept groups.
		ops := append(textOps(0, 0, 11.5, 5+r.IntN(80)), textOps(200, 3, 9.3, 5+r.IntN(80))...)
		for range r.IntN(6) {
			y := r.Float64() * 500
			ops = append(ops, op{kind: opGlue, y: y, h: 10 + r.Float64()*30})
		}
		room := 100 + r.Float64()*300
		got, pages := paginate(ops, room, room-20)
		if len(got) != len(ops) {
			t.Fatalf("case %d: %d ops placed, want %d", n, len(got), len(ops))
		}
		for _, p := range got {
			limit := room - 20
			if p.page == 0 {
				limit = room
			}
			if p.page >= pages || p.op.y < -0.01 || p.op.bottom() > limit+0.01 {
				t.Fatalf("case %d: an op at %.1f-%.1f on page %d of %d (room %.0f)", n, p.op.y, p.op.bottom(), p.page, pages, limit)
			}
		}
	}
}

func TestScalesStayReadable(t *testing.T) {
	s := scales()
	if s[0] != 1 {
		t.Errorf("the first scale tried is %.2f, want 1", s[0])
	}
	for i := 1; i < len(s); i++ {
		if s[i] >= s[i-1] {
			t.Errorf("scales do not shrink step by step: %v", s)
		}
	}
	if last := s[len(s)-1]; last*bodySize < minBodySize-0.001 || (last-0.05)*bodySize >= minBodySize {
		t.Errorf("the smallest scale %.2f gives a %.2f pt body; want the smallest step at or above %.1f pt", last, last*bodySize, minBodySize)
	}
}
