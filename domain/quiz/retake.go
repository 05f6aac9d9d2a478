package quiz

// TraitChange is how one trait moved between two results of the same person.
type TraitChange struct {
	Trait      TraitID
	Before     int
	After      int
	Delta      int // After - Before; positive means the score went up
	BandBefore Band
	BandAfter  Band
}

// BandChanged reports whether the trait moved into another band.
func (c TraitChange) BandChanged() bool {
	return c.BandBefore != c.BandAfter
}

// Changes returns, for every trait in the order of Traits(), how the score
// moved from before to after. Both results must be complete.
func Changes(before, after Result) ([]TraitChange, error) {
	b, err := before.scoresInOrder()
	if err != nil {
		return nil, err
	}
	a, err := after.scoresInOrder()
	if err != nil {
		return nil, err
	}
	var out []TraitChange
	for i, t := range Traits() {
		out = append(out, TraitChange{
			Trait:      t.ID,
			Before:     b[i],
			After:      a[i],
			Delta:      a[i] - b[i],
			BandBefore: BandOf(b[i]),
			BandAfter:  BandOf(a[i]),
		})
	}
	return out, nil
}
