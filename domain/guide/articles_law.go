package guide

func ukLaw() Article {
	return Article{
		ID:    "uk-law",
		Title: "The law in the UK",
		Body: []Block{
			para("This is general information, not legal advice. If you are worried about your own situation, speak to a solicitor. If anyone is hurt, get medical help first: health comes before any worry about the law."),
			para("This article describes the law in England and Wales. Scotland and Northern Ireland have their own legal systems, and the details differ there."),
			para("Private, consensual BDSM between adults is not in itself illegal. The law draws its line at injury."),
			heading("The cases that matter"),
			bullets(
				"R v Brown [1993] UKHL 19: the House of Lords held that consent is no defence to a charge of assault occasioning actual bodily harm where the injury goes beyond \"transient and trifling\".",
				"R v Wilson [1996] EWCA Crim 2: the Court of Appeal treated consensual marking between a married couple, in private, differently from Brown and quashed the conviction.",
				"R v BM [2018] EWCA Crim 560: the Court of Appeal applied Brown to body modification and confirmed that consent did not make those injuries lawful.",
				"Domestic Abuse Act 2021, section 71: consent to serious harm for sexual gratification is no defence, and \"serious harm\" there includes actual bodily harm, not only wounding and grievous bodily harm. It puts the line drawn in Brown into an Act of Parliament.",
			),
			para("Prosecutions are rare, and almost always involve other aggravating factors. But the line itself is clear: an injury that is more than transient and trifling can be actual bodily harm, and agreeing to it does not make it lawful. Practices intense enough to leave more than minor, passing marks carry that legal risk."),
			heading("Strangulation and suffocation"),
			para("Since 7 June 2022, strangling someone, or doing anything else to them that affects their ability to breathe and amounts to a battery, has been a specific offence: section 75A of the Serious Crime Act 2015, added by section 70 of the Domestic Abuse Act 2021. It carries up to five years in prison."),
			para("Consent is a defence only up to a point. It stops counting if the person suffers serious harm (which again includes actual bodily harm) and the one who did it intended that harm or was reckless about whether it would happen. Prosecutors' guidance treats even gentle pressure on the neck as strangulation, and the offence itself needs no injury. The physical risks are in \"Breath play and the neck\"."),
			heading("What a dated negotiation document is"),
			para("A negotiation document written and dated before the scene is contemporaneous evidence of consent: a record, made at the time, of what both of you agreed. It cannot make lawful something the law does not allow: writing an injury down, however carefully, does not make the injury legal. It is not a contract either: either of you can withdraw consent at any moment, whatever the page says."),
			heading("In public"),
			para("Anything that people who have not agreed to it could see or hear can fall under public-order and public-decency law. Keep scenes private, or at events set up for them."),
			heading("Photographs and films"),
			para("Photographing or filming brings in further law, so agree it separately and explicitly. Consent to a scene is not consent to being filmed, and consent to being filmed is not consent to sharing."),
			para("Sharing, or threatening to share, an intimate image of someone without their consent is a crime. The Online Safety Act 2023 strengthened these image-based abuse offences in England and Wales; Scotland and Northern Ireland have their own laws against it."),
			heading("Where this applies"),
			para("The cases and Acts above apply in England and Wales. Scotland and Northern Ireland have their own laws: Northern Ireland, for example, has its own offence of non-fatal strangulation."),
		},
		See: []string{"negotiation-document", "rack", "breath-and-neck"},
	}
}
