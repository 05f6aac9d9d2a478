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
		safewordRule(),
		aftercareStages(),
		theDebrief(),
		howToRenegotiate(),
		ukLaw(),
	}
}
