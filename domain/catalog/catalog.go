// Package catalog describes the activities a person can rate in the checklist.
//
// The catalog is data (assets/catalog.json, embedded in the binary) with a
// version string. Activity IDs are stable for ever: an activity can be
// renamed or reworded, but an ID that has been released never disappears,
// because answers, comparison tokens and negotiation documents refer to it.
// Activities a person adds themselves are custom activities; their ID is
// "custom:" followed by their normalised name (see CustomID).
//
// Risk of custom activities: Parley cannot know how risky something a
// person typed is, so a custom activity shows "Risk not known"
// (RiskUnknown) until the person chooses a level when adding it
// (RiskChosen). Custom activities saved before catalog 2026.2 carry "low"
// only because the old add dialog wrote it without asking, so without
// RiskChosen they too are read as RiskUnknown. A shipped activity is
// never RiskUnknown (Check refuses it).
//
// The version string goes into every comparison token (DESIGN.md), and
// the comparison refuses an invitation whose catalog version differs from
// its own, with a sentence telling the older side to update (domain/match,
// OtherCatalog). Decision for 2026.2: keep that refusal rather than let
// 2026.1 and 2026.2 compare. The answers to old IDs would still match, but
// the new activities and changed flags (tickling and oral sex now limit
// speech, tickling is no longer low risk) would be silently missing on one
// side, and both people should see the same list with the same warnings.
// The cost is that both must update before comparing; nothing saved is
// lost, and answers stay under their IDs. 2026.3 (issue 17) adds thirteen
// activities so that every item of KinkList's default list has a place
// (see domain/kinklist and assets/kinklist/v1.0.2-map.txt) and keeps the
// same refusal, for the same reason. 2026.4 adds seven more (family, age,
// race and infidelity role play, scat, nappies, glory hole), so that only
// what consent or the law rules out stays unmapped, and keeps it too: a
// 2026.3 and a 2026.4 Parley refuse each other with the update sentence,
// and two 2026.4s compare as before (the protocol puts the version in
// every token and compares nothing else about it).
//
// Speech flag (LimitsSpeech): set wherever the mouth or the breath is busy
// enough that a safeword may not come out, so the review asks for a signal
// that needs no words: gags, hoods, tape, the breath and neck entries,
// tickling (laughter takes the breath and the words) and, from 2026.2, oral
// sex (the person using their mouth cannot easily speak; the flag is per
// activity, so it covers both sides, which errs towards asking).
//
// Changing an activity's kind would orphan saved answers (they are keyed by
// ID and direction), so a kind is never changed on a released ID: when an
// activity needs directions it did not have, a new give-receive ID is added
// beside the old one (touch.intercourse stays "together"; the sides are
// touch.penetrative-sex).
package catalog

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Kind says whether an activity has a direction.
type Kind string

const (
	// Together: both people do it with each other; there is no giver or receiver.
	Together Kind = "together"
	// GiveReceive: one person gives (does it), the other receives (has it done to them).
	// Where nothing is done to a body (rules, titles, most role play), the
	// giver is the one who leads: who sets the rule or plays the part in charge.
	GiveReceive Kind = "give-receive"
)

// Risk is a coarse, risk-aware (RACK) level: nothing is risk-free.
type Risk string

const (
	RiskLow    Risk = "low"
	RiskMedium Risk = "medium"
	RiskHigh   Risk = "high"
	// RiskUnknown is only ever a custom activity's: nobody has said yet.
	RiskUnknown Risk = "unknown"
)

// Category groups activities on the checklist screen.
type Category struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Activity is one thing a person can say yes, maybe or no to.
type Activity struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Description  string `json:"description"`
	Category     string `json:"category"`
	Kind         Kind   `json:"kind"`
	Risk         Risk   `json:"risk"`
	RiskNote     string `json:"risk_note,omitempty"`
	Marks        bool   `json:"marks,omitempty"`         // can leave marks (see the guide's legal note)
	LimitsSpeech bool   `json:"limits_speech,omitempty"` // needs a non-verbal signal
	NeedsSkill   bool   `json:"needs_skill,omitempty"`   // needs skill or prior experience
	// RiskChosen: the person chose Risk themselves (custom activities only).
	RiskChosen bool `json:"risk_chosen,omitempty"`
	Custom     bool `json:"-"` // added by a person, not shipped
	// Shared: a custom activity in everyone's list on this computer, not
	// only in the list of the person who added it.
	Shared bool `json:"shared,omitempty"`
}

// Catalog is a versioned list of categories and activities.
type Catalog struct {
	Version    string     `json:"version"`
	Categories []Category `json:"categories"`
	Activities []Activity `json:"activities"`
	// Retired lists IDs released earlier and since merged into another
	// activity: old ID -> current ID. Released IDs never simply vanish.
	Retired map[string]string `json:"retired,omitempty"`

	byID map[string]int
}

// Parse reads a catalog from its JSON form and checks it (see Check).
func Parse(data []byte) (*Catalog, error) {
	var c Catalog
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("catalog: %w", err)
	}
	if err := c.Check(); err != nil {
		return nil, err
	}
	c.index()
	return &c, nil
}

func (c *Catalog) index() {
	c.byID = make(map[string]int, len(c.Activities))
	for i, a := range c.Activities {
		c.byID[a.ID] = i
	}
}

// Check reports the first problem that would make the catalog unsafe to use:
// a missing field, a duplicate ID or name, an unknown category or kind, or a
// retired ID that leads nowhere.
func (c *Catalog) Check() error {
	if c.Version == "" {
		return fmt.Errorf("catalog: no version")
	}
	cats := map[string]bool{}
	for _, k := range c.Categories {
		if k.ID == "" || k.Name == "" {
			return fmt.Errorf("catalog: category %q lacks an ID or name", k.ID)
		}
		if cats[k.ID] {
			return fmt.Errorf("catalog: category %q twice", k.ID)
		}
		cats[k.ID] = true
	}
	ids, names := map[string]bool{}, map[string]bool{}
	for _, a := range c.Activities {
		switch {
		case a.ID == "" || a.Name == "" || a.Description == "":
			return fmt.Errorf("catalog: activity %q lacks an ID, name or description", a.ID)
		case strings.HasPrefix(a.ID, "custom:") || strings.Contains(a.ID, "|"):
			return fmt.Errorf("catalog: activity ID %q is not allowed", a.ID)
		case ids[a.ID]:
			return fmt.Errorf("catalog: activity ID %q twice", a.ID)
		case names[strings.ToLower(a.Name)]:
			return fmt.Errorf("catalog: activity name %q twice", a.Name)
		case !cats[a.Category]:
			return fmt.Errorf("catalog: activity %q has unknown category %q", a.ID, a.Category)
		case a.Kind != Together && a.Kind != GiveReceive:
			return fmt.Errorf("catalog: activity %q has unknown kind %q", a.ID, a.Kind)
		case !knownRisk(a.Risk):
			return fmt.Errorf("catalog: activity %q has unknown risk %q", a.ID, a.Risk)
		}
		ids[a.ID], names[strings.ToLower(a.Name)] = true, true
	}
	return c.checkRetired(ids)
}

// checkRetired makes sure every retired ID leads to a live activity and that
// no live activity is also listed as retired (its answers would be hidden).
func (c *Catalog) checkRetired(ids map[string]bool) error {
	for from, to := range c.Retired {
		if ids[from] {
			return fmt.Errorf("catalog: activity ID %q is both live and retired", from)
		}
		if !ids[to] {
			return fmt.Errorf("catalog: retired ID %q points to %q, which is not in the catalog", from, to)
		}
	}
	return nil
}

// Activity returns the activity with this ID (following a retired ID to its
// successor), and whether it exists.
func (c *Catalog) Activity(id string) (Activity, bool) {
	if c.byID == nil {
		c.index()
	}
	if to, ok := c.Retired[id]; ok {
		id = to
	}
	i, ok := c.byID[id]
	if !ok {
		return Activity{}, false
	}
	return c.Activities[i], true
}

// Category returns the category with this ID.
func (c *Catalog) Category(id string) (Category, bool) {
	for _, k := range c.Categories {
		if k.ID == id {
			return k, true
		}
	}
	return Category{}, false
}

// InCategory lists the activities of one category in catalog order.
func (c *Catalog) InCategory(id string) []Activity {
	var out []Activity
	for _, a := range c.Activities {
		if a.Category == id {
			out = append(out, a)
		}
	}
	return out
}

// NormaliseName is how a custom activity's name is compared: lower case,
// trimmed, inner white space collapsed to one space, and '|' removed.
func NormaliseName(name string) string {
	name = strings.ReplaceAll(name, "|", "")
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// CustomID is the stable ID of a custom activity with this name.
func CustomID(name string) string { return "custom:" + NormaliseName(name) }

// WithCustom returns a copy of the catalog that also holds the person's own
// activities (marked Custom, with IDs from CustomID). Custom activities whose
// normalised name is already in the list are left out. A custom activity's
// risk is RiskUnknown unless the person chose a known level (see the
// package doc).
func (c *Catalog) WithCustom(custom []Activity) *Catalog {
	out := &Catalog{Version: c.Version, Categories: c.Categories, Retired: c.Retired}
	out.Activities = append(make([]Activity, 0, len(c.Activities)+len(custom)), c.Activities...)
	seen := map[string]bool{}
	for _, a := range c.Activities {
		seen[NormaliseName(a.Name)] = true
	}
	for _, a := range custom {
		n := NormaliseName(a.Name)
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		a.ID, a.Custom = CustomID(a.Name), true
		if !a.RiskChosen || !knownRisk(a.Risk) {
			a.Risk = RiskUnknown
		}
		out.Activities = append(out.Activities, a)
	}
	out.index()
	return out
}

// knownRisk: one of the three levels a shipped activity may have.
func knownRisk(r Risk) bool { return r == RiskLow || r == RiskMedium || r == RiskHigh }
