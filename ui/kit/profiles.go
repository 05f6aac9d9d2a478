package kit

import (
	"parleyapp.org/parley/persistence"
)

func ProfileByID(all []persistence.Profile, id string) (persistence.Profile, bool) {
	for _, p := range all {
		if p.ID == id {
			return p, true
		}
	}
	return persistence.Profile{}, false
}
