package checklist

import "parleyapp.org/parley/domain/catalog"

// Row is one line of the checklist screen: an activity in one direction and
// what the person said about it.
type Row struct {
	Activity  catalog.Activity
	Direction Direction
	Entry     Entry
}

// Key is the answer slot the row shows.
func (r Row) Key() Key { return Key{Activity: r.Activity.ID, Direction: r.Direction} }

// Index is a catalog prepared for the checklist screen: every answer slot in
// catalog order, and each activity's search text folded once, so filtering
// on every keystroke does no text work beyond the query itself.
//
// An Index never changes. Build a new one when the catalog changes (for
// example after the person adds an activity of their own with WithCustom).
type Index struct {
	cat    *catalog.Catalog
	slots  []slot
	search []string       // folded "name\ndescription", per activity
	rank   map[string]int // category ID -> position, for ordering
	cats   []string       // category IDs in order, including any only custom activities use
}

// slot is one (activity, direction) pair; act is the activity's position in
// the catalog.
type slot struct {
	act int
	dir Direction
}

// NewIndex prepares c for the checklist screen.
func NewIndex(c *catalog.Catalog) *Index {
	ix := &Index{cat: c, rank: map[string]int{}, search: make([]string, len(c.Activities))}
	for _, k := range c.Categories {
		ix.addCategory(k.ID)
	}
	for i, a := range c.Activities {
		ix.addCategory(a.Category)
		ix.search[i] = fold(a.Name) + "\n" + fold(a.Description)
		for _, d := range DirectionsOf(a) {
			ix.slots = append(ix.slots, slot{act: i, dir: d})
		}
	}
	return ix
}

// addCategory gives a category its place in the order the first time it is
// seen. Categories of the catalog come first, in catalog order; a category
// only a custom activity names comes after them.
func (ix *Index) addCategory(id string) {
	if _, ok := ix.rank[id]; !ok {
		ix.rank[id] = len(ix.cats)
		ix.cats = append(ix.cats, id)
	}
}

// Catalog is the catalog the index was built from.
func (ix *Index) Catalog() *catalog.Catalog { return ix.cat }

// Len is the number of rows (answer slots) in the whole checklist.
func (ix *Index) Len() int { return len(ix.slots) }

// Rows returns every row in catalog order, with the entries from s.
func (ix *Index) Rows(s *Sheet) []Row { return ix.Filter(s, Filter{}) }

func (ix *Index) row(sl slot, s *Sheet) Row {
	a := ix.cat.Activities[sl.act]
	return Row{Activity: a, Direction: sl.dir, Entry: s.Get(Key{Activity: a.ID, Direction: sl.dir})}
}
