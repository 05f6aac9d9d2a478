package negotiation

import (
	"strconv"
	"strings"
)

// activityKeys gives each non-blank activity a key that identifies it
// across versions: its ID (or normalised name), and which occurrence of
// that it is, for an activity listed twice with different sides.
func activityKeys(acts []Activity) (keys []string, byKey map[string]int) {
	byKey = map[string]int{}
	seen := map[string]int{}
	keys = make([]string, len(acts))
	for i, a := range acts {
		if a.Blank() {
			continue
		}
		base := "id:" + a.ID
		if a.ID == "" {
			base = "name:" + normText(a.Name)
		}
		keys[i] = base + "#" + strconv.Itoa(seen[base])
		seen[base]++
		byKey[keys[i]] = i
	}
	return keys, byKey
}

func (c *differ) activities() {
	before, after := c.before.Scene.Activities, c.after.Scene.Activities
	bKeys, bIndex := activityKeys(before)
	aKeys, aIndex := activityKeys(after)
	for i, a := range after {
		if aKeys[i] == "" {
			continue
		}
		j, ok := bIndex[aKeys[i]]
		switch {
		case !ok && a.Status.InScope():
			c.add(SectionActivities, "", "Added: %s.", c.actName(a))
		case !ok:
			c.add(SectionActivities, "", "Added to 'not this time': %s.", c.actName(a))
		default:
			c.activity(before[j], a)
		}
	}
	for j, b := range before {
		if _, kept := aIndex[bKeys[j]]; bKeys[j] != "" && !kept {
			c.add(SectionActivities, "", "Removed: %s.", c.actName(b))
		}
	}
}

func (c *differ) actName(a Activity) string {
	if blank(a.Name) && c.names[a.ID] != "" {
		return c.names[a.ID]
	}
	return a.Label()
}

// activity notes what changed in one activity kept in both versions.
func (c *differ) activity(b, a Activity) {
	name := capFirst(c.actName(a))
	add := func(format string, args ...any) {
		c.add(SectionActivities, "", name+": "+format, args...)
	}
	if strings.TrimSpace(b.Name) != strings.TrimSpace(a.Name) && !blank(b.Name) {
		c.add(SectionActivities, "", "Renamed: %s → %s.", b.Name, c.actName(a))
	}
	if b.Status != a.Status {
		add("%s → %s.", b.Status.Label(), a.Status.Label())
	}
	if b.Together != a.Together || !sameSet(b.Givers, a.Givers) || !sameSet(b.Receivers, a.Receivers) {
		add("%s.", c.sides(a))
	}
	flag := func(was, now bool, what string) {
		switch {
		case now && !was:
			add("now marked as %s.", what)
		case was && !now:
			add("no longer marked as %s.", what)
		}
	}
	flag(b.Marks, a.Marks, "able to leave marks")
	flag(b.LimitsSpeech, a.LimitsSpeech, "limiting speech")
	flag(b.NeedsSkill, a.NeedsSkill, "needing skill")
	switch bn, an := strings.TrimSpace(b.Note), strings.TrimSpace(a.Note); {
	case bn == an:
	case bn == "":
		add("note added.")
	case an == "":
		add("note removed.")
	default:
		add("note changed.")
	}
}

// sides says who does what in an activity now.
func (c *differ) sides(a Activity) string {
	switch {
	case a.Together:
		return "now done together"
	case a.unassigned():
		return "who gives and who receives is no longer set"
	case len(a.Receivers) == 0:
		return "now " + c.joinIDs(a.Givers) + " gives"
	case len(a.Givers) == 0:
		return "now " + c.joinIDs(a.Receivers) + " receives"
	}
	return "now " + c.joinIDs(a.Givers) + " gives and " + c.joinIDs(a.Receivers) + " receives"
}

// limitEntry is one limit with the list it is in.
type limitEntry struct {
	hard bool
	item LimitItem
}

func kindWord(hard bool) string {
	if hard {
		return "hard limit"
	}
	return "soft limit"
}

// limitMap indexes a person's limits by limitKey, hard limits first; a
// duplicate keeps its first entry.
func limitMap(l Limits) (keys []string, byKey map[string]limitEntry) {
	byKey = map[string]limitEntry{}
	put := func(items []LimitItem, hard bool) {
		for _, it := range items {
			k := limitKey(it)
			if _, dup := byKey[k]; it.Blank() || dup {
				continue
			}
			keys = append(keys, k)
			byKey[k] = limitEntry{hard, it}
		}
	}
	put(l.Hard, true)
	put(l.Soft, false)
	return keys, byKey
}

// limits compares each person's hard and soft limits, noting limits
// added, removed, and moved between soft and hard.
func (c *differ) limits() {
	for _, p := range c.after.Participants {
		var was Limits
		if i := c.before.ParticipantIndex(p.ID); i >= 0 {
			was = c.before.Participants[i].Limits
		}
		bKeys, bMap := limitMap(was)
		aKeys, aMap := limitMap(p.Limits)
		n, id := c.name(p.ID), p.ID
		for _, k := range aKeys {
			a := aMap[k]
			b, ok := bMap[k]
			text := c.limitName(a.item)
			switch {
			case !ok:
				c.add(SectionLimits, id, "New %s for %s: %s.", kindWord(a.hard), n, text)
			case a.hard != b.hard:
				c.add(SectionLimits, id, "%s's %s %s is now a %s.", n, kindWord(b.hard), quote(text), kindWord(a.hard))
			default:
				if bt := c.limitName(b.item); bt != text {
					c.add(SectionLimits, id, "%s's %s %s now reads %s.", n, kindWord(a.hard), quote(bt), quote(text))
				}
			}
			if ok && !a.hard && !b.hard && strings.TrimSpace(b.item.Condition) != strings.TrimSpace(a.item.Condition) {
				c.add(SectionLimits, id, "%s's condition for %s changed.", n, quote(text))
			}
		}
		for _, k := range bKeys {
			if _, kept := aMap[k]; !kept {
				b := bMap[k]
				c.add(SectionLimits, id, "%s's %s %s removed.", n, kindWord(b.hard), quote(c.limitName(b.item)))
			}
		}
	}
}

// limitName is how a limit reads in a change line.
func (c *differ) limitName(it LimitItem) string {
	if blank(it.Text) && c.names[it.ActivityID] != "" {
		it.Text = c.names[it.ActivityID]
	}
	return c.after.limitText(it)
}
