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
	c.standing("standing rule", "Standing rule", b.Rules, a.Rules)
	c.standing("ritual", "Ritual", b.Rituals, a.Rituals)
	c.value(SectionCheckIn, "", "Check-in rhythm", b.CheckIn.Rhythm, a.CheckIn.Rhythm)
	c.text(SectionCheckIn, "", "How you check in", b.CheckIn.How, a.CheckIn.How)
	c.text(SectionExit, "", "How either of you pauses the dynamic", b.Exit.Pause, a.Exit.Pause)
	c.text(SectionExit, "", "How either of you ends the dynamic", b.Exit.End, a.Exit.End)
	c.text(SectionExit, "", "What happens after a pause or an ending", b.Exit.Then, a.Exit.Then)
	c.dateIn(SectionReview, "Review date", b.ReviewOn, a.ReviewOn)
}

func (c *differ) dynamicRoles() {
	for _, p := range c.after.Participants {
		b, a, n := c.before.Agreement.roleOf(p.ID), c.after.Agreement.roleOf(p.ID), c.name(p.ID)
		c.value(SectionDynamicRoles, p.ID, n+"'s role", b.Role, a.Role)
		if b.Reach != a.Reach {
			c.add(SectionDynamicRoles, p.ID, "%s's role now reaches %s (was %s).", n, a.Reach.Label(), b.Reach.Label())
		}
		c.text(SectionDynamicRoles, p.ID, "Where "+n+"'s role stops", b.Bounds, a.Bounds)
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

// standing compares one list of standing rows: lower is the row's name
// mid-sentence ("standing rule"), upper at the start ("Standing rule").
func (c *differ) standing(lower, upper string, before, after []Standing) {
	bKeys, bIndex := standingKeys(before)
	aKeys, aIndex := standingKeys(after)
	for i, a := range after {
		if aKeys[i] == "" {
			continue
		}
		j, ok := bIndex[aKeys[i]]
		if !ok {
			c.add(SectionStanding, "", "New %s: %s.", lower, c.standingName(a))
			continue
		}
		b, name := before[j], quote(c.standingName(a))
		if strings.TrimSpace(b.Text) != strings.TrimSpace(a.Text) && !blank(b.Text) {
			c.add(SectionStanding, "", "%s %s now reads %s.", upper, quote(b.Text), name)
		}
		if !sameSet(b.For, a.For) {
			c.add(SectionStanding, "", "%s %s: now for %s.", upper, name, c.after.standingFor(a))
		}
		c.text(SectionStanding, "", upper+" "+name+": note", b.Note, a.Note)
	}
	for j, b := range before {
		if _, kept := aIndex[bKeys[j]]; bKeys[j] != "" && !kept {
			c.add(SectionStanding, "", "%s removed: %s.", upper, c.standingName(b))
		}
	}
}

// standingName is how a row reads in a change line.
func (c *differ) standingName(s Standing) string {
	if t := strings.TrimSpace(s.Text); t != "" {
		return t
	}
	if n := c.names[s.ActivityID]; n != "" {
		return n
	}
	return c.after.activityName(s.ActivityID)
}
