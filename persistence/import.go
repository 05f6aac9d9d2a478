package persistence

import (
	"context"
	"database/sql"

	"parleyapp.org/parley/domain/kinklist"
)

// SaveImport saves the answers of an import the person confirmed (see
// domain/kinklist: a Preview becomes Confirmed only through its Confirm)
// into their checklist, with each change of answer in its history, sealed
// like every other row when the person has a PIN. It is all or nothing:
// one transaction, so a failure leaves the checklist as it was. It returns
// how many answer slots it wrote.
func (v *Vault) SaveImport(p *Person, c kinklist.Confirmed) (int, error) {
	writes := c.Writes()
	if len(writes) == 0 {
		return 0, v.ready()
	}
	ctx := context.Background()
	err := v.tx(ctx, func(tx *sql.Tx) error {
		r, err := beginRows(ctx, tx, p.codec)
		if err != nil {
			return err
		}
		for _, w := range writes {
			if err := putAnswer(r, w.Key, w.Entry, w.Change); err != nil {
				return err
			}
		}
		return r.commit()
	})
	if err := writeFailed(err); err != nil {
		return 0, err
	}
	return len(writes), nil
}
