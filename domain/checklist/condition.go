package checklist

import (
	"strings"
	"unicode/utf8"
)

// Condition is the short, structured "only with…" that a Yes or a Maybe can
// carry, on top of the free note. The set is small on purpose, the three
// conditions people most often put on a yes:
//
//   - OnlyWith: only with a particular person (a name as the person typed
//     it, at most MaxConditionName characters; "" for anyone they agree
//     with).
//   - AfterTalking: only after we have talked about it (the activity is
//     not to start without a conversation first, even when it is a Yes).
//   - UpTo: only up to an intensity, Gently (light) or Moderately (medium);
//     AnyIntensity sets no ceiling. A floor ("only if it is intense") is
//     not a condition on consent, so there is none.
//
// Anything else is what the free note is for. Conditions never leave the
// person's sheet through a comparison: they are shown beside a matched
// activity only from the person's own list.
type Condition struct {
	OnlyWith     string
	AfterTalking bool
	UpTo         Intensity
}

// Intensity is the ceiling of a Condition.
type Intensity int

const (
	AnyIntensity Intensity = iota
	Gently                 // light only
	Moderately             // up to medium
)

// String is the intensity's stable storage name ("" for AnyIntensity).
func (i Intensity) String() string {
	switch i {
	case Gently:
		return "light"
	case Moderately:
		return "medium"
	}
	return ""
}

// ParseIntensity is the inverse of Intensity.String; unknown text is
// AnyIntensity.
func ParseIntensity(s string) Intensity {
	switch s {
	case "light":
		return Gently
	case "medium":
		return Moderately
	}
	return AnyIntensity
}

// MaxConditionName is the longest OnlyWith name kept, in characters.
const MaxConditionName = 60

// IsZero reports whether c sets no condition.
func (c Condition) IsZero() bool { return c == Condition{} }

// Normal is c as it is kept: OnlyWith trimmed, inner white space collapsed
// to one space and cut to MaxConditionName characters; an unknown
// intensity is AnyIntensity.
func (c Condition) Normal() Condition {
	name := strings.Join(strings.Fields(c.OnlyWith), " ")
	if utf8.RuneCountInString(name) > MaxConditionName {
		name = strings.TrimSpace(string([]rune(name)[:MaxConditionName]))
	}
	c.OnlyWith = name
	if c.UpTo != Gently && c.UpTo != Moderately {
		c.UpTo = AnyIntensity
	}
	return c
}
