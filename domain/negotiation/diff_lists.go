package negotiation

import (
	"fmt"
	"strconv"
	"strings"

	"parleyapp.org/parley/domain/message"
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
			c.add(SectionActivities, "", "diff.activity.added", Args{"Activity": c.actName(a)})
		case !ok:
			c.add(SectionActivities, "", "diff.activity.added-not-this-time", Args{"Activity": c.actName(a)})
		default:
			c.activity(before[j], a)
		}
	}
	for j, b := range before {
		if _, kept := aIndex[bKeys[j]]; bKeys[j] != "" && !kept {
			c.add(SectionActivities, "", "diff.activity.removed", Args{"Activity": c.actName(b)})
		}
	}
}

// actName is an activity's name: the catalog's in the reader's language
// while the document keeps the catalog's English (nameMsg).
func (c *differ) actName(a Activity) any {
	if blank(a.Name) && c.names[a.ID] != "" {
		return c.names[a.ID]
	}
	return a.nameMsg()
}

// activity notes what changed in one activity kept in both versions.
func (c *differ) activity(b, a Activity) {
	name := message.Capital{Value: c.actName(a)}
	add := func(id string, args Args) {
		if args == nil {
			args = Args{}
		}
		args["Activity"] = name
		c.add(SectionActivities, "", "diff.activity."+id, args)
	}
	if strings.TrimSpace(b.Name) != strings.TrimSpace(a.Name) && !blank(b.Name) {
		c.add(SectionActivities, "", "diff.activity.renamed", Args{"Was": b.Name, "Now": c.actName(a)})
	}
	if b.Status != a.Status {
		add("status", Args{"Was": statusMsg(b.Status), "Now": statusMsg(a.Status)})
	}
	if b.Together != a.Together || !sameSet(b.Givers, a.Givers) || !sameSet(b.Receivers, a.Receivers) {
		add(c.sides(a))
	}
	flag := func(was, now bool, what string) {
		switch {
		case now && !was:
			add(what+".on", nil)
		case was && !now:
			add(what+".off", nil)
		}
	}
	flag(b.Marks, a.Marks, "marks")
	flag(b.LimitsSpeech, a.LimitsSpeech, "speech")
	flag(b.NeedsSkill, a.NeedsSkill, "skill")
	switch bn, an := strings.TrimSpace(b.Note), strings.TrimSpace(a.Note); {
	case bn == an:
	case bn == "":
		add("note-added", nil)
	case an == "":
		add("note-removed", nil)
	default:
		add("note-changed", nil)
	}
}

// sides says who does what in an activity now: the message's ID after
// "diff.activity." and its arguments.
func (c *differ) sides(a Activity) (string, Args) {
	switch {
	case a.Together:
		return "together", nil
	case a.unassigned():
		return "unassigned", nil
	case len(a.Receivers) == 0:
		return "gives", Args{"Givers": c.joinIDs(a.Givers)}
	case len(a.Givers) == 0:
		return "receives", Args{"Receivers": c.joinIDs(a.Receivers)}
	}
	return "gives-receives", Args{"Givers": c.joinIDs(a.Givers), "Receivers": c.joinIDs(a.Receivers)}
}

// limitEntry is one limit with the list it is in.
type limitEntry struct {
	hard bool
	item LimitItem
}

// kindID is a limit's kind in message IDs.
func kindID(hard bool) string {
	if hard {
		return "hard"
	}
	return "soft"
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
				c.add(SectionLimits, id, "diff.limit.new."+kindID(a.hard), Args{"Name": n, "Limit": text})
			case a.hard != b.hard:
				c.add(SectionLimits, id, map[bool]string{true: "diff.limit.hardened", false: "diff.limit.softened"}[a.hard], Args{"Name": n, "Limit": quoted(text)})
			default:
				if bt := c.limitName(b.item); !sameWords(bt, text) {
					c.add(SectionLimits, id, "diff.limit.reworded."+kindID(a.hard), Args{"Name": n, "Was": quoted(bt), "Now": quoted(text)})
				}
			}
			if ok && !a.hard && !b.hard && strings.TrimSpace(b.item.Condition) != strings.TrimSpace(a.item.Condition) {
				c.add(SectionLimits, id, "diff.limit.condition", Args{"Name": n, "Limit": quoted(text)})
			}
		}
		for _, k := range bKeys {
			if _, kept := aMap[k]; !kept {
				b := bMap[k]
				c.add(SectionLimits, id, "diff.limit.removed."+kindID(b.hard), Args{"Name": n, "Limit": quoted(c.limitName(b.item))})
			}
		}
	}
}

// limitName is how a limit reads in a change line: its words, else its
// activity's name, with the side it is about.
func (c *differ) limitName(it LimitItem) any {
	var text any = strings.TrimSpace(it.Text)
	switch {
	case !blank(it.Text):
	case c.names[it.ActivityID] != "":
		text = c.names[it.ActivityID]
	default:
		text = c.after.activityNameMsg(it.ActivityID)
	}
	return withSide(text, it.Side)
}

// sameWords reports whether two limit names read the same in English.
func sameWords(a, b any) bool {
	return fmt.Sprint(message.RenderValue(diffEnglish, a)) == fmt.Sprint(message.RenderValue(diffEnglish, b))
}
