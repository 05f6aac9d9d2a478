package printout

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/negotiation"
)

// printedOn is the date in the footer of the test printouts.
var printedOn = time.Date(2026, 11, 22, 9, 30, 0, 0, time.UTC)

// firstScene is what a careful couple would write for their first scene
// together: Zoë receives, Renée gives; five activities, three hard and two
// soft limits each, every part filled in.
func firstScene() negotiation.Document {
	people := []negotiation.Participant{
		{ID: "z", Name: "Zoë", Pronouns: "she/her"},
		{ID: "r", Name: "Renée", Pronouns: "she/they"},
	}
	d := negotiation.FirstScene(people, time.Date(2026, 11, 20, 18, 40, 0, 0, time.UTC))
	d.SceneOn = time.Date(2026, 11, 28, 20, 0, 0, 0, time.UTC)
	d.DebriefOn = time.Date(2026, 11, 30, 19, 0, 0, 0, time.UTC)
	d.AgreedOn = time.Date(2026, 11, 21, 11, 0, 0, 0, time.UTC)
	giveReceive := func(a negotiation.Activity, note string) negotiation.Activity {
		a.Givers, a.Receivers, a.Note = []string{"r"}, []string{"z"}, note
		return a
	}
	d.Scene.Activities = []negotiation.Activity{
		giveReceive(negotiation.CustomActivity("Blindfold", negotiation.StatusYes), ""),
		giveReceive(negotiation.CustomActivity("Wrist cuffs", negotiation.StatusYes), "Padded cuffs, hands in front; the key stays on the bedside table."),
		giveReceive(negotiation.CustomActivity("Feather and ice", negotiation.StatusYes), ""),
		giveReceive(negotiation.Activity{ID: "flogging", Name: "Light flogging with the suede flogger", Status: negotiation.StatusTry, Marks: true},
			"Upper back only; we check in after the first few strokes."),
		negotiation.CustomActivity("Rope bondage", negotiation.StatusNotThisTime),
		negotiation.CustomActivity("Gags", negotiation.StatusNotThisTime),
	}
	// Zoë's own list puts conditions on two of them (issue 17): the
	// editor copies them in, and the page prints them.
	d.SetConditions("z", map[string][]checklist.Condition{
		"flogging":               {{OnlyWith: "Renée", UpTo: checklist.Gently}},
		d.Scene.Activities[1].ID: {{AfterTalking: true}},
	})
	d.Scene.SetDuration("About 30 minutes, then we stop either way")
	d.Scene.Setting = negotiation.Setting{Place: "our flat", Room: "the bedroom", Around: "nobody else home; phones on silent"}
	d.Scene.Roles = []negotiation.Role{
		{ParticipantID: "r", Role: "leading", Meaning: "Sets the pace and checks in often."},
		{ParticipantID: "z", Role: "following", Meaning: "Says how it feels at any moment."},
	}
	d.Participants[0].Limits = negotiation.Limits{
		Hard: []negotiation.LimitItem{
			{Text: "Anything around the neck"},
			{Text: "Anything over the mouth or nose"},
			{Text: "Being left alone while restrained, even for a moment"},
		},
		Soft: []negotiation.LimitItem{
			{Text: "Spanking", Condition: "light and over clothes would be fine; not this time"},
			{Text: "Name-calling", Condition: "pet names are lovely, nothing unkind"},
		},
	}
	d.Participants[1].Limits = negotiation.Limits{
		Hard: []negotiation.LimitItem{
			{Text: "Photos or recordings of any kind"},
			{Text: "Needles or anything that breaks the skin"},
			{Text: "Being struck, even playfully"},
		},
		Soft: []negotiation.LimitItem{
			{Text: "Giving orders", Condition: "happy to try a little; more after we have talked it over"},
			{Text: "Role play as strangers", Condition: "maybe once we have done this a few times"},
		},
	}
	d.Safewords = negotiation.Safewords{TrafficLight: true, Word: "Pineapple", Signal: "Dropping the little bell, or three firm taps on Renée's arm"}
	d.Participants[0].Aftercare = negotiation.Aftercare{
		Immediate:  negotiation.Care{What: "Cuffs off first, then water, my big blanket and a long cuddle; no talking it over yet", By: []string{"r"}},
		ShortTerm:  negotiation.Care{What: "A message in the morning, breakfast together and a slow day", By: []string{"r"}},
		LongerTerm: negotiation.Care{What: "A check-in on Sunday evening; I will say if I feel low", By: []string{"r", "z"}},
	}
	d.Participants[1].Aftercare = negotiation.Aftercare{
		Immediate:  negotiation.Care{What: "A glass of water and a quiet few minutes holding Zoë", By: []string{"z"}},
		ShortTerm:  negotiation.Care{What: "Hearing from Zoë that she is all right and what she liked", By: []string{"z"}},
		LongerTerm: negotiation.Care{What: "Time at the debrief to say how it felt from my side", By: []string{"z"}},
	}
	d.Participants[0].Physical = "Old left shoulder injury: arms stay below shoulder height. Cold hands, so a blanket within reach."
	d.Participants[0].Emotional = negotiation.Emotional{Topics: "Work; it is a stressful month.", Words: "Nothing about my weight or my body's size.", Notes: "A little nervous, mostly excited."}
	d.Participants[1].Physical = "Asthma: the inhaler stays on the bedside table."
	d.Participants[0].Intoxication = "Nothing"
	d.Participants[1].Intoxication = "Nothing; we stay sober"
	d.Participants[1].Emotional = negotiation.Emotional{Words: "Please don't call me \u201cboss\u201d.", Notes: "Keen that Zoë feels safe the whole time."}
	return d
}

// hugeDoc is firstScene with forty activities and long notes everywhere:
// too much for one page at any readable size.
func hugeDoc() negotiation.Document {
	d := firstScene()
	long := strings.Repeat("A long note about how this should go, written with care so nothing is forgotten. ", 4)
	statuses := []negotiation.Status{negotiation.StatusYes, negotiation.StatusTry, negotiation.StatusNotThisTime}
	for i := range 40 {
		a := negotiation.CustomActivity(fmt.Sprintf("Activity number %d", i+1), statuses[i%3])
		a.Givers, a.Receivers, a.Note = []string{"r"}, []string{"z"}, long
		d.Scene.Activities = append(d.Scene.Activities, a)
	}
	for i := range d.Participants {
		p := &d.Participants[i]
		p.Physical += " " + long
		p.Emotional.Notes += " " + long
		for j := range 6 {
			p.Limits.Hard = append(p.Limits.Hard, negotiation.LimitItem{Text: fmt.Sprintf("Extra hard limit %d for %s, written out at some length so it wraps", j+1, p.Name)})
		}
	}
	return d
}

// Pieces of random documents: names and limits with accents, as people
// write them.
var (
	randomNames  = []string{"Zoë", "Renée", "José", "Łukasz", "Siân", "Dagný", "Ana", "Chloé", "Māui", "Ines", "Øyvind", "Beatriz"}
	randomWords  = []string{"façade", "crème", "naïve", "rôle", "tête-à-tête", "soirée", "piñata", "déjà", "über", "smörgås", "touch", "hair", "pulling", "cold", "wax", "rope", "ropes", "tickling", "leash", "hood", "marks", "bruises", "public", "photos", "mirror", "ice", "heat", "scratching", "biting", "blindfold"}
	randomStatus = []negotiation.Status{negotiation.StatusYes, negotiation.StatusTry, negotiation.StatusNotThisTime, ""}
)

// randomPhrase is 1 to n words, the first with a capital.
func randomPhrase(r *rand.Rand, n int) string {
	k := 1 + r.IntN(n)
	ws := make([]string, k)
	for i := range ws {
		ws[i] = randomWords[r.IntN(len(randomWords))]
	}
	return upperFirst(strings.Join(ws, " "))
}

// randomDoc is a document for 2 to 4 people with random limits and
// activities.
func randomDoc(r *rand.Rand) negotiation.Document {
	n := 2 + r.IntN(3)
	var people []negotiation.Participant
	perm := r.Perm(len(randomNames))
	for i := range n {
		p := negotiation.Participant{ID: fmt.Sprintf("p%d", i+1), Name: randomNames[perm[i]]}
		for range 1 + r.IntN(5) {
			p.Limits.Hard = append(p.Limits.Hard, negotiation.LimitItem{Text: randomPhrase(r, 9)})
		}
		for range r.IntN(4) {
			p.Limits.Soft = append(p.Limits.Soft, negotiation.LimitItem{Text: randomPhrase(r, 4), Condition: randomPhrase(r, 8)})
		}
		people = append(people, p)
	}
	d := negotiation.New(people, time.Date(2026, 3, 1+r.IntN(28), 12, 0, 0, 0, time.UTC))
	for range r.IntN(9) {
		a := negotiation.CustomActivity(randomPhrase(r, 4), randomStatus[r.IntN(len(randomStatus))])
		a.Givers = []string{people[r.IntN(n)].ID}
		a.Receivers = []string{people[r.IntN(n)].ID}
		d.Scene.Activities = append(d.Scene.Activities, a)
	}
	d.Safewords.Word = randomPhrase(r, 1)
	return d
}

// groupScene is firstScene with more people: José, then Siân, each with
// limits, aftercare and notes of their own.
func groupScene(n int) negotiation.Document {
	d := firstScene()
	extra := []negotiation.Participant{
		{ID: "j", Name: "José", Pronouns: "he/him",
			Limits: negotiation.Limits{
				Hard: []negotiation.LimitItem{{Text: "Anything with a blade"}, {Text: "Being filmed"}},
				Soft: []negotiation.LimitItem{{Text: "Tickling", Condition: "only feet, only briefly"}},
			},
			Aftercare: negotiation.Aftercare{Immediate: negotiation.Care{What: "A cup of tea and a chat", By: []string{"r"}}},
			Physical:  "Bad knee: no kneeling for long."},
		{ID: "s", Name: "Siân", Pronouns: "she/her",
			Limits: negotiation.Limits{Hard: []negotiation.LimitItem{{Text: "Hair pulling"}}},
		},
	}
	d.Participants = append(d.Participants, extra[:n-2]...)
	// From the group's comparison, what only a pair wants (issue 17): one
	// still to choose, one the group chose.
	spank := negotiation.Activity{ID: "impact.hand-spanking", Name: "Spanking with the hand", Status: negotiation.StatusNotThisTime,
		Givers: []string{"r"}, Receivers: []string{"j"}, Marks: true}
	d.AddWantedBy(d.AddActivity(spank), "r", "j")
	massage := negotiation.Activity{ID: "touch.massage", Name: "Massage", Status: negotiation.StatusYes, Givers: []string{"j"}, Receivers: []string{"z"}}
	d.AddWantedBy(d.AddActivity(massage), "z", "j")
	return d
}

// partyGagAlone is issue 13's play party: a ball gag, and Ash leaving
// Kit alone to fetch a drink; nobody outside knows where they are.
func partyGagAlone() negotiation.Document {
	d := negotiation.PlayParty([]negotiation.Participant{{ID: "a", Name: "Ash"}, {ID: "k", Name: "Kit"}}, time.Date(2026, 11, 20, 18, 0, 0, 0, time.UTC))
	give := func(a negotiation.Activity) negotiation.Activity {
		a.Givers, a.Receivers = []string{"a"}, []string{"k"}
		return a
	}
	d.Scene.Activities = []negotiation.Activity{
		give(negotiation.Activity{ID: "restraint.wrist-cuffs", Name: "Wrist cuffs", Status: negotiation.StatusYes, Risk: catalog.RiskLow}),
		give(negotiation.Activity{ID: "sensory-deprivation.ball-gag", Name: "Ball gag", Status: negotiation.StatusYes, Risk: catalog.RiskMedium, LimitsSpeech: true}),
		give(negotiation.Activity{ID: "restraint.left-alone", Name: "Left alone while restrained", Status: negotiation.StatusYes, Risk: catalog.RiskHigh,
			Note: "Ash goes to the bar for a drink while Kit waits"}),
	}
	d.Scene.SetDuration("about 30 minutes")
	d.SceneOn = time.Date(2026, 11, 28, 21, 0, 0, 0, time.UTC)
	d.Safewords = negotiation.Safewords{TrafficLight: true, Word: "Rhubarb", Signal: "Three grunts"}
	d.Extraction = negotiation.Extraction{Signal: "Saying 'I need some air'", HandledBy: []string{"a"}}
	for i := range d.Participants {
		d.Participants[i].Physical, d.Participants[i].Intoxication = "None", "A couple of drinks at the party"
		d.Participants[i].Aftercare.Immediate = negotiation.Care{What: "Somewhere quiet to sit with water", By: []string{"a", "k"}}
	}
	return d
}

// unwellToday is firstScene on the day, with Renée unwell and short of
// sleep and Zoë fine.
func unwellToday() negotiation.Document {
	d := firstScene()
	d.Participants[0].Today = negotiation.SceneDay{Fine: true}
	d.Participants[1].Today = negotiation.SceneDay{Unwell: true, Exhausted: true, Note: "a cold since Tuesday"}
	return d
}

// firstSceneHighRisk is firstScene with tape over the mouth to try (a
// high-risk activity) in place of the flogging, and no hard limit
// against it.
func firstSceneHighRisk() negotiation.Document {
	d := firstScene()
	d.Scene.Activities[3] = negotiation.Activity{ID: "sensory-deprivation.tape-gag", Name: "Tape over the mouth", Status: negotiation.StatusTry,
		Risk: catalog.RiskHigh, LimitsSpeech: true, Givers: []string{"r"}, Receivers: []string{"z"}, Note: "Only for a minute or two; the shears stay on the bedside table."}
	d.Participants[0].Limits.Hard = d.Participants[0].Limits.Hard[:1]
	return d
}

// upperFirst upper-cases the first letter.
func upperFirst(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
