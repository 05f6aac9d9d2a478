package home

import (
	"slices"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parleyapp.org/parley/domain/negotiation"
	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit"
)

// reviewsDue keeps the standing agreements whose review is due (from
// negotiation.ReviewNoticeDays before the date) or overdue, overdue and
// soonest first. An agreement never agreed yet is still a draft: it is
// not due for a review, and its draft is in Negotiate.
func reviewsDue(all []persistence.AgreementSummary, now time.Time) []persistence.AgreementSummary {
	var out []persistence.AgreementSummary
	for _, a := range all {
		if a.State == string(negotiation.StateDraft) && a.Versions <= 1 {
			continue
		}
		if negotiation.ReviewDue(a.ReviewOn, now).Due {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b persistence.AgreementSummary) int { return a.ReviewOn.Compare(b.ReviewOn) })
	return out
}

// addReviews lists the agreements to look at again, above everything else
// (a review date is something both people chose).
func (h *Home) addReviews(reviews []persistence.AgreementSummary) {
	if len(reviews) == 0 {
		return
	}
	h.body.Add(kit.Subheading(lang.L("Agreements to look at again")))
	for _, a := range reviews {
		id := a.ID
		data := map[string]any{"Title": kit.NegotiationTitle(a.Title, a.People), "Date": kit.LongDate(a.ReviewOn)}
		text := lang.L("{{.Title}}: the date you chose to look at this agreement again is {{.Date}}.", data)
		if negotiation.ReviewDue(a.ReviewOn, h.env.Now()).Overdue {
			text = lang.L("{{.Title}}: you meant to look at this agreement again on {{.Date}}. Until you have, it stands as agreed.", data)
		}
		b := widget.NewButtonWithIcon(lang.L("Open the agreement"), theme.FileTextIcon(), func() { h.env.Navigate(kit.NegotiateOpen{NegotiationID: id}) })
		h.buttons = append(h.buttons, b)
		h.body.Add(container.NewBorder(nil, nil, nil, b, kit.Para(text)))
	}
}
