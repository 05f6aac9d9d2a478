package negotiate

import (
	"fyne.io/fyne/v2/lang"

	"parleyapp.org/parley/domain/checklist"
)

// conditionLines says, beside an activity in the scene, the conditions a
// linked person's own list puts on their Yes or Maybe to it ("only
// with…", after talking, up to an intensity), one line per person and
// condition, in the order of the people. Only the person's own linked
// list is read (with their PIN when it is protected), as for the checks.
func (ed *negEditor) conditionLines(activityID string) []string {
	if activityID == "" {
		return nil
	}
	var out []string
	for i, p := range ed.doc.Participants {
		for _, c := range ed.conds[p.ID][activityID] {
			out = append(out, conditionLine(ed.name(i), c))
		}
	}
	return out
}

// conditionLine is one condition in a sentence.
func conditionLine(name string, c checklist.Condition) string {
	data := map[string]any{"Name": name, "With": c.OnlyWith}
	switch {
	case c.OnlyWith != "" && c.AfterTalking:
		data["Rest"] = intensityWords(c.UpTo)
		if c.UpTo == checklist.AnyIntensity {
			return lang.L("{{.Name}}'s list: only with {{.With}}, and after talking it over first.", data)
		}
		return lang.L("{{.Name}}'s list: only with {{.With}}, after talking it over first, and {{.Rest}}.", data)
	case c.OnlyWith != "":
		if c.UpTo == checklist.AnyIntensity {
			return lang.L("{{.Name}}'s list: only with {{.With}}.", data)
		}
		data["Rest"] = intensityWords(c.UpTo)
		return lang.L("{{.Name}}'s list: only with {{.With}}, and {{.Rest}}.", data)
	case c.AfterTalking:
		if c.UpTo == checklist.AnyIntensity {
			return lang.L("{{.Name}}'s list: only after talking it over first.", data)
		}
		data["Rest"] = intensityWords(c.UpTo)
		return lang.L("{{.Name}}'s list: only after talking it over first, and {{.Rest}}.", data)
	}
	data["Rest"] = intensityWords(c.UpTo)
	return lang.L("{{.Name}}'s list: only {{.Rest}}.", data)
}

// intensityWords is an intensity ceiling mid-sentence.
func intensityWords(i checklist.Intensity) string {
	if i == checklist.Gently {
		return lang.L("gently")
	}
	return lang.L("up to a moderate intensity")
}
