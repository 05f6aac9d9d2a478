package guide

func firstScene() Article {
	return Article{
		ID:    "first-scene",
		Title: "Your first scene together",
		Body: []Block{
			para("For a first scene with someone, keep everything conservative. There can be other scenes; this one is for building trust."),
			bullets(
				"Light intensity, and no more than about 30 minutes.",
				"Well-known, simple practices: cuffs and a blindfold rather than complex rope.",
				"Three things you are both an absolute yes to, one \"let's try and see\", and a clear \"not this time\" for anything more advanced.",
				"All four parts of the negotiation, in full: expect it to take 45 to 60 minutes.",
				"A 30-minute debrief afterwards, with no expectation about what happens next between you.",
			),
		},
		See: []string{"four-parts", "the-debrief"},
	}
}

func establishedPartners() Article {
	return Article{
		ID:    "established-partners",
		Title: "Established partners, familiar scene",
		Body: []Block{
			para("When you know each other well and the scene is one you have done before, the negotiation can be shorter, but it still happens."),
			bullets(
				"Allow 15 to 20 minutes.",
				"Start from your last negotiation document and change what is different.",
				"Ask directly about anything new since last time: medication, health, sleep, stress, recent emotional events.",
				"Anything genuinely new, whether an activity or a deeper dynamic, gets its own full conversation.",
			),
		},
		See: []string{"when-to-negotiate", "how-to-renegotiate"},
	}
}

func casualAndParty() Article {
	return Article{
		ID:    "casual-and-party",
		Title: "Casual partners and play parties",
		Body: []Block{
			para("With a casual partner, or at a play party with other people and plenty of distractions, keep the scope tight and the limits conservative."),
			bullets(
				"Allow 20 to 30 minutes, and write the agreement down so you can both refer to it.",
				"Only practices you have both done before, even if with other people.",
				"Keep limits more conservative than you would with a long-term partner.",
				"Agree an extraction protocol: how either of you signals that you want to stop and leave the play area, and who handles the goodbyes and the journey home.",
				"Follow the event's own rules and its organisers on top of your own agreement.",
				"Meeting someone casual away from a party? Arrange a safe-call with a friend first.",
				"At a party, nobody is left alone in restraints, however busy the room: someone stays beside them.",
			),
		},
		See: []string{"extraction-protocol", "safe-call", "never-alone", "hard-limit"},
	}
}
