package negotiation

import "strings"

// What Diff says about a standing agreement's own parts; a scene has none
// of them, so nothing here is said about a scene. Standing rules and
// rituals are matched by their activity or their words, so a reworded
// rule reads as one removed and one added: the people agreed to the
// words.

func (c *differ) agreement() {
	b, a := c.before.Agreement, c.after.Agreement
	c.dynamicRoles()
	c.standing("diff.standing-rule.", b.Rules, a.Rules)
	c.standing("diff.ritual.", b.Rituals, a.Rituals)
	c.value(SectionCheckIn, "", label("check-in-rhythm", nil), b.CheckIn.Rhythm, a.CheckIn.Rhythm)
	c.text(SectionCheckIn, "", label("check-in-how", nil), b.CheckIn.How, a.CheckIn.How)
	c.text(SectionExit, "", label("exit-pause", nil), b.Exit.Pause, a.Exit.Pause)
	c.text(SectionExit, "", label("exit-end", nil), b.Exit.End, a.Exit.End)
	c.text(SectionExit, "", label("exit-then", nil), b.Exit.Then, a.Exit.Then)
	c.dateIn(SectionReview, "review-date", b.ReviewOn, a.ReviewOn)
}

func (c *differ) dynamicRoles() {
	for _, p := range c.after.Participants {
		b, a := c.before.Agreement.roleOf(p.ID), c.after.Agreement.roleOf(p.ID)
		c.value(SectionDynamicRoles, p.ID, c.of("role", p.ID), b.Role, a.Role)
		if b.Reach != a.Reach {
			c.add(SectionDynamicRoles, p.ID, "diff.reach", Args{"Name": c.name(p.ID), "Now": reachMsg(a.Reach), "Was": reachMsg(b.Reach)})
		}
		c.text(SectionDynamicRoles, p.ID, c.of("role-bounds", p.ID), b.Bounds, a.Bounds)
	}
}

// standingKeys gives each non-blank row a key that finds it in another
// version: its activity, else its words.
func standingKeys(rows []Standing) (keys []string, byKey map[string]int) {
	byKey = map[string]int{}
	keys = make([]string, len(rows))
	for i, s := range rows {
		if s.Blank() {
			continue
		}
		k := "text:" + normText(s.Text)
		if s.ActivityID != "" {
			k = "id:" + s.ActivityID
		}
		if _, dup := byKey[k]; dup {
			continue
		}
		keys[i], byKey[k] = k, i
	}
	return keys, byKey
}

// standing compares one list of standing rows; kind is the start of its
// messages' IDs ("diff.ritual.").
func (c *differ) standing(kind string, before, after []Standing) {
	bKeys, bIndex := standingKeys(before)
	aKeys, aIndex := standingKeys(after)
	for i, a := range after {
		if aKeys[i] == "" {
			continue
		}
		j, ok := bIndex[aKeys[i]]
		if !ok {
			c.add(SectionStanding, "", kind+"new", Args{"Text": c.standingName(a)})
			continue
		}
		b, name := before[j], quoted(c.standingName(a))
		if strings.TrimSpace(b.Text) != strings.TrimSpace(a.Text) && !blank(b.Text) {
			c.add(SectionStanding, "", kind+"reworded", Args{"Was": quoted(b.Text), "Now": name})
		}
		if !sameSet(b.For, a.For) {
			c.add(SectionStanding, "", kind+"for", Args{"Text": name, "Names": c.standingFor(a)})
		}
		c.text(SectionStanding, "", msg(kind+"note", Args{"Text": name}), b.Note, a.Note)
	}
	for j, b := range before {
		if _, kept := aIndex[bKeys[j]]; bKeys[j] != "" && !kept {
			c.add(SectionStanding, "", kind+"removed", Args{"Text": c.standingName(b)})
		}
	}
}

// standingName is how a row reads in a change line.
func (c *differ) standingName(s Standing) any {
	if t := strings.TrimSpace(s.Text); t != "" {
		return t
	}
	if n := c.names[s.ActivityID]; n != "" {
		return n
	}
	return c.after.activityNameMsg(s.ActivityID)
}

// standingFor names the people a standing row asks something of.
func (c *differ) standingFor(s Standing) any {
	if len(s.For) == 0 {
		return msg("diff.everyone", nil)
	}
	return c.joinIDs(s.For)
}
