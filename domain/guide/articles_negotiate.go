package guide

func whyNegotiate() Article {
	return Article{
		ID:    "why-negotiate",
		Title: "Why negotiate at all",
		Body: []Block{
			para("Negotiation is not paperwork. It is how two people make sure they want the same thing, and know how to stop if something goes wrong."),
			bullets(
				"Memory is unreliable when you are aroused or caught up in a moment. An agreement made calmly and written down is clearer than one made in the heat of things.",
				"Hesitation can be mistaken for consent. A safeword agreed in advance takes the guesswork away.",
				"Aftercare is the step people most often skip. Agreeing it beforehand means it actually happens.",
			),
			para("Thin or skipped negotiation is a risk however experienced you are. Experience makes the conversation quicker; it never makes it unnecessary."),
		},
		See: []string{"negotiation", "when-to-negotiate"},
	}
}

func whenToNegotiate() Article {
	return Article{
		ID:    "when-to-negotiate",
		Title: "When and how to negotiate",
		Body: []Block{
			para("Choose a time when both of you can think clearly and say no easily."),
			heading("Good times"),
			bullets(
				"A few days before the scene, so nobody feels rushed.",
				"When you are both relaxed, clothed and out of the bedroom.",
				"When you are both sober and calm. A walk or a quiet drive together works well.",
			),
			heading("Times to avoid"),
			bullets(
				"Just before the scene, when anticipation makes it hard to say no.",
				"In bed, once things have already started.",
				"After an argument, when either of you may agree just to smooth things over.",
				"When either of you has been drinking or taking anything that affects judgement: agreement given then is unreliable, and so is the negotiation.",
			),
			heading("How long it takes"),
			para("A first negotiation with a new partner, or about a new activity, usually takes 45 to 60 minutes: roughly 10 to 15 minutes for each of the four parts. It may take longer than the scene itself. That is thoroughness, not a problem."),
			para("Established partners planning a familiar scene usually need 15 to 30 minutes. It is never zero."),
			heading("What an agreement covers"),
			para("An agreement covers what you agreed and nothing more. A new scene, a new activity or a deeper level of dynamic needs its own conversation, however well the last one went."),
		},
		See: []string{"four-parts", "negotiation"},
	}
}

func fourParts() Article {
	return Article{
		ID:    "four-parts",
		Title: "The four parts of a negotiation",
		Body: []Block{
			para("A complete negotiation covers four parts, plus two areas that are easy to forget. Parley's negotiation document follows the same order."),
			heading("1. What you're doing"),
			para("Be specific. A label such as \"some restraint\" means different things to different people; \"wrist cuffs to the bedposts, a blindfold, light impact with a soft flogger, about 30 minutes, our bedroom, Friday evening\" leaves nothing to guess."),
			bullets(
				"Activities: what exactly, and with what.",
				"Intensity: light, medium or intense; steady or varying.",
				"Duration: \"around an hour\" is fine; \"two minutes\" is too short to mean much, and \"as long as it takes\" is too vague.",
				"Setting: where, which room, and who else is in the building.",
				"Roles: who takes which role, whether there is role play or a power dynamic, which names you will use, and what the role means for who decides, who takes the initiative and who is responsible for what.",
			),
			heading("2. Limits, for each person"),
			para("The person receiving lists their hard and soft limits first, and the person giving acknowledges each one. Then the person giving lists theirs: givers have limits too. Write both sets down."),
			heading("3. Safewords and signals"),
			bullets(
				"The traffic-light system for ordinary check-ins: green, amber, red.",
				"A backup safeword nobody would say by accident during a scene, such as \"pineapple\".",
				"A non-verbal signal, such as dropping something that makes a noise or tapping three times. It is essential whenever speech might be limited.",
			),
			para("A safeword is unconditional: the scene stops at once. Parley prints this rule on every negotiation document."),
			heading("4. Aftercare, for each person"),
			para("\"We'll do aftercare\" is not enough. Agree who provides what, and for how long, in three stages: the first half-hour, the first day, and the following three days."),
			heading("Physical conditions"),
			para("Injuries, sensitivities, limitations, medication and recent changes in health. An old shoulder injury matters a great deal in restraint, for example, and asthma matters with a gag. Mention anything new since last time; \"none\" is a fine answer, but give one. \"Health conditions and pregnancy\" lists the conditions that change what is safe."),
			heading("Emotional landscape"),
			para("Topics, words or framings to avoid, and anything that might land badly given where each of you is right now: a hard week, a loss, a sensitive date."),
		},
		See: []string{"hard-limit", "soft-limit", "safeword-rule", "aftercare-stages", "health-and-pregnancy"},
	}
}
