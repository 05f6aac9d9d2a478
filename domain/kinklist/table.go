package kinklist

import (
	"fmt"
	"strings"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/message"
)

// Reason says why Parley leaves a KinkList item out. Each has a sentence
// for the preview (Reason.Sentence).
type Reason string

const (
	// AboutWho: a body type, which says whom a person is drawn to rather
	// than something to agree on.
	AboutWho Reason = "about-who"
	// Never: involves someone who cannot consent; Parley never lists it.
	Never Reason = "never"
	// Sober: play under drink or drugs, where consent is not reliable.
	Sober Reason = "sober"
	// Asleep: play with someone asleep, who can neither give nor withdraw
	// consent (see the package doc).
	Asleep Reason = "asleep"
	// Unknown: not in the table at all (an item of an edited list).
	Unknown Reason = "unknown"
	// Doubtful: KinkList's own code probably stored it wrongly (see Decode).
	Doubtful Reason = "doubtful"
)

// Sentence is what the preview says about an item left out for this
// reason, in British English.
func (r Reason) Sentence() string { return english.Render(r.Msg()) }

// Msg is Sentence as a message of the catalogue, for the screen to say
// in its language. A reason this package does not know reads as Unknown.
func (r Reason) Msg() message.Msg {
	id := "kinklist.reason." + string(r)
	if !english.Has(id) {
		id = "kinklist.reason." + string(Unknown)
	}
	return message.New(id, nil)
}

// reasons are the only reasons a table line may give for leaving an item
// out: each is about consent or the law (issue 17: nothing else is lost).
var reasons = []Reason{AboutWho, Never, Sober, Asleep}

// Table maps the items of one KinkList list to Parley's answer slots.
type Table struct {
	List    string // the KinkList version and commit it was written for
	Catalog string // the catalog version it was checked against
	items   map[itemKey]entry
}

type itemKey struct{ category, item, field string }

// entry is where one item and column goes: answer slots, or a reason.
type entry struct {
	keys   []checklist.Key
	reason Reason
}

// Lookup says where a KinkList choice goes: the answer slots, or why it is
// left out (Unknown when the table does not have it).
func (t *Table) Lookup(c Choice) ([]checklist.Key, Reason) {
	e, ok := t.items[itemKey{c.Category, c.Item, c.Field}]
	if !ok {
		return nil, Unknown
	}
	return e.keys, e.reason
}

// Missing lists the items and columns of l the table has no line for.
func (t *Table) Missing(l List) []Choice {
	var missing []Choice
	for _, c := range label(make([]Level, l.Slots()), make([]bool, l.Slots()), l) {
		if _, r := t.Lookup(c); r == Unknown {
			missing = append(missing, c)
		}
	}
	return missing
}

// LeftOut lists the items and columns of l the table leaves out on
// purpose, each with its reason.
func (t *Table) LeftOut(l List) []Left {
	var out []Left
	for _, c := range label(make([]Level, l.Slots()), make([]bool, l.Slots()), l) {
		if keys, r := t.Lookup(c); len(keys) == 0 && r != Unknown {
			out = append(out, Left{Choice: c, Reason: r})
		}
	}
	return out
}

// ParseTable reads a mapping table (the format is described at the top of
// assets/kinklist/v1.0.2-map.txt) for list l and checks every line against
// the catalog: each ID must exist, a give-receive activity needs a
// direction, and every item must belong to l. The table is shipped data,
// so its errors are for the engineer who edits it.
func ParseTable(data string, l List, cat *catalog.Catalog) (*Table, error) {
	t := &Table{items: map[itemKey]entry{}}
	columns := map[string]map[string]string{}
	cats := map[string]Category{}
	for _, c := range l.Categories {
		cats[c.Name] = c
	}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		var err error
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "list "):
			t.List = strings.TrimPrefix(line, "list ")
		case strings.HasPrefix(line, "catalog "):
			t.Catalog = strings.TrimPrefix(line, "catalog ")
		case strings.HasPrefix(line, "columns "):
			err = readColumns(strings.TrimPrefix(line, "columns "), columns)
		default:
			err = t.readItem(line, cats, columns, cat)
		}
		if err != nil {
			return nil, fmt.Errorf("kinklist table line %d: %w", n+1, err)
		}
	}
	if t.Catalog != cat.Version {
		return nil, fmt.Errorf("kinklist table: written for catalog %q, not %q: check it against the new catalog", t.Catalog, cat.Version)
	}
	return t, nil
}

func readColumns(line string, columns map[string]map[string]string) error {
	parts := cells(line)
	if len(parts) < 2 {
		return fmt.Errorf("columns line needs a category and at least one column")
	}
	m := map[string]string{}
	for _, p := range parts[1:] {
		name, dir, ok := strings.Cut(p, "=")
		if !ok || (dir != "giving" && dir != "receiving" && dir != "both") {
			return fmt.Errorf("column %q needs =giving, =receiving or =both", p)
		}
		m[strings.TrimSpace(name)] = dir
	}
	columns[parts[0]] = m
	return nil
}

func (t *Table) readItem(line string, cats map[string]Category, columns map[string]map[string]string, cat *catalog.Catalog) error {
	parts := cells(line)
	if len(parts) != 4 {
		return fmt.Errorf("an item line has four parts, this has %d", len(parts))
	}
	c, ok := cats[parts[0]]
	if !ok || !contains(c.Items, parts[1]) {
		return fmt.Errorf("%q in %q is not in the list", parts[1], parts[0])
	}
	fields := []string{parts[2]}
	if parts[2] == "*" {
		fields = c.Fields
	} else if !contains(c.Fields, parts[2]) {
		return fmt.Errorf("%q has no column %q", parts[0], parts[2])
	}
	for _, f := range fields {
		e, err := target(parts[3], columns[parts[0]][f], cat)
		if err != nil {
			return fmt.Errorf("%s / %s / %s: %w", parts[0], parts[1], f, err)
		}
		k := itemKey{parts[0], parts[1], f}
		if _, twice := t.items[k]; twice {
			return fmt.Errorf("%s / %s / %s is mapped twice", parts[0], parts[1], f)
		}
		t.items[k] = e
	}
	return nil
}

// target reads the last part of an item line for one column.
func target(s, column string, cat *catalog.Catalog) (entry, error) {
	if r, ok := strings.CutPrefix(s, "- "); ok {
		if !contains(reasonNames(), r) {
			return entry{}, fmt.Errorf("unknown reason %q", r)
		}
		return entry{reason: Reason(r)}, nil
	}
	var e entry
	for _, word := range strings.Fields(s) {
		id, dir, explicit := strings.Cut(word, ":")
		a, ok := cat.Activity(id)
		if !ok || a.ID != id {
			return entry{}, fmt.Errorf("%q is not a current catalog ID", id)
		}
		if !explicit {
			dir = column
		}
		keys, err := keysFor(a, dir, explicit)
		if err != nil {
			return entry{}, err
		}
		e.keys = append(e.keys, keys...)
	}
	if len(e.keys) == 0 {
		return entry{}, fmt.Errorf("no target")
	}
	return e, nil
}

// keysFor turns an activity and a column's direction into answer slots.
func keysFor(a catalog.Activity, dir string, explicit bool) ([]checklist.Key, error) {
	if a.Kind == catalog.Together {
		if explicit {
			return nil, fmt.Errorf("%s is done together and takes no direction", a.ID)
		}
		return []checklist.Key{{Activity: a.ID, Direction: checklist.Together}}, nil
	}
	switch dir {
	case "giving":
		return []checklist.Key{{Activity: a.ID, Direction: checklist.Giving}}, nil
	case "receiving":
		return []checklist.Key{{Activity: a.ID, Direction: checklist.Receiving}}, nil
	case "both":
		return []checklist.Key{{Activity: a.ID, Direction: checklist.Giving}, {Activity: a.ID, Direction: checklist.Receiving}}, nil
	}
	return nil, fmt.Errorf("%s has a giver and a receiver, but the column has no direction", a.ID)
}

func reasonNames() []string {
	out := make([]string, len(reasons))
	for i, r := range reasons {
		out[i] = string(r)
	}
	return out
}

func cells(line string) []string {
	parts := strings.Split(line, "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
