package catalog

// Texts returns every word of the catalog a person reads, keyed by stable
// IDs, as a translation of the catalog has them:
//
//	catalog.version               the version (never translated: a
//	                              translation says which catalog it is of)
//	category.<id>.name            a category's name
//	category.<id>.description     its one-line description
//	activity.<id>.name            an activity's name
//	activity.<id>.description     its one-line description
//	activity.<id>.risk-note       its risk note, when it has one
//
// Activity IDs never change with language, so neither do comparison tokens:
// a translation changes only these texts.
func (c *Catalog) Texts() map[string]string {
	out := map[string]string{VersionKey: c.Version}
	for _, g := range c.Categories {
		out["category."+g.ID+".name"] = g.Name
		out["category."+g.ID+".description"] = g.Description
	}
	for _, a := range c.Activities {
		if a.Custom {
			continue
		}
		out["activity."+a.ID+".name"] = a.Name
		out["activity."+a.ID+".description"] = a.Description
		if a.RiskNote != "" {
			out["activity."+a.ID+".risk-note"] = a.RiskNote
		}
	}
	return out
}

// VersionKey is the key of the catalog's version in Texts.
const VersionKey = "catalog.version"

// Translate returns a copy of the catalog with its texts from a
// translation (keys as Texts writes them); a text the translation lacks
// stays as it is. IDs, kinds, risks and flags never change, so answers and
// comparison tokens are the same in every language. A translation of
// another catalog version is not used at all (the catalog is returned
// unchanged): an outdated risk note must not stand in for a current one.
func (c *Catalog) Translate(texts map[string]string) *Catalog {
	if texts[VersionKey] != c.Version {
		return c
	}
	t := func(key, english string) string {
		if s := texts[key]; s != "" {
			return s
		}
		return english
	}
	out := &Catalog{Version: c.Version, Retired: c.Retired}
	for _, g := range c.Categories {
		g.Name = t("category."+g.ID+".name", g.Name)
		g.Description = t("category."+g.ID+".description", g.Description)
		out.Categories = append(out.Categories, g)
	}
	for _, a := range c.Activities {
		if !a.Custom {
			a.Name = t("activity."+a.ID+".name", a.Name)
			a.Description = t("activity."+a.ID+".description", a.Description)
			if a.RiskNote != "" {
				a.RiskNote = t("activity."+a.ID+".risk-note", a.RiskNote)
			}
		}
		out.Activities = append(out.Activities, a)
	}
	out.index()
	return out
}
