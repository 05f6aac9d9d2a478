package kinklist_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/kinklist"
)

// Issue 17: a test fails on any unmapped item of the bundled default list.
func TestEveryItemOfTheDefaultListHasALine(t *testing.T) {
	tab := defaultTable(t)
	for _, c := range tab.Missing(defaultList(t)) {
		t.Errorf("%s has no line in v1.0.2-map.txt", key(c))
	}
	if !strings.HasPrefix(tab.List, "v1.0.2 9f59641c") {
		t.Errorf("table names list %q", tab.List)
	}
}

// Issue 17 asks that an import lose nothing: every item of the default list
// maps, except what consent or the law rules out. A left-out item whose
// reason is anything but about-who, sober, asleep or never fails here.
func TestOnlySafetyReasonsLeaveADefaultItemOut(t *testing.T) {
	safety := map[kinklist.Reason]bool{kinklist.AboutWho: true, kinklist.Sober: true, kinklist.Asleep: true, kinklist.Never: true}
	tab, l := defaultTable(t), defaultList(t)
	for _, c := range tab.Missing(l) {
		t.Errorf("%s has no line in v1.0.2-map.txt", key(c))
	}
	left := map[kinklist.Reason]int{}
	for _, o := range tab.LeftOut(l) {
		left[o.Reason]++
		if !safety[o.Reason] {
			t.Errorf("%s is left out as %q, which is not a safety reason: give it an activity", key(o.Choice), o.Reason)
		}
	}
	// body types, drugs and alcohol, sleep, bestiality and necrophilia,
	// each once per KinkList column
	if left[kinklist.AboutWho] == 0 || left[kinklist.Sober] == 0 || left[kinklist.Asleep] == 0 || left[kinklist.Never] == 0 {
		t.Errorf("left out: %v; want body types, drugs or alcohol, sleep and the two that are never listed", left)
	}
}

// Every reason an item is left out has a sentence of its own.
func TestEveryReasonHasItsOwnSentence(t *testing.T) {
	seen := map[string]kinklist.Reason{}
	for _, r := range []kinklist.Reason{kinklist.AboutWho, kinklist.Never, kinklist.Sober,
		kinklist.Asleep, kinklist.Unknown, kinklist.Doubtful, kinklist.Skipped} {
		s := r.Sentence()
		if !isSentence(s) {
			t.Errorf("%s: %q is not a sentence", r, s)
		}
		if other, ok := seen[s]; ok {
			t.Errorf("%s and %s share a sentence", r, other)
		}
		seen[s] = r
	}
}

func describe(p kinklist.Proposed) string {
	s := fmt.Sprintf("%s/%s=%s", p.Key.Activity, p.Key.Direction, p.Answer)
	if p.Note != "" {
		s += " (noted)"
	}
	return s
}

// A realistic export made by KinkList's own code, imported into an empty
// checklist with the default levels: exactly these answers are proposed,
// and exactly these answered items are shown as not brought in.
func TestImportRealExportProposesExactlyThis(t *testing.T) {
	e := readExport(t, "export-realistic.json")
	choices, err := kinklist.Decode(e.Code, defaultList(t))
	if err != nil {
		t.Fatal(err)
	}
	p := kinklist.NewPreview(choices, defaultTable(t), kinklist.DefaultLevels(), checklist.NewSheet(), shippedCatalog(t))
	want := []string{
		"restraint.wrist-cuffs/giving=maybe", "restraint.wrist-cuffs/receiving=yes",
		"restraint.ankle-cuffs/giving=maybe", "restraint.ankle-cuffs/receiving=yes",
		"impact.hand-spanking/giving=maybe", "impact.hand-spanking/receiving=yes",
		"impact.cane/receiving=no",
		"sensation.wax/receiving=maybe",
		"sensation.tickling/receiving=yes",
		"sensory-deprivation.cloth-gag/receiving=maybe", "sensory-deprivation.ball-gag/receiving=maybe",
		"breath.face-sitting/giving=maybe",
		"power-exchange.collar/receiving=yes",
		"verbal.commands/receiving=yes",
		"exhibition.another-person/together=no (noted)",
		"dress.lingerie/together=yes (noted)", "dress.latex/together=no",
		"body.urine-play/giving=no", "body.urine-play/receiving=no",
		"touch.caressing/giving=yes", "touch.caressing/receiving=yes",
		"touch.teasing-touch/receiving=maybe",
	}
	var got []string
	for _, a := range p.Answers {
		got = append(got, describe(a))
		if a.Answer == checklist.HardLimit {
			t.Errorf("%s proposed as a hard limit, which the person never chose", a.Key.Activity)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("proposed:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantLeft := []string{
		"Bodies|Chubby|General: about-who",
		"Domination|Orgasm control|Submissive: doubtful", "Domination|Orgasm denial|Submissive: doubtful",
		"No consent|Drugs / alcohol|Target: doubtful",
		"No consent|Sleep play|Target: asleep",
		"Taboo|Bestiality|General: never",
	}
	var left []string
	for _, l := range p.Left {
		left = append(left, key(l.Choice)+": "+string(l.Reason))
		if l.Choice.Level.String() != e.want(l.Choice) {
			t.Errorf("%s shown as %s, the person gave %s", key(l.Choice), l.Choice.Level, e.want(l.Choice))
		}
	}
	if strings.Join(left, "\n") != strings.Join(wantLeft, "\n") {
		t.Errorf("left out:\n%s\nwant:\n%s", strings.Join(left, "\n"), strings.Join(wantLeft, "\n"))
	}
	if n := 202 - len(e.Levels); p.NotEntered != n {
		t.Errorf("%d not entered, want %d", p.NotEntered, n)
	}
}

// Two items meeting in one answer: the careful level wins and the note
// keeps both.
func TestItemsMeetingInOneAnswerKeepTheCarefulLevelAndANote(t *testing.T) {
	e := readExport(t, "export-realistic.json")
	choices, _ := kinklist.Decode(e.Code, defaultList(t))
	p := kinklist.NewPreview(choices, defaultTable(t), kinklist.DefaultLevels(), checklist.NewSheet(), shippedCatalog(t))
	for _, a := range p.Answers {
		if a.Key.Activity == "exhibition.another-person" {
			if a.Answer != checklist.No {
				t.Errorf("Like and No met as %s, want Not now", a.Answer)
			}
			want := "From KinkList: You and 1 male (General): No; You and 1 female (General): Like."
			if a.Note != want {
				t.Errorf("note %q, want %q", a.Note, want)
			}
			return
		}
	}
	t.Fatal("exhibition.another-person not proposed")
}

func TestHardLimitOnlyWhenThePersonChoosesIt(t *testing.T) {
	choices, _ := kinklist.Decode(readExport(t, "export-full.json").Code, defaultList(t))
	tab, cat := defaultTable(t), shippedCatalog(t)
	for level, a := range kinklist.DefaultLevels() {
		if a == checklist.HardLimit {
			t.Errorf("the default makes %s a hard limit", level)
		}
	}
	levels := kinklist.DefaultLevels()
	levels[kinklist.No] = checklist.HardLimit // the person's own choice on the screen
	hard := 0
	for _, a := range kinklist.NewPreview(choices, tab, levels, checklist.NewSheet(), cat).Answers {
		if a.Answer == checklist.HardLimit {
			hard++
			for _, c := range a.From {
				if c.Level == kinklist.No {
					goto ok
				}
			}
			t.Errorf("%s is a hard limit without any No behind it", a.Key.Activity)
		ok:
		}
	}
	if hard == 0 {
		t.Error("the person chose No = hard limit, yet none was proposed")
	}
}

func TestALevelLeftOutOfTheMapIsNotBroughtIn(t *testing.T) {
	choices, _ := kinklist.Decode(readExport(t, "export-full.json").Code, defaultList(t))
	levels := kinklist.DefaultLevels()
	delete(levels, kinklist.Okay)
	p := kinklist.NewPreview(choices, defaultTable(t), levels, checklist.NewSheet(), shippedCatalog(t))
	skipped := 0
	for _, l := range p.Left {
		if l.Reason == kinklist.Skipped {
			skipped++
			if l.Choice.Level != kinklist.Okay {
				t.Errorf("%s (%s) skipped", key(l.Choice), l.Choice.Level)
			}
		}
	}
	for _, a := range p.Answers {
		for _, c := range a.From {
			if c.Level == kinklist.Okay {
				t.Errorf("%s brought in from an Okay the person left out", a.Key.Activity)
			}
		}
	}
	if skipped == 0 {
		t.Error("no Okay was shown as left out")
	}
}

// What the person already answered in Parley stays unless they choose to
// replace it; their own note is never overwritten.
func TestConfirmKeepsWhatThePersonAlreadyAnswered(t *testing.T) {
	choices, _ := kinklist.Decode(readExport(t, "export-realistic.json").Code, defaultList(t))
	sheet := checklist.NewSheet()
	cane := checklist.Key{Activity: "impact.cane", Direction: checklist.Receiving}
	wax := checklist.Key{Activity: "sensation.wax", Direction: checklist.Receiving}
	sheet.Put(cane, checklist.Entry{Answer: checklist.HardLimit, Note: "never, old injury"})
	sheet.Put(wax, checklist.Entry{Answer: checklist.Yes, Tried: true, Note: "soy candles only"})
	p := kinklist.NewPreview(choices, defaultTable(t), kinklist.DefaultLevels(), sheet, shippedCatalog(t))
	for i := range p.Answers {
		if p.Answers[i].Key == wax {
			p.Answers[i].Replace = true // the person ticks "replace" for wax only
		}
	}
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	writes := map[checklist.Key]kinklist.Write{}
	for _, w := range p.Confirm(now).Writes() {
		writes[w.Key] = w
	}
	if _, ok := writes[cane]; ok {
		t.Error("the import overwrote a hard limit the person did not choose to replace")
	}
	w, ok := writes[wax]
	switch {
	case !ok:
		t.Fatal("wax was chosen for replacing but not written")
	case w.Entry.Answer != checklist.Maybe || w.Entry.Note != "soy candles only" || !w.Entry.Tried || !w.Entry.Changed.Equal(now):
		t.Errorf("wax written as %+v", w.Entry)
	case w.Change == nil || w.Change.From != checklist.Yes || w.Change.To != checklist.Maybe:
		t.Errorf("wax change %+v", w.Change)
	}
	if len(writes) != len(p.Answers)-1 {
		t.Errorf("%d writes for %d proposed answers, one kept", len(writes), len(p.Answers))
	}
}

// A person who edited their KinkList pastes their own list text: items the
// default list also has map by name, the others are shown as unknown.
func TestAnEditedListMapsWhatTheDefaultListHas(t *testing.T) {
	data, err := os.ReadFile("../../assets/kinklist/v1.0.2-list.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), "* Lingerie\n", "* Lingerie\n* Silk scarves\n", 1)
	text = strings.Replace(text, "* Tickling\n", "* Feather tickling\n", 1)
	own, err := kinklist.ParseList(text)
	if err != nil {
		t.Fatal(err)
	}
	levels := make([]int, own.Slots())
	for i := range levels {
		levels[i] = 2 // Like, everywhere
	}
	choices, err := kinklist.Decode(encode(levels), own)
	if err != nil {
		t.Fatal(err)
	}
	p := kinklist.NewPreview(choices, defaultTable(t), kinklist.DefaultLevels(), checklist.NewSheet(), shippedCatalog(t))
	unknown := map[string]bool{}
	for _, l := range p.Left {
		if l.Reason == kinklist.Unknown {
			unknown[key(l.Choice)] = true
		}
	}
	for _, k := range []string{"Clothing|Silk scarves|Self", "Clothing|Silk scarves|Partner", "Touch & Stimulation|Feather tickling|Actor", "Touch & Stimulation|Feather tickling|Subject"} {
		if !unknown[k] {
			t.Errorf("%s is not shown as unknown", k)
		}
	}
	if len(unknown) != 4 {
		t.Errorf("%d unknown items, want 4: %v", len(unknown), unknown)
	}
	found := false
	for _, a := range p.Answers {
		if a.Key.Activity == "dress.lingerie" && a.Answer == checklist.Yes {
			found = true
		}
	}
	if !found {
		t.Error("Lingerie, in the edited list too, was not brought in")
	}
}
