package guide

func ukLaw() Article {
	return Article{
		ID:    "uk-law",
		Title: "The law in the UK",
		Body: []Block{
			para("This is general information, not legal advice. If you are worried about your own situation, speak to a solicitor. If anyone is hurt, get medical help first: health comes before any worry about the law."),
			para("Private, consensual BDSM between adults is not in itself illegal in the UK. The law draws its line at injury."),
			heading("The cases that matter"),
			bullets(
				"R v Brown [1993] UKHL 19: the House of Lords held that consent is no defence to a charge of assault occasioning actual bodily harm where the injury goes beyond \"transient and trifling\".",
				"R v Wilson [1996] EWCA Crim 2: the Court of Appeal treated consensual marking between a married couple, in private, differently from Brown and quashed the conviction.",
				"R v BM [2018] EWCA Crim 560: the Court of Appeal applied Brown to body modification and confirmed that consent did not make those injuries lawful.",
				"In England and Wales, the Domestic Abuse Act 2021 now also states that consent to serious harm for sexual gratification is no defence.",
			),
			para("Prosecutions are rare, and almost always involve other aggravating factors. Even so, practices intense enough to leave more than minor, passing marks sit in uncertain legal territory."),
			heading("What a dated negotiation document is"),
			para("A negotiation document written and dated before the scene is contemporaneous evidence of consent: a record, made at the time, of what both of you agreed. It cannot make lawful something the law does not allow, and it is not a contract: either of you can withdraw consent at any moment, whatever the page says."),
			heading("In public"),
			para("Anything that people who have not agreed to it could see or hear can fall under public-order and public-decency law. Keep scenes private, or at events set up for them."),
			heading("Photographs and films"),
			para("Photographing or filming brings in further law, so agree it separately and explicitly. Consent to a scene is not consent to being filmed, and consent to being filmed is not consent to sharing."),
			para("Sharing, or threatening to share, an intimate image of someone without their consent is a crime. The Online Safety Act 2023 strengthened these image-based abuse offences in England and Wales; Scotland and Northern Ireland have their own laws against it."),
			heading("Where this applies"),
			para("The cases above were decided by courts in England and Wales. Scotland and Northern Ireland have their own legal systems, so details can differ there."),
		},
		See: []string{"negotiation-document", "rack"},
	}
}
