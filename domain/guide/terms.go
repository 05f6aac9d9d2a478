package guide

// Terms returns the glossary, in alphabetical order of name.
func Terms() []Term {
	return []Term{
		{
			ID:   "aftercare",
			Name: "Aftercare",
			Definition: "The deliberate care you give each other after a scene while you both come back to your everyday selves: water, warmth, quiet, closeness, reassurance, whatever each of you has asked for. " +
				"Both people may need it, not only the one who received. " +
				"A low mood can arrive a day or two later (sub-drop or top-drop), so aftercare includes checking in over the following days.",
			See: []string{"aftercare-stages", "sub-drop-top-drop", "debrief"},
		},
		{
			ID:   "check-in",
			Name: "Check-in",
			Definition: "A brief question during or after a scene about how the other person is doing: a word, a look, a squeeze of the hand. " +
				"A check-in does not stop anything; it keeps you in touch with each other. " +
				"Amber on the traffic-light system is a way of asking for one.",
			See: []string{"traffic-light-system"},
		},
		{
			ID:   "debrief",
			Name: "Debrief",
			Definition: "A calm conversation one to three days after a scene, once feelings have settled. " +
				"Each of you answers three questions: what worked, what you would change, and whether there is anything the other should know about how you have felt since. " +
				"It catches a delayed low and feeds into your next negotiation.",
			See: []string{"the-debrief", "renegotiation"},
		},
		{
			ID:   "extraction-protocol",
			Name: "Extraction protocol",
			Definition: "A plan, agreed before a play party or a scene with a casual partner, for how either of you signals that you want to stop and leave, and who handles the social side of leaving: the goodbyes, the belongings, the journey home. " +
				"It means nobody has to explain themselves in the moment.",
			See: []string{"casual-and-party"},
		},
		{
			ID:   "hard-limit",
			Name: "Hard limit",
			Definition: "Something that is off the table completely, inside and outside any scene. " +
				"Once someone names a hard limit it stands: nobody asks to bend it in the moment, and it is never renegotiated during a scene. " +
				"Parley never shows your hard limits to anyone unless you choose to put them in a negotiation document.",
			See: []string{"soft-limit", "renegotiation"},
		},
		{
			ID:   "maybe",
			Name: "Maybe",
			Definition: "An answer on the checklist meaning \"possibly, with the right conditions or the right person\". " +
				"A maybe is not a yes: it is a starting point for a conversation, and you can note its conditions beside it. " +
				"When you compare, maybes are shared only if you both agree to include them.",
			See: []string{"checklist", "soft-limit"},
		},
		{
			ID:   "negotiation",
			Name: "Negotiation",
			Definition: "The conversation before a scene, or before a longer-term dynamic, in which you agree what is in play, what is off the table and how you will keep each other safe. " +
				"It is a conversation between equals: both people's wishes, limits and needs count the same, whatever roles you take. " +
				"Parley helps you prepare it and write it down; it does not replace it.",
			See: []string{"when-to-negotiate", "four-parts"},
		},
		{
			ID:   "negotiation-document",
			Name: "Negotiation document",
			Definition: "The written, dated record of what you agreed: the scene, each person's limits, safewords and signals, physical conditions, things to avoid and aftercare. " +
				"Parley prints it on one page so you can both read it again before the scene. " +
				"It is your shared memory of the agreement, not a contract: consent can still be withdrawn at any time.",
			See: []string{"four-parts", "uk-law"},
		},
		{
			ID:   "non-verbal-signal",
			Name: "Non-verbal signal",
			Definition: "A way to stop a scene without speaking, agreed in advance: dropping an object that makes a noise, for example, or tapping three times. " +
				"It is essential whenever speech may be difficult, such as with a gag, and a sensible backup at any time. " +
				"Like a safeword, it is unconditional.",
			See: []string{"safeword", "safeword-rule"},
		},
		{
			ID:   "rack",
			Name: "RACK (risk-aware consensual kink)",
			Definition: "An ethical framework that starts from the fact that nothing is free of risk. " +
				"Instead of calling an activity safe, partners learn and name its specific risks, decide which they accept and agree how to reduce them. " +
				"The risk notes on Parley's activities follow this approach.",
			See: []string{"ssc"},
		},
		{
			ID:   "renegotiation",
			Name: "Renegotiation",
			Definition: "Changing what you have agreed, in a fresh conversation outside a scene. " +
				"Limits move over time: new interests appear, soft limits can harden, and hard limits are occasionally reconsidered. " +
				"Each change deserves its own conversation, and Parley keeps a dated record of every version.",
			See: []string{"how-to-renegotiate", "debrief"},
		},
		{
			ID:   "safe-call",
			Name: "Safe-call",
			Definition: "An arrangement with a trusted friend before you meet a new or casual partner: the friend knows where you are, who with, and when you expect to be done. " +
				"If you have not been in touch by the agreed time, the friend calls you, and if they cannot reach you, they call for help. " +
				"A partner worth playing with will not mind.",
			See: []string{"scene-day", "extraction-protocol"},
		},
		{
			ID:   "safeword",
			Name: "Safeword",
			Definition: "An agreed word or signal that stops the scene at once, whatever the role play says. " +
				"Choose a word nobody would say by accident during a scene, such as \"pineapple\". " +
				"A safeword is unconditional: everything stops, with no questions asked and nothing finished first.",
			See: []string{"safeword-rule", "traffic-light-system", "non-verbal-signal"},
		},
		{
			ID:   "scene",
			Name: "Scene",
			Definition: "A stretch of time you have both agreed to set aside for kink, with a clear start, a middle and an end. " +
				"It sits apart from the rest of your life together: the roles and rules inside it stop when it ends. " +
				"Agreeing where it begins and ends makes it easier for both of you to step in and out.",
			See: []string{"negotiation", "scene-name"},
		},
		{
			ID:   "scene-name",
			Name: "Scene name",
			Definition: "A name someone uses in kink spaces or during a scene instead of their everyday name, for privacy or because it suits the role. " +
				"Agree in your negotiation which names you will use during the scene, and which you would like afterwards.",
			See: []string{"four-parts"},
		},
		{
			ID:   "soft-limit",
			Name: "Soft limit",
			Definition: "Something that is off the table for now, or acceptable only under conditions you state: light spanking yes, a full impact scene not yet; teasing names yes, but not these particular words. " +
				"A soft limit can change, but only in a calm conversation outside a scene, never in the middle of one.",
			See: []string{"hard-limit", "maybe", "renegotiation"},
		},
		{
			ID:   "ssc",
			Name: "SSC (safe, sane, consensual)",
			Definition: "An ethical framework for kink: what you do should be safe, everyone should be of sound mind when they agree to it, and everyone should freely consent. " +
				"Because nothing is entirely safe, many people prefer RACK, which names risks instead of promising safety.",
			See: []string{"rack"},
		},
		{
			ID:   "sub-drop-top-drop",
			Name: "Sub-drop and top-drop",
			Definition: "A low mood, tiredness or feeling of emptiness that can follow an intense scene, often arriving a day or two later rather than straight away. " +
				"It is called sub-drop when it affects the person who received or followed, and top-drop when it affects the person who gave or led. " +
				"Both are real and common, which is why aftercare includes checking in over the following days.",
			See: []string{"aftercare", "aftercare-stages"},
		},
		{
			ID:   "subspace",
			Name: "Subspace",
			Definition: "A floaty, faraway state some people slip into during a scene. It is often put down to adrenaline and the body's own painkillers, though that part is not yet well studied. " +
				"It can feel wonderful, but it dulls pain and judgement, and someone deep in it may not use a safeword even when they need one. " +
				"So the person giving keeps watching breathing, colour and responsiveness, and stops unasked if something looks wrong.",
			See: []string{"beyond-the-safeword", "sub-drop-top-drop"},
		},
		{
			ID:   "traffic-light-system",
			Name: "Traffic-light system",
			Definition: "Three words for checking in during a scene. " +
				"Green means carry on, this is good. " +
				"Amber (or yellow) means slow down, ease off or check in, but don't stop. " +
				"Red means stop now: the scene is over.",
			See: []string{"safeword", "safeword-rule"},
		},
		{
			ID:   "checklist",
			Name: "Yes / No / Maybe list",
			Definition: "A list of activities that each person answers privately: yes, maybe, no (a soft limit) or hard limit, and you may skip any. " +
				"When you compare, only what you both said yes to is revealed. " +
				"It gives you a shared vocabulary and a starting point, so nobody has to raise every topic unprompted; it does not replace the conversation.",
			See: []string{"maybe", "negotiation"},
		},
	}
}
