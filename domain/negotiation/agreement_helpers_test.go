package negotiation

import "time"

// goodAgreement is a complete, careful standing agreement between Alex
// (p1, leading) and Sam (p2, following), agreed on 2 May with a review on
// 1 August: the review should have nothing to say about it on 3 May.
func goodAgreement() Document {
	d := goodDoc()
	d.Title = "Our arrangement"
	d.Template = KindAgreement
	d.Scene = Scene{}
	d.SceneOn, d.DebriefOn = time.Time{}, time.Time{}
	for i := range d.Participants {
		d.Participants[i].Physical, d.Participants[i].Intoxication = "", ""
	}
	d.Agreement = Agreement{
		Roles: []DynamicRole{
			{ParticipantID: "p1", Role: "leads", Reach: ReachDaily, Bounds: "Never at work, never in front of family, nothing about money."},
			{ParticipantID: "p2", Role: "follows", Reach: ReachDaily, Bounds: "Never at work, never in front of family, nothing about money."},
		},
		Rules: []Standing{
			{Text: "Sam asks before buying anything over £50 for the flat", For: []string{"p2"}},
			{Text: "Alex sends a goodnight message when we are apart", For: []string{"p1"}},
		},
		Rituals: []Standing{{Text: "Sam wears the bracelet at weekends", For: []string{"p2"}, Note: "Taken off for the gym."}},
		CheckIn: CheckIn{Rhythm: "Every Sunday evening", How: "Over tea on the sofa, outside the dynamic: what is working, what is not, anything new."},
		Exit: Exit{
			Pause: "Either of us says 'pause the dynamic', in person or by message.",
			End:   "Either of us can end it at any time, no reason needed.",
			Then:  "Aftercare as below, a calm talk within two days, no blame.",
		},
		ReviewOn: date(8, 1, 0, 0),
	}
	return d
}
