package guide

// Articles returns the guide's articles in reading order.
func Articles() []Article {
	return []Article{
		whyNegotiate(),
		whenToNegotiate(),
		fourParts(),
		firstScene(),
		establishedPartners(),
		casualAndParty(),
		sceneDay(),
		safewordRule(),
		beyondTheSafeword(),
		neverAlone(),
		breathAndNeck(),
		alcoholAndDrugs(),
		healthAndPregnancy(),
		safetyKit(),
		aftercareStages(),
		whenDropLasts(),
		theDebrief(),
		howToRenegotiate(),
		ukLaw(),
	}
}
