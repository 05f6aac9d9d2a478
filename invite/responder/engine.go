package responder

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
)

// Answer is one answer the page sends to the engine: an activity ID, a
// direction and an answer, in checklist's storage names ("giving", "yes").
type Answer struct {
	Activity  string `json:"activity"`
	Direction string `json:"direction"`
	Answer    string `json:"answer"`
}

// Sheet builds the checklist sheet the responder's tokens come from. Answers
// to activities not in c, or in a direction the activity does not have, are
// left out here exactly as match.Tokens would leave them out.
func Sheet(c *catalog.Catalog, answers []Answer) *checklist.Sheet {
	s := checklist.NewSheet()
	for _, a := range answers {
		act, ok := c.Activity(a.Activity)
		ans := checklist.ParseAnswer(a.Answer)
		if !ok || act.Custom || ans == checklist.Unanswered {
			continue
		}
		s.Put(checklist.Key{Activity: act.ID, Direction: checklist.ParseDirection(a.Direction)},
			checklist.Entry{Answer: ans})
	}
	return s
}

// Choices is which tiers beside yes the partner ticked on the page:
// "compare maybes too" and "compare fantasies too". Each is compared only
// if the starter chose it as well (domain/match decides, not the page).
type Choices struct {
	Maybes    bool `json:"maybes"`
	Fantasies bool `json:"fantasies"`
}

// Respond is the responder's step as the page runs it: the very
// match.Respond that Parley's Compare screen calls, on a sheet built from
// the page's answers. It returns the reply code to copy and the responder's
// pending state (secrets: it stays in the page's memory, or in a
// passphrase-sealed progress file).
func Respond(rnd io.Reader, c *catalog.Catalog, answers []Answer, choose Choices, invitation []byte, now time.Time) (reply []byte, pending []byte, err error) {
	inv, err := match.DecodeInvitation(invitation)
	if err != nil {
		return nil, nil, err
	}
	me := match.Person{Sheet: Sheet(c, answers), Maybes: choose.Maybes, Fantasies: choose.Fantasies}
	p, r, err := match.Respond(rnd, c, me, inv, now)
	if err != nil {
		return nil, nil, err
	}
	state, err := p.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	return r.Encode(), state, nil
}

// Complete is the responder's last step: it reads the starter's result code
// with match's own Complete and returns what the page shows.
func Complete(c *catalog.Catalog, pending []byte, final []byte, now time.Time) (View, error) {
	f, err := match.DecodeFinal(final)
	if err != nil {
		return View{}, err
	}
	var p match.Pending
	if err := p.UnmarshalBinary(pending); err != nil {
		return View{}, err
	}
	q, err := match.Lookup([]*match.Pending{&p}, f.Session, match.Responder)
	if err != nil {
		return View{}, err
	}
	res, err := q.Complete(f, now)
	if err != nil {
		return View{}, err
	}
	return ViewOf(c, res, match.Responder), nil
}

// View is a comparison result as the page shows it; ViewOf builds the same
// from the starter's Result, so a test can hold the two side by side. It
// holds no words: sections, notes and roles are the page's message names,
// and the page writes them (and the activities' names) in whichever
// language it shows at the moment, so switching language redraws it.
type View struct {
	Fingerprint string    `json:"fingerprint"`
	Sections    []Section `json:"sections"`
	// Notes are messages about the exchange (over-claims, tiers not
	// compared), by the page's message name ("result.no-maybes").
	Notes []string `json:"notes"`
	// Counts is how many yes answers each side sent.
	Counts Counts `json:"counts"`
}

// Counts are the yes answers each side sent, from the reader's side.
type Counts struct {
	Mine   int `json:"mine"`
	Theirs int `json:"theirs"`
}

// Section is one list of matches: "both-yes", "worth-talking", "fantasy";
// the page's messages "result.<id>" and "result.<id>.empty" name it.
type Section struct {
	ID    string `json:"id"`
	Items []Item `json:"items"`
}

// Item is one match. Roles is "together", "you-give" or "they-give" (the
// page's "roles.<name>").
type Item struct {
	Activity string `json:"activity"`
	Slot     string `json:"slot"`
	Roles    string `json:"roles"`
}

// ViewOf turns a Result into the page's view, seen from role's side (the
// page is the responder; "you" and "they" swap for the starter). The lists
// are Result's lists in order: a tier that domain/match adds brings its
// own list in Result, and its section is added here, in this one place.
func ViewOf(c *catalog.Catalog, res match.Result, role match.Role) View {
	v := View{Fingerprint: res.Fingerprint, Notes: []string{}}
	v.Sections = append(v.Sections, section("both-yes", res.BothYes, role))
	if res.MaybesCompared {
		v.Sections = append(v.Sections, section("worth-talking", res.WorthTalking, role))
	} else {
		v.Notes = append(v.Notes, "result.no-maybes")
	}
	if res.FantasiesCompared {
		v.Sections = append(v.Sections, section("fantasy", res.Fantasy, role))
	} else {
		v.Notes = append(v.Notes, "result.no-fantasies")
	}
	mine, theirs := res.ResponderCount, res.StarterCount
	mineOver, theirsOver := res.ResponderOverClaims, res.StarterOverClaims
	if role == match.Starter {
		mine, theirs, mineOver, theirsOver = theirs, mine, theirsOver, mineOver
	}
	if theirsOver {
		v.Notes = append(v.Notes, "result.they-overclaim")
	}
	if mineOver {
		v.Notes = append(v.Notes, "result.you-overclaim")
	}
	v.Counts = Counts{Mine: mine.Yes, Theirs: theirs.Yes}
	return v
}

func section(id string, ms []match.Match, role match.Role) Section {
	s := Section{ID: id, Items: []Item{}}
	for _, m := range ms {
		s.Items = append(s.Items, Item{Activity: m.Activity, Slot: string(m.Slot), Roles: roles(m.Slot, role)})
	}
	return s
}

// roles says who gives, from the side of the person reading.
func roles(slot match.Slot, role match.Role) string {
	mineGives := (slot == match.SlotResponderGives) == (role == match.Responder)
	switch {
	case slot == match.SlotTogether:
		return "together"
	case mineGives:
		return "you-give"
	}
	return "they-give"
}

// mustJSON encodes v, which is always one of this package's plain types.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("responder: encoding %T: %v", v, err))
	}
	return b
}
