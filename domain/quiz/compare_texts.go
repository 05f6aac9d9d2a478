package quiz

// text is the sentence and question shown for one trait in one situation.
// {a} and {b} stand for the two names; for Apart, {a} is the person with
// the higher score; for LeadsAndFollows, {a} leads; for OneLeads and
// OneFollows, {a} has the clear preference and {b} is in the middle.
type text struct {
	sentence string
	question string
}

// traitTexts returns the texts of one trait for every situation of its kind.
func traitTexts(id TraitID) map[Situation]text {
	switch id {
	case Lead:
		return map[Situation]text{
			LeadsAndFollows: {
				"{a} tends to enjoy setting the pace and {b} tends to enjoy following it, so your preferences meet naturally.",
				"How would {a} like to check in while leading, and how will {b} say that something needs to change?",
			},
			BothHigh: {
				"{a} and {b} both like to take the lead, so it is worth agreeing who steers this time.",
				"Who would like to lead this scene, and would you enjoy taking turns on another day?",
			},
			BothLow: {
				"{a} and {b} both prefer to follow, so neither of you may naturally take charge.",
				"Would one of you like to try leading a short, simple scene, and what would make that feel comfortable?",
			},
			OneLeads: {
				"{a} enjoys setting the pace, and {b} is comfortable leading or following, so {b} can meet {a} there.",
				"Does {b} feel like following this time, or would a turn at leading appeal one day?",
			},
			OneFollows: {
				"{a} enjoys following, and {b} is comfortable leading or following, so {b} can take the lead.",
				"How does {b} feel about leading, and what would help {a} feel settled following {b}?",
			},
			BothMiddle: {
				"{a} and {b} are both happy to lead or to follow, which gives you room, but nobody will take the lead by default.",
				"Who leads this time, and how will you let each other know if you want to swap?",
			},
		}
	case Intensity:
		return map[Situation]text{
			BothHigh: {
				"{a} and {b} both enjoy strong, demanding experiences.",
				"Where is the edge for each of you, and how will each of you notice when it is close?",
			},
			BothLow: {
				"{a} and {b} both prefer things light and gentle.",
				"What does gentle look like for each of you, and is there anything you would like to turn up a little, slowly?",
			},
			Close: {
				"{a} and {b} like a similar level of intensity.",
				"On a line from light to intense, where would each of you like this scene to sit?",
			},
			Apart: {
				"{a} tends to enjoy more intensity than {b} does.",
				"How can {a} enjoy the scene within the level {b} is comfortable with, and how will {b} signal that it is enough?",
			},
		}
	case Sensation:
		return map[Situation]text{
			BothHigh: {
				"{a} and {b} both love trying new things.",
				"With so much you could try, which one new thing would you start with, and what will you save for another time?",
			},
			BothLow: {
				"{a} and {b} both take comfort in the familiar.",
				"Which familiar things would you like to make room for, and is either of you quietly curious about something new?",
			},
			Close: {
				"{a} and {b} have a similar appetite for new experiences.",
				"What balance between the familiar and the new would feel right this time?",
			},
			Apart: {
				"{a} is keener on new experiences than {b}, who leans towards the familiar.",
				"What small new step would excite {a} while still feeling safe and known to {b}?",
			},
		}
	case Structure:
		return map[Situation]text{
			BothHigh: {
				"{a} and {b} both like clear plans, rules and rituals.",
				"Which rules or rituals would you like to agree on, and how will you change one that stops working?",
			},
			BothLow: {
				"{a} and {b} both prefer to keep things loose and spontaneous.",
				"How much room do you each want to improvise, and what still needs settling in advance, such as limits, safewords and aftercare?",
			},
			Close: {
				"{a} and {b} want a similar amount of structure.",
				"Which parts of the scene would you like to plan, and which would you rather leave open?",
			},
			Apart: {
				"{a} likes more structure and planning than {b} does.",
				"Which parts does {a} need settled in advance, and where can {b} have room to be spontaneous?",
			},
		}
	case Playfulness:
		return map[Situation]text{
			BothHigh: {
				"{a} and {b} both enjoy humour and lightness, so laughter will probably be part of the fun.",
				"What kind of teasing feels good to each of you, and is anything not a joking matter?",
			},
			BothLow: {
				"{a} and {b} both prefer a serious, focused mood.",
				"What helps each of you settle into that focus, and what might break it?",
			},
			Close: {
				"{a} and {b} enjoy a similar mix of play and seriousness.",
				"When would a moment of laughter feel welcome, and when would it get in the way?",
			},
			Apart: {
				"{a} brings more playfulness than {b}, who likes a more serious mood.",
				"How will {a} know when a joke would be welcome, and how can {b} say kindly that it is time to be serious?",
			},
		}
	case Exhibition:
		return map[Situation]text{
			BothHigh: {
				"{a} and {b} both enjoy the idea of being seen by others.",
				"Who, where and how much would feel right to each of you, and what stays private whatever happens?",
			},
			BothLow: {
				"{a} and {b} both want to keep things strictly private.",
				"What does private mean to each of you: who may know about you, and what stays between the two of you?",
			},
			Close: {
				"{a} and {b} feel much the same about being seen by others.",
				"Is there anything about privacy, photos or who knows what that you would like to agree on?",
			},
			Apart: {
				"{a} is more drawn to being seen by others than {b} is.",
				"What does {b} need in order to feel fully private and safe, and is there anything {a} would enjoy that {b} is also comfortable with?",
			},
		}
	case Caregiving:
		return map[Situation]text{
			BothHigh: {
				"{a} and {b} both enjoy looking after a partner.",
				"When you both want to give care, how will you make sure each of you receives it too?",
			},
			BothLow: {
				"Looking after someone does not come first for either {a} or {b}.",
				"Aftercare still matters: what simple care could each of you comfortably give, and how will you make sure it happens?",
			},
			Close: {
				"{a} and {b} have a similar appetite for looking after each other.",
				"What does looking after each other mean to you in practice, before, during and after a scene?",
			},
			Apart: {
				"{a} enjoys looking after a partner more than {b} does.",
				"How can {a} give care without running out of energy, and what kind of care comes naturally to {b}?",
			},
		}
	case Reassurance:
		return map[Situation]text{
			BothHigh: {
				"{a} and {b} both feel best with plenty of reassurance and closeness afterwards.",
				"If you both feel low at the same time, who or what could help, and how will you check in over the next few days?",
			},
			BothLow: {
				"{a} and {b} both tend to settle quickly after a scene without much looking after.",
				"A low can still arrive a day or two later: how will you check in with each other, even if all seems well?",
			},
			Close: {
				"{a} and {b} need a similar amount of reassurance after a scene.",
				"What does reassurance look like for each of you: words, closeness, quiet time, a message the next day?",
			},
			Apart: {
				"{a} tends to need more reassurance after a scene than {b} does.",
				"What helps {a} feel settled afterwards, and how can {b} offer it while still getting what {b} needs?",
			},
		}
	}
	return nil
}
