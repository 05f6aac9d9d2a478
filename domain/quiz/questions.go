package quiz

// QuestionSetVersion is the version of the statements below. It is stored in
// every result. Reword a statement in a way that changes its meaning, and
// this number goes up.
const QuestionSetVersion = 1

// QuestionID names a statement. IDs are stable.
type QuestionID string

// Question is one statement of the test.
type Question struct {
	ID    QuestionID
	Trait TraitID
	Text  string
	// Reversed marks a statement worded against its trait: agreeing with it
	// lowers the trait's score.
	Reversed bool
}

// The five points of the answer scale, stored as 1..5. Zero means unanswered.
const (
	StronglyDisagree = 1
	Disagree         = 2
	Neutral          = 3
	Agree            = 4
	StronglyAgree    = 5
)

// Scale returns the labels of the five answers, from 1 to 5.
func Scale() []string {
	return []string{
		"Strongly disagree",
		"Disagree",
		"Neither agree nor disagree",
		"Agree",
		"Strongly agree",
	}
}

// Questions returns the 24 statements in the order they are shown: three
// rounds, each round taking one statement from every trait, so that the
// statements of one trait are spread through the test.
func Questions() []Question {
	var out []Question
	for round := 0; round < 3; round++ {
		for _, t := range Traits() {
			out = append(out, statements(t.ID)[round])
		}
	}
	return out
}

// QuestionsFor returns the three statements of one trait.
func QuestionsFor(id TraitID) []Question {
	return statements(id)
}

func statements(id TraitID) []Question {
	switch id {
	case Lead:
		return []Question{
			{ID: "lead-1", Trait: Lead, Text: "I enjoy being the one who decides what happens next."},
			{ID: "lead-2", Trait: Lead, Text: "I feel most at ease when someone else sets the pace.", Reversed: true},
			{ID: "lead-3", Trait: Lead, Text: "Taking responsibility for how an experience unfolds appeals to me."},
		}
	case Intensity:
		return []Question{
			{ID: "intensity-1", Trait: Intensity, Text: "I like experiences that feel strong and demanding."},
			{ID: "intensity-2", Trait: Intensity, Text: "Gentle and light is usually all I want.", Reversed: true},
			{ID: "intensity-3", Trait: Intensity, Text: "I like finding out how far I can comfortably go."},
		}
	case Sensation:
		return []Question{
			{ID: "sensation-1", Trait: Sensation, Text: "Trying something I have never done before excites me."},
			{ID: "sensation-2", Trait: Sensation, Text: "I would rather stick with what I already know I enjoy.", Reversed: true},
			{ID: "sensation-3", Trait: Sensation, Text: "I get restless if things stay the same for too long."},
		}
	case Structure:
		return []Question{
			{ID: "structure-1", Trait: Structure, Text: "I like things to follow a shape we have agreed in advance."},
			{ID: "structure-2", Trait: Structure, Text: "Small rules and rituals make an experience feel special to me."},
			{ID: "structure-3", Trait: Structure, Text: "I prefer to go with the flow rather than follow a plan.", Reversed: true},
		}
	case Playfulness:
		return []Question{
			{ID: "playfulness-1", Trait: Playfulness, Text: "Laughing together in the middle of things feels natural to me."},
			{ID: "playfulness-2", Trait: Playfulness, Text: "I like to keep the mood serious and focused.", Reversed: true},
			{ID: "playfulness-3", Trait: Playfulness, Text: "Teasing and a bit of silliness are a big part of the fun for me."},
		}
	case Exhibition:
		return []Question{
			{ID: "exhibition-1", Trait: Exhibition, Text: "I like the idea of other people noticing the connection between us."},
			{ID: "exhibition-2", Trait: Exhibition, Text: "I want what we share to stay strictly between us.", Reversed: true},
			{ID: "exhibition-3", Trait: Exhibition, Text: "Being watched by people I trust would add something for me."},
		}
	case Caregiving:
		return []Question{
			{ID: "caregiving-1", Trait: Caregiving, Text: "Looking after someone afterwards is one of the parts I enjoy most."},
			{ID: "caregiving-2", Trait: Caregiving, Text: "I notice quickly when someone needs comfort."},
			{ID: "caregiving-3", Trait: Caregiving, Text: "Tending to someone else's feelings can feel like hard work to me.", Reversed: true},
		}
	case Reassurance:
		return []Question{
			{ID: "reassurance-1", Trait: Reassurance, Text: "After something intense, I need closeness and comfort."},
			{ID: "reassurance-2", Trait: Reassurance, Text: "It matters to me to hear that I did well and that all is well between us."},
			{ID: "reassurance-3", Trait: Reassurance, Text: "I bounce back quickly on my own after something intense.", Reversed: true},
		}
	}
	return nil
}
