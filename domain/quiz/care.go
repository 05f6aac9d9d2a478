package quiz

// CareGapOver is how far one person's need for reassurance may exceed the
// other's caregiving score before the care check says it is worth talking
// about.
const CareGapOver = 25

// CareCheck reads one person's need for reassurance against the other
// person's wish to look after a partner. Caregiving and reassurance are each
// compared like for like as traits; this check is where they meet, because
// what one person needs after a scene has to come from the other.
type CareCheck struct {
	Needs    string // the person whose need is read
	Gives    string // the partner whose caregiving is read
	Need     int    // Needs' reassurance score
	Care     int    // Gives' caregiving score
	Fit      Fit
	Sentence string
	Question string
}

// careText is the sentence and question of one case of the care check;
// {a} is the person whose need is read, {b} the partner who gives.
type careText struct{ id, sentence, question string }

// careTexts are the care check's three cases: in step, needs more than is
// offered, is offered more than needed.
func careTexts() [3]careText {
	return [3]careText{
		{"fits",
			"{b}'s wish to look after a partner is in step with how much reassurance {a} tends to need.",
			"What would {a} most like from {b} in the first half-hour after a scene, and in the day that follows?"},
		{"needs-more",
			"{a} may need more reassurance after a scene than {b} would naturally think to offer.",
			"What exactly would help {a} afterwards, and which parts of that can {b} comfortably give?"},
		{"gives-more",
			"{b} may enjoy giving more care than {a} usually needs, which is fine as long as {a} can say what feels like enough.",
			"How will {a} let {b} know what feels like enough, and is there a way {b} would enjoy being looked after too?"},
	}
}

func checkCare(w Words, needs string, need int, gives string, care int) CareCheck {
	c := CareCheck{Needs: needs, Gives: gives, Need: need, Care: care, Fit: Fits}
	texts := careTexts()
	t := texts[0]
	switch {
	case need-care > CareGapOver:
		c.Fit = WorthTalkingAbout
		t = texts[1]
	case care-need > CareGapOver:
		t = texts[2]
	}
	fill := names(needs, gives)
	c.Sentence = fill.Replace(w.get("care."+t.id+".sentence", t.sentence))
	c.Question = fill.Replace(w.get("care."+t.id+".question", t.question))
	return c
}
