package printout

import (
	"time"

	"parleyapp.org/parley/domain/negotiation"
)

// standingAgreement is what a careful couple would write for an ongoing
// dynamic: Maya leads in much of daily life (never at work, with family
// or about money), Theo follows; three standing rules and a ritual, a
// weekly check-in, a way to pause and to end, and the review three
// months after they talked it through.
func standingAgreement() negotiation.Document {
	people := []negotiation.Participant{
		{ID: "m", Name: "Maya", Pronouns: "she/her"},
		{ID: "t", Name: "Theo", Pronouns: "he/him"},
	}
	talked := time.Date(2026, 11, 15, 19, 30, 0, 0, time.UTC)
	d := negotiation.NewAgreement(people, talked)
	d.Title = "Maya and Theo's agreement"
	d.AgreedOn = time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)
	d.Agreement.Roles = []negotiation.DynamicRole{
		{ParticipantID: "m", Role: "Leads", Reach: negotiation.ReachDaily,
			Bounds: "Never at work, never in front of family or friends, and nothing about money or health decisions."},
		{ParticipantID: "t", Role: "Follows", Reach: negotiation.ReachDaily,
			Bounds: "The same; and my evenings with the choir are my own."},
	}
	d.Agreement.Rules = []negotiation.Standing{
		{Text: "Theo sends a message when he gets home safely", For: []string{"t"}},
		{Text: "Theo asks before making plans for the weekend", For: []string{"t"}, Note: "Not for work or family plans."},
		{Text: "Maya says goodnight in person or by message, every night", For: []string{"m"}},
	}
	d.Agreement.Rituals = []negotiation.Standing{
		{Text: "Theo makes the morning tea on weekends", For: []string{"t"}},
	}
	d.Agreement.CheckIn = negotiation.CheckIn{
		Rhythm: "Every Sunday evening",
		How:    "Over dinner, outside the dynamic: what is working, what is not, anything new.",
	}
	d.Agreement.Exit = negotiation.Exit{
		Pause: "Either of us says \u201cpause the dynamic\u201d, in person or by message; we are simply partners until we have talked.",
		End:   "Either of us can end it at any time, with no reason needed and no argument.",
		Then:  "Aftercare as below, a calm talk within two days, and no blame either way.",
	}
	d.Participants[0].Limits = negotiation.Limits{
		Hard: []negotiation.LimitItem{{Text: "Anything in public where others could tell"}, {Text: "Photos or recordings"}},
		Soft: []negotiation.LimitItem{{Text: "Rules about food", Condition: "only if we talk it through first"}},
	}
	d.Participants[1].Limits = negotiation.Limits{
		Hard: []negotiation.LimitItem{{Text: "Anything around the neck"}, {Text: "Being ignored as a punishment"}, {Text: "Rules about what I wear to work"}},
		Soft: []negotiation.LimitItem{{Text: "Kneeling", Condition: "fine at home, not for long because of my knee"}},
	}
	d.Safewords = negotiation.Safewords{TrafficLight: true, Word: "Lighthouse", Signal: "Two squeezes of the hand, or saying \u201cyellow card\u201d by message"}
	d.Participants[0].Aftercare = negotiation.Aftercare{
		Immediate: negotiation.Care{What: "A hug and a few quiet minutes together", By: []string{"t"}},
		ShortTerm: negotiation.Care{What: "Hearing that Theo is all right", By: []string{"t"}},
	}
	d.Participants[1].Aftercare = negotiation.Aftercare{
		Immediate:  negotiation.Care{What: "Held on the sofa with a blanket and a glass of water", By: []string{"m"}},
		ShortTerm:  negotiation.Care{What: "A message the next morning", By: []string{"m"}},
		LongerTerm: negotiation.Care{What: "Say at the Sunday check-in if I have felt low", By: []string{"t", "m"}},
	}
	return d
}

// newAgreement is the agreement template as it starts, nothing written:
// every gap that matters must show on the page.
func newAgreement() negotiation.Document {
	return negotiation.NewAgreement([]negotiation.Participant{{ID: "m", Name: "Maya"}, {ID: "t", Name: "Theo"}},
		time.Date(2026, 11, 15, 19, 30, 0, 0, time.UTC))
}

// agreementForThree is the standing agreement with Noor as well, who
// follows only during scenes.
func agreementForThree() negotiation.Document {
	d := standingAgreement()
	d.Participants = append(d.Participants, negotiation.Participant{ID: "n", Name: "Noor", Pronouns: "they/them",
		Limits: negotiation.Limits{Hard: []negotiation.LimitItem{{Text: "Anything with a blade"}}}})
	d.Agreement.Roles = append(d.Agreement.Roles, negotiation.DynamicRole{ParticipantID: "n", Role: "Follows", Reach: negotiation.ReachScenes})
	d.Agreement.Rituals = append(d.Agreement.Rituals, negotiation.Standing{Text: "A film night together once a month"})
	return d
}
