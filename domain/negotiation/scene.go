package negotiation

import (
	"slices"
	"strings"

	"parleyapp.org/parley/domain/catalog"
)

// Scene is "what we're doing": the activities, how intense, how long,
// where, and who takes which role.
type Scene struct {
	Activities []Activity `json:"activities,omitempty"`
	Intensity  Intensity  `json:"intensity,omitempty"`
	Pace       Pace       `json:"pace,omitempty"`
	// DurationMinutes is the planned length; 0 when not set or not
	// readable from DurationText.
	DurationMinutes int `json:"duration_minutes,omitempty"`
	// DurationText is the duration as the person typed it.
	DurationText string  `json:"duration_text,omitempty"`
	Setting      Setting `json:"setting,omitzero"`
	Roles        []Role  `json:"roles,omitempty"`
}

// Status says whether an activity is part of the scene.
type Status string

const (
	StatusYes         Status = "yes"           // agreed, in the scene
	StatusTry         Status = "lets-try"      // in the scene, to try and see
	StatusNotThisTime Status = "not-this-time" // an explicit exclusion
)

// InScope reports whether an activity with this status may happen in the
// scene. Only "not this time" is out; an empty status counts as in scope.
func (s Status) InScope() bool { return s != StatusNotThisTime }

// Label is the status as a person reads it.
func (s Status) Label() string {
	switch s {
	case StatusYes:
		return "yes"
	case StatusTry:
		return "let's try"
	case StatusNotThisTime:
		return "not this time"
	}
	return "undecided"
}

// Activity is one activity the document mentions, in scope or explicitly
// excluded. The flags are copied from the catalog when it is added, so the
// document keeps meaning the same if the catalog changes later.
type Activity struct {
	ID   string `json:"id,omitempty"` // catalog ID, or "custom:" + normalised name
	Name string `json:"name"`
	// Together means nobody gives or receives; otherwise Givers and
	// Receivers hold participant IDs.
	Together     bool     `json:"together,omitempty"`
	Givers       []string `json:"givers,omitempty"`
	Receivers    []string `json:"receivers,omitempty"`
	Status       Status   `json:"status"`
	Marks        bool     `json:"marks,omitempty"`         // can leave marks
	LimitsSpeech bool     `json:"limits_speech,omitempty"` // needs a non-verbal signal
	NeedsSkill   bool     `json:"needs_skill,omitempty"`   // needs skill or experience
	// Risk is the catalog's risk level, copied like the flags; empty for
	// a custom activity (not known) or a document written before it was
	// recorded.
	Risk catalog.Risk `json:"risk,omitempty"`
	Note string       `json:"note,omitempty"`
	// Conditions are the people's "only with…" on their Yes or Maybe to
	// it, from their linked lists (conditions.go).
	Conditions []ActivityCondition `json:"conditions,omitempty"`
	// WantedBy names (participant IDs) the people who want it when it came
	// from a group comparison as what only some of them want (wanted.go);
	// empty otherwise.
	WantedBy []string `json:"wanted_by,omitempty"`
}

// ActivityFromCatalog makes a scene activity from a catalog entry, copying
// its name and flags.
func ActivityFromCatalog(a catalog.Activity, status Status) Activity {
	return Activity{
		ID: a.ID, Name: a.Name, Status: status,
		Together:     a.Kind == catalog.Together,
		Marks:        a.Marks,
		LimitsSpeech: a.LimitsSpeech,
		NeedsSkill:   a.NeedsSkill,
		Risk:         a.Risk,
	}
}

// FillRisk copies the catalog's risk level into every activity that has a
// catalog ID and no level yet (documents written before the level was
// recorded). It reports whether anything changed.
func (d *Document) FillRisk(c *catalog.Catalog) bool {
	if c == nil {
		return false
	}
	changed := false
	for i, a := range d.Scene.Activities {
		if a.Risk != "" || a.ID == "" || strings.HasPrefix(a.ID, "custom:") {
			continue
		}
		if ca, ok := c.Activity(a.ID); ok {
			if !changed {
				d.Scene.Activities = slices.Clone(d.Scene.Activities)
			}
			d.Scene.Activities[i].Risk = ca.Risk
			changed = true
		}
	}
	return changed
}

// CustomActivity makes a scene activity the catalog does not have.
func CustomActivity(name string, status Status) Activity {
	name = strings.TrimSpace(name)
	return Activity{ID: catalog.CustomID(name), Name: name, Status: status}
}

// Blank reports whether the activity names nothing yet (a template's
// placeholder row, or a row just added).
func (a Activity) Blank() bool { return a.ID == "" && strings.TrimSpace(a.Name) == "" }

// Label is the activity's name to show.
func (a Activity) Label() string {
	if n := strings.TrimSpace(a.Name); n != "" {
		return n
	}
	return strings.TrimPrefix(a.ID, "custom:")
}

// Live reports whether the activity names something and is in scope.
func (a Activity) Live() bool { return !a.Blank() && a.Status.InScope() }

// unassigned reports whether nobody's side has been set yet.
func (a Activity) unassigned() bool { return len(a.Givers) == 0 && len(a.Receivers) == 0 }

// touches reports whether a limit on this side for this person concerns
// the activity: a one-sided limit only when the person takes that side, or
// nobody's side is set yet.
func (a Activity) touches(id string, side Side) bool {
	switch side {
	case SideGiving:
		return a.unassigned() || slices.Contains(a.Givers, id)
	case SideReceiving:
		return a.unassigned() || slices.Contains(a.Receivers, id)
	}
	return true
}

// involved lists who takes part: givers and receivers, or everyone when
// the activity is done together or nobody's side is set.
func (a Activity) involved(d Document) []string {
	if a.Together || a.unassigned() {
		ids := make([]string, len(d.Participants))
		for i, p := range d.Participants {
			ids[i] = p.ID
		}
		return ids
	}
	var out []string
	for _, id := range append(slices.Clone(a.Givers), a.Receivers...) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// Intensity is how strong the scene is meant to be.
type Intensity string

const (
	IntensityLight   Intensity = "light"
	IntensityMedium  Intensity = "medium"
	IntensityIntense Intensity = "intense"
)

// rank orders intensities; 0 is not set.
func (i Intensity) rank() int {
	switch i {
	case IntensityLight:
		return 1
	case IntensityMedium:
		return 2
	case IntensityIntense:
		return 3
	}
	return 0
}

// Pace says whether the intensity stays steady or varies.
type Pace string

const (
	PaceSteady  Pace = "steady"
	PaceVarying Pace = "varying"
)

// Setting is where the scene happens.
type Setting struct {
	Place  string `json:"place,omitempty"`  // e.g. "our flat"
	Room   string `json:"room,omitempty"`   // e.g. "the bedroom"
	Around string `json:"around,omitempty"` // who else is in the building or nearby
}

// Role is the role one person takes.
type Role struct {
	ParticipantID string `json:"participant_id"`
	Role          string `json:"role,omitempty"`
	// Meaning is what the role means for authority, initiative and
	// responsibility.
	Meaning   string `json:"meaning,omitempty"`
	SceneName string `json:"scene_name,omitempty"` // the name used in the scene
}
