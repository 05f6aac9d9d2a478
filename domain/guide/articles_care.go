package guide

func safewordRule() Article {
	return Article{
		ID:    "safeword-rule",
		Title: "The safeword rule",
		Body: []Block{
			para("A safeword is unconditional. When it is said, or the non-verbal signal is given, the scene stops at once, whatever the role play says."),
			bullets(
				"No \"are you sure?\".",
				"No finishing the current action first.",
				"No bargaining, and no sulking afterwards.",
			),
			heading("What happens instead"),
			bullets(
				"Stop.",
				"Check in: how are you, what do you need?",
				"Go to aftercare.",
			),
			para("Either of you can use the safeword, whoever is leading. Using it is never a failure: it means the arrangement you agreed is working."),
			para("Red on the traffic-light system works the same way. Amber is different: it asks to slow down or check in, not to stop."),
		},
		See: []string{"safeword", "non-verbal-signal", "traffic-light-system"},
	}
}

func aftercareStages() Article {
	return Article{
		ID:    "aftercare-stages",
		Title: "Aftercare in three stages",
		Body: []Block{
			para("Plan aftercare for each person separately, because needs differ. Both people may need it, whoever led."),
			heading("Straight afterwards (about the first 30 minutes)"),
			bullets(
				"Water, warmth, a blanket.",
				"Quiet and closeness, or some space, as each person prefers.",
				"Gentle reassurance.",
				"No debrief yet: feelings are still settling.",
			),
			heading("The first 24 hours"),
			bullets(
				"A check-in or two, in person or by message.",
				"Reassurance and kind words.",
				"Simple, comforting food and rest.",
				"No big decisions about the relationship.",
			),
			heading("Up to 72 hours"),
			bullets(
				"Watch for a delayed low (sub-drop or top-drop), which can arrive a day or two later. If it is severe or does not lift, see \"When a low is severe or lasting\".",
				"Stay available, and say how to reach you.",
				"Hold the debrief two or three days after the scene.",
			),
			para("Write down who provides what, and for how long. \"We'll do aftercare\" on its own is a wish, not a plan."),
		},
		See: []string{"aftercare", "sub-drop-top-drop", "when-drop-lasts", "the-debrief"},
	}
}

func theDebrief() Article {
	return Article{
		ID:    "the-debrief",
		Title: "The debrief",
		Body: []Block{
			para("One to three days after the scene, find a calm moment to talk it over. Not straight afterwards: give feelings time to settle first."),
			heading("Three questions, for each of you"),
			bullets(
				"What worked?",
				"What would you change?",
				"Is there anything I should know about how you've felt since?",
			),
			para("The debrief catches a delayed low that might otherwise go unnoticed, and what you learn feeds straight into your next negotiation. It is also the natural moment to mention that a limit has moved."),
		},
		See: []string{"debrief", "how-to-renegotiate"},
	}
}

func howToRenegotiate() Article {
	return Article{
		ID:    "how-to-renegotiate",
		Title: "Renegotiating limits",
		Body: []Block{
			para("Limits are not fixed for life. New interests appear, soft limits sometimes harden, and now and then a hard limit is reconsidered."),
			bullets(
				"Each change is a new conversation, held calmly and outside a scene.",
				"Never in the middle of a scene: a limit does not move while someone is caught up in the moment.",
				"The debrief is a natural time to say that something has changed.",
				"Raising a limit again is always allowed, and so is declining to change one.",
				"Keep the history: Parley saves every version of a negotiation with its date, so you can both see who agreed to what, and when.",
			),
		},
		See: []string{"renegotiation", "hard-limit", "soft-limit"},
	}
}
