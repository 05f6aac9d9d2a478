package quiz

// TraitID names a trait. IDs are stable: they are stored in results and
// their order in Traits() fixes the order of the scores in a result code.
type TraitID string

// The eight traits, in the order of Traits().
const (
	Lead        TraitID = "lead"
	Intensity   TraitID = "intensity"
	Sensation   TraitID = "sensation"
	Structure   TraitID = "structure"
	Playfulness TraitID = "playfulness"
	Exhibition  TraitID = "exhibition"
	Caregiving  TraitID = "caregiving"
	Reassurance TraitID = "reassurance"
)

// CompareKind says how two people's scores on a trait are read together.
type CompareKind string

const (
	// Complement: opposite poles fit (one leads, the other follows);
	// both at the same end is worth talking about.
	Complement CompareKind = "complement"
	// Similarity: close scores fit; far apart is worth talking about.
	Similarity CompareKind = "similarity"
)

// Trait is one dimension of the profile.
type Trait struct {
	ID   TraitID
	Name string
	High string // what a high score means, one sentence
	Low  string // what a low score means, one sentence
	Kind CompareKind
	Why  string // why this compare kind, one or two sentences
}

// Traits returns the eight traits in their fixed order.
func Traits() []Trait {
	return []Trait{
		{
			ID:   Lead,
			Name: "Leading and following",
			High: "You enjoy setting the pace and deciding what happens next.",
			Low:  "You enjoy following someone else's lead and letting them decide.",
			Kind: Complement,
			Why:  "A scene flows most easily when one person likes to steer and the other likes to be steered; two people at the same end need to agree who does what.",
		},
		{
			ID:   Intensity,
			Name: "Intensity",
			High: "You are drawn to strong, demanding experiences near the edge of your comfort.",
			Low:  "You prefer things light and gentle, well inside your comfort.",
			Kind: Similarity,
			Why:  "A scene can only go as far as the more cautious person is comfortable with, so a similar appetite for intensity means nobody is held back or pushed.",
		},
		{
			ID:   Sensation,
			Name: "Novelty and sensation seeking",
			High: "You love new experiences and trying things for the first time.",
			Low:  "You find comfort in the familiar and in things you already know you enjoy.",
			Kind: Similarity,
			Why:  "When one person wants novelty and the other wants the familiar, each scene asks one of them to compromise; a similar appetite makes planning easier.",
		},
		{
			ID:   Structure,
			Name: "Structure and protocol",
			High: "You like clear plans, rules and rituals agreed in advance.",
			Low:  "You prefer things loose and spontaneous, within the limits you have agreed.",
			Kind: Similarity,
			Why:  "Rules and rituals only work when both people value them; a loose partner can find them stiff, and a structured partner can find spontaneity unsettling.",
		},
		{
			ID:   Playfulness,
			Name: "Playfulness",
			High: "You bring humour and lightness, and laughing mid-scene feels natural.",
			Low:  "You prefer a serious, focused mood that laughter would break.",
			Kind: Similarity,
			Why:  "The mood of a scene is shared: a joke that delights one person can break the spell for the other.",
		},
		{
			ID:   Exhibition,
			Name: "Being seen",
			High: "You enjoy the idea of others noticing or watching what you share.",
			Low:  "You want what you share to stay strictly private.",
			Kind: Similarity,
			Why:  "Privacy has to suit both people: the more private person's wishes set the boundary, so a big gap needs an explicit agreement.",
		},
		{
			ID:   Caregiving,
			Name: "Looking after a partner",
			High: "You find real satisfaction in looking after a partner, before, during and after.",
			Low:  "Looking after someone else's feelings takes effort and does not come first for you.",
			Kind: Similarity,
			Why:  "Both people may need care after a scene, whoever led it, so care works best when both like to give it in similar measure; how one person's care meets the other's need is shown separately, in the care check.",
		},
		{
			ID:   Reassurance,
			Name: "Need for reassurance and aftercare",
			High: "You feel best with plenty of reassurance, closeness and check-ins, especially afterwards.",
			Low:  "You tend to settle quickly on your own and need little looking after.",
			Kind: Similarity,
			Why:  "People with similar needs tend to guess each other's needs well; far apart, the one who needs less may underestimate what the other needs. A low need is not a wish to give care, so opposite scores are not treated as a fit: the care check compares need with the partner's caregiving instead.",
		},
	}
}

// TraitByID returns the trait with this ID, and whether it exists.
func TraitByID(id TraitID) (Trait, bool) {
	for _, t := range Traits() {
		if t.ID == id {
			return t, true
		}
	}
	return Trait{}, false
}
