package guide

// The safety articles of issue 13. Every fact in them is checked against a
// source listed in docs/safety-sources.md; the wording is ours.

func breathAndNeck() Article {
	return Article{
		ID:    "breath-and-neck",
		Title: "Breath play and the neck",
		Body: []Block{
			para("Breath play means limiting someone's breathing on purpose, or pressing on their neck: choking, smothering, face-sitting and anything else that gets between a person and their next breath. Many kink lists include it, so Parley lists it too, to help you talk about it honestly. Educators and doctors are unusually united here: there is no way to make it safe."),
			heading("Why it is different from everything else on the list"),
			bullets(
				"Pressure on the neck can stop blood reaching the brain, even when it feels light. A person can pass out within seconds, often sooner than either of you expects.",
				"Someone who has passed out cannot tap, drop anything or say a safeword. Every signal you agreed stops working at the very moment it is needed.",
				"No technique, no amount of practice and no gentle touch takes the risk away. The neck holds the airway and major blood vessels close under the skin, and they can be injured without leaving a mark.",
				"Some injuries inside the neck show themselves only hours or days later, for example as a stroke.",
			),
			heading("If you still choose it"),
			bullets(
				"Never with any restraint: the person must always be able to push you away and move.",
				"Never after alcohol or drugs, for either of you.",
				"Never leave the person alone, not even for a moment, and never try it on your own.",
				"Agree that it stops at the first sign of dizziness, a change in colour or any drifting away, without waiting for a signal.",
			),
			heading("Signs that need urgent help, even days later"),
			bullets(
				"A voice that sounds different, hoarse or weak.",
				"Trouble breathing or swallowing.",
				"Pain or swelling in the neck.",
				"A headache, confusion, or changes in sight or speech.",
				"Having passed out at any point, however briefly.",
			),
			para("If any of these appear, call 999 or go to A&E, and say plainly that there was pressure on the neck: doctors need to know, and they are there to help, not to judge. If you are unsure, NHS 111 can advise, but never wait with trouble breathing."),
			heading("The law"),
			para("In England and Wales, strangling someone, or doing anything else to them that affects their breathing, is a specific crime, and consent stops being a defence once it causes harm. The legal article explains the details."),
		},
		See: []string{"uk-law", "safety-kit", "beyond-the-safeword"},
	}
}

func beyondTheSafeword() Article {
	return Article{
		ID:    "beyond-the-safeword",
		Title: "The safeword is not the only safeguard",
		Body: []Block{
			para("A safeword only works if someone can use it. Sometimes the person who most needs to stop cannot say so: deep in subspace, frozen by fear, or too far inside their own head to find the word. So the person giving never hands all of the watching over to the safeword."),
			heading("What to keep watching"),
			bullets(
				"Breathing: steady, or suddenly fast, shallow, noisy or held.",
				"Colour: a face or lips turning pale, grey or blue, or hands going white or blue.",
				"Responsiveness: answers that slow down, a blank look, no reaction where there used to be one.",
				"Stillness that does not fit: going limp or rigid, or silence from someone who is usually loud.",
			),
			para("If something looks wrong, stop, without waiting to be asked. A check-in costs a moment; a missed problem can cost far more."),
			heading("Stopping, in order"),
			bullets(
				"Gags and hoods out first, so the person can breathe and speak.",
				"Then restraints off. Keep safety shears within reach for the whole scene: cutting is quicker than untying.",
				"Then warmth, water and your full attention. Stay with them.",
			),
			heading("Freezing is not consent"),
			para("Fear can make a person go still and quiet instead of struggling or speaking. Silence, stillness and no safeword are not a yes. If you are not sure, step out of role and ask in plain words."),
		},
		See: []string{"subspace", "safeword-rule", "safety-kit"},
	}
}

func neverAlone() Article {
	return Article{
		ID:    "never-alone",
		Title: "Never left alone",
		Body: []Block{
			para("Being left alone for a short while can be part of the thrill of restraint. It is only a fair risk for someone who can still call out, wriggle free or be heard, and even then the person who tied them stays within earshot, comes back often and never leaves the building."),
			heading("Nobody is left alone with"),
			bullets(
				"A gag, or anything over the mouth.",
				"A hood, or anything over the face.",
				"Anything around or against the neck, including a collar or lead fastened to something.",
				"A face-down tie, such as a hogtie.",
				"Suspension, even partial.",
				"Full-body wrapping, where heat and panic build quickly.",
			),
			para("In these cases within earshot is not enough: someone who cannot breathe properly often cannot make a sound either. A person stays right beside them, watching, the whole time."),
			heading("Face-down ties"),
			bullets(
				"Lying face down with the wrists and ankles drawn together makes every breath harder work, and the strain grows the longer it lasts.",
				"Never put weight on the back, never add a gag, and keep it short.",
				"Untie at once at any sign of struggling to breathe, panic or drowsiness.",
			),
		},
		See: []string{"beyond-the-safeword", "safety-kit"},
	}
}

func alcoholAndDrugs() Article {
	return Article{
		ID:    "alcohol-and-drugs",
		Title: "Alcohol, drugs and play",
		Body: []Block{
			para("Plenty of people like a drink to relax. With kink, though, even a little changes things, for both of you, which is why many educators and clubs keep it simple: play sober, and save the drink for another evening."),
			heading("What it changes"),
			bullets(
				"Consent: agreeing needs the capacity to choose. Someone who is very drunk or high may not have it, and nobody can reliably tell from the outside where that line is.",
				"Pain: alcohol and many drugs dull it, so an injury can happen without either of you noticing, and show itself only later.",
				"The giver's judgement: aim, strength, knots and timing all slip, and so does knowing when to stop.",
				"Sickness: vomiting under a gag, tape or a hood can block the airway. Nobody who has been drinking is gagged.",
				"Breathing: alcohol and some drugs make passing out more likely and breathing weaker, so never combine them with anything that restricts breathing or a face-down tie.",
				"Sharp and hot things: fire play, knives and rope need steady hands and quick reactions. Keep them well away from anyone who has been drinking, and keep alcohol itself away from flames.",
			),
			heading("Before and during"),
			para("The negotiation document asks each of you whether you plan to drink or take anything before or during the scene. An honest answer, including any medication that makes you drowsy, is part of the agreement. If anyone has had more than planned, scale the scene right down or postpone it."),
		},
		See: []string{"when-to-negotiate", "scene-day"},
	}
}

func healthAndPregnancy() Article {
	return Article{
		ID:    "health-and-pregnancy",
		Title: "Health conditions and pregnancy",
		Body: []Block{
			para("Bodies differ, and some conditions change what is safe. The negotiation document has a place for physical conditions: fill it in for each person, even if the answer is simply \"none\". Medication and recent changes count too. If you are unsure about something, ask your GP, a pharmacist or your midwife."),
			heading("Conditions that change what is safe"),
			bullets(
				"Asthma, a cold or a blocked nose: breathing depends on a clear airway. Take extra care with gags, hoods, tape, rope across the chest and even long tickling, and keep any inhaler within reach.",
				"Heart conditions, a pacemaker or other implant, or a history of fainting: no electrical play. Suspension and intense fear play strain the heart and circulation, so think very carefully about them and talk to your doctor first.",
				"Epilepsy: a seizure needs restraints off within seconds and nobody held down while it lasts, so use only ties that release at once, keep shears to hand, and leave out electrical play.",
				"Diabetes: long scenes and hard exertion can bring blood sugar down, sometimes hours later. Eat beforehand, keep something sugary close, and agree breaks to check.",
				"Blood thinners, such as warfarin or apixaban: bruises come far more easily and bleeding takes longer to stop, so go much lighter with impact, and think twice about needles or anything that breaks the skin.",
				"Hypermobility: joints can slip past where they are safe without warning, so avoid forcing limbs into stretched or stress positions, and tie gently.",
				"Raynaud's: cold and stress can shut off blood to fingers and toes, so be careful with ice and cold rooms, keep rope loose, and keep watching the hands.",
				"Contact lenses: we suggest taking them out before a blindfold goes on or anything comes near the face, such as face slapping. This is a simple precaution of ours rather than settled medical advice; your optician can tell you more.",
			),
			heading("Pregnancy"),
			bullets(
				"No pressure on the belly, and nothing that restricts breathing.",
				"From about 28 weeks, avoid lying flat on the back for long: the weight of the womb can press on major blood vessels. Lying on one side is better.",
				"No electrical play. A TENS machine for labour pain is a separate matter for your midwife.",
				"Ask your midwife or GP about anything you are unsure of; they have heard every kind of question.",
			),
		},
		See: []string{"four-parts", "scene-day"},
	}
}

func safetyKit() Article {
	return Article{
		ID:    "safety-kit",
		Title: "A safety kit and emergencies",
		Body: []Block{
			para("Put a small kit together before you play, and keep it where both of you know to find it."),
			heading("In the kit"),
			bullets(
				"Safety shears with a blunt tip, the kind first-aiders carry, for cutting rope, tape or clothing quickly.",
				"A spare key for every lock, cuff or device, kept in one agreed place.",
				"A charged phone within reach of someone who is free to use it.",
				"A first aid kit, water and a blanket.",
			),
			heading("In an emergency"),
			bullets(
				"Stop the scene at once: gags and hoods out, restraints off.",
				"If someone is not breathing, has passed out, is struggling to breathe or is badly hurt, call 999 (112 works too). Tell the call handler plainly what happened: they need the facts to help.",
				"For something urgent but not life-threatening, call NHS 111, day or night.",
				"If someone is breathing but will not wake, put them in the recovery position: on their side, the top knee bent so they cannot roll forward, the head tilted back so the airway stays open. Stay with them until help arrives.",
				"For a burn, cool it under cool running water for 20 minutes, take off anything tight nearby unless it is stuck to the skin, then cover it loosely with cling film. No ice, butter or creams.",
			),
			para("A short first aid course covers the recovery position and what to do if someone stops breathing. It is worth doing for anyone who plays."),
		},
		See: []string{"beyond-the-safeword", "breath-and-neck", "never-alone"},
	}
}

func sceneDay() Article {
	return Article{
		ID:    "scene-day",
		Title: "On the day: a check and a safe-call",
		Body: []Block{
			para("A plan made days ago meets the day as it actually is. Before you begin, take a minute each to check in honestly."),
			heading("A check on the day"),
			bullets(
				"Feeling unwell, feverish or run down?",
				"Exhausted, or short of sleep?",
				"A new injury, ache or strain since you negotiated?",
				"Grief, bad news or a hard day that is still weighing on you?",
				"Anything to drink, or any new medication?",
			),
			para("If the answer to any of these is yes, scale the scene back or postpone it. That is the plan working, not failing: the scene will still be there next week."),
			heading("A safe-call with a casual partner"),
			para("Before meeting someone new or casual, tell a friend you trust where you will be and when you expect to be done."),
			bullets(
				"Give your friend the address, your partner's name and a way to reach them.",
				"Agree a time to message, a word that means \"all is well\", and another that means \"call me with a reason to leave\".",
				"Agree what your friend does if the time passes without a word: ring you, ring again, and if they still cannot reach you, call the police.",
			),
			para("A partner worth playing with will not mind. Someone who objects to a safe-call has told you something important."),
		},
		See: []string{"safe-call", "casual-and-party", "extraction-protocol"},
	}
}

func whenDropLasts() Article {
	return Article{
		ID:    "when-drop-lasts",
		Title: "When a low is severe or lasting",
		Body: []Block{
			para("A low a day or two after a scene is common, and usually passes with rest, kindness and a check-in. Sometimes it is heavier, or it does not lift, and then it deserves more help than a partner alone can give."),
			heading("When to look for more help"),
			bullets(
				"The low lasts more than a few days, or keeps coming back.",
				"It gets in the way of sleeping, eating, working or looking after yourself.",
				"A scene has stirred up old memories or trauma that will not settle.",
				"You have thoughts of harming yourself.",
			),
			heading("Where to turn"),
			bullets(
				"Your GP, who can talk it through and point you to support. You can say as much or as little about the scene as you like.",
				"NHS 111, if you need help soon and do not know where to go; it has a mental health option.",
				"Samaritans, free on 116 123 at any hour, if you need someone to listen.",
				"If you feel you might act on thoughts of harming yourself, call 999 or go to A&E.",
			),
		},
		See: []string{"sub-drop-top-drop", "aftercare-stages", "the-debrief"},
	}
}
