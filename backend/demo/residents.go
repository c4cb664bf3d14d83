package demo

// resident is a client of De Lindehof as the demo generates her or him.
type resident struct {
	id                         string
	given, prefix, own         string
	partnerPrefix, partner     string
	gender, birth, room, phone string
	// title is how staff write about the resident: "mevrouw De Vries".
	title     string
	evv       string
	team      []string
	relatives []relative
	plan      []problem
	// visitor is who comes on family visits in the reports.
	visitor string
}

// relative is a contact person the ECD knows (a locked contact).
type relative struct {
	id, given, prefix, family, code, display string
	first                                    bool
}

// problem is a care question with its goal, actions and evaluations.
type problem struct {
	domain, question, goal string
	actions                []string
	evaluations            []string
}

// lindehof are the residents of De Lindehof. Johanna van
// Putten-van der Giessen comes from the Nictiz example bundle.
var lindehof = []resident{
	{id: "demo-maria", given: "Maria", prefix: "de", own: "Vries", gender: "female", birth: "1938-04-12",
		room: "Lindelaan 14 kamer 12", phone: "030 234 56 12", title: "mevrouw De Vries", evv: "lh-fatima",
		team:    []string{"lh-fatima", "lh-sanne", "lh-hofstra", "lh-joost", "lh-ilse", "lh-lotte"},
		visitor: "dochter Anna",
		relatives: []relative{{id: "demo-maria-kees", given: "Kees", prefix: "de", family: "Vries",
			code: "SON", display: "zoon"}},
		plan: []problem{
			{domain: "Mobiliteit", question: "Mevrouw is na haar heupfractuur in mei onzeker bij het lopen en is bang om te vallen.",
				goal: "Mevrouw loopt veilig en zelfstandig met de rollator van haar kamer naar de huiskamer.",
				actions: []string{"Dagelijks looptraining met de rollator na het ontbijt, onder begeleiding",
					"Fysiotherapie op dinsdag en vrijdag (Joost Kramer)",
					"Stevige schoenen aan en heupbeschermers om bij het opstaan"},
				evaluations: []string{"MDO: loopt met begeleiding ongeveer 20 meter. Doel gehandhaafd, looptraining uitbreiden naar twee keer per dag.",
					"Loopt sinds twee weken zelfstandig naar de huiskamer, in de middag nog met begeleiding. Geen valincidenten."}},
			{domain: "Eten en drinken", question: "Verminderde eetlust; mevrouw is in twee maanden 3 kg afgevallen (nu 57 kg).",
				goal: "Het gewicht van mevrouw blijft ten minste 58 kg.",
				actions: []string{"Wekelijks wegen op maandagochtend, vóór het ontbijt",
					"Twee keer per dag een tussendoortje of verrijkte yoghurt aanbieden",
					"Eet- en drinklijst bijhouden en bespreken met de diëtist"},
				evaluations: []string{"Gewicht stabiel op 57,5 kg. Diëtist adviseert drinkvoeding bij de avondmaaltijd."}},
			{domain: "Mentaal welbevinden", question: "Mevrouw raakt in de late middag onrustig en zoekt dan naar haar man, die in 2019 is overleden.",
				goal: "Mevrouw ervaart rust en houvast in de middag.",
				actions: []string{"Dagprogramma op het whiteboard naast de deur",
					"Na de lunch een rustmoment met muziek van vroeger",
					"Bij onrust rustig benaderen, niet corrigeren; samen foto's kijken"},
			}},
	},
	{id: "demo-henk", given: "Hendrik", own: "Bos", gender: "male", birth: "1931-09-03",
		room: "Lindelaan 14 kamer 4", title: "meneer Bos", evv: "lh-mark",
		team:    []string{"lh-mark", "lh-wim", "lh-hofstra", "lh-priya", "lh-ilse"},
		visitor: "zijn dochter Ria",
		relatives: []relative{{id: "demo-henk-ria", given: "Ria", family: "Bos", code: "DAU", display: "dochter", first: true},
			{id: "demo-henk-gerard", given: "Gerard", prefix: "van", family: "Leeuwen", code: "SONINLAW", display: "schoonzoon"}},
		plan: []problem{
			{domain: "Mentaal welbevinden", question: "Meneer heeft de ziekte van Alzheimer en is 's avonds vaak angstig.",
				goal: "Meneer gaat rustig naar bed en slaapt door tot de ochtend.",
				actions: []string{"Vast avondritueel: om 20.30 uur warme melk en de krant doornemen",
					"Nachtlampje aan, deur op een kier",
					"Bij onrust in de nacht: rustig geruststellen, zo nodig iets te drinken aanbieden"},
				evaluations: []string{"Slaapt vier van de zeven nachten door. Avondritueel werkt goed, voortzetten."}},
			{domain: "Participatie", question: "Meneer was timmerman en mist bezigheden met zijn handen.",
				goal: "Meneer doet twee keer per week mee aan een activiteit die bij hem past.",
				actions: []string{"Meedoen aan de houtwerkgroep op woensdag",
					"Samen met de activiteitenbegeleider de vogelvoederplank bijvullen"}},
		}},
	{id: "demo-corrie", given: "Cornelia", prefix: "van", own: "Dijk", partner: "Smit", gender: "female",
		birth: "1942-01-27", room: "Lindelaan 14 kamer 9", title: "mevrouw Van Dijk", evv: "lh-fatima",
		team:      []string{"lh-fatima", "lh-sanne", "lh-hofstra", "lh-lotte"},
		visitor:   "haar zoon Erik",
		relatives: []relative{{id: "demo-corrie-erik", given: "Erik", family: "Smit", code: "SON", display: "zoon", first: true}},
		plan: []problem{
			{domain: "Lichamelijk welbevinden", question: "Diabetes mellitus type 2; mevrouw spuit insuline en kan dat niet meer zelf.",
				goal: "De bloedsuiker van mevrouw blijft tussen 5 en 10 mmol/l.",
				actions: []string{"Bloedsuiker prikken vóór ontbijt en avondeten",
					"Insuline toedienen volgens de toedienlijst",
					"Bij een waarde onder 4 mmol/l: druivensuiker geven en de verpleegkundige bellen"},
				evaluations: []string{"Waarden de afgelopen maand tussen 6 en 9 mmol/l, één keer 11,2 na een verjaardag. Beleid ongewijzigd."}},
			{domain: "Lichamelijk welbevinden", question: "Droge, kwetsbare huid op de onderbenen.",
				goal:    "De huid van de onderbenen blijft heel.",
				actions: []string{"Dagelijks onderbenen insmeren na het wassen", "Steunkousen aan in de ochtend, uit voor de nacht"}},
		}},
	{id: "demo-gerrit", given: "Gerrit", own: "Mulder", gender: "male", birth: "1936-06-18",
		room: "Lindelaan 14 kamer 15", title: "meneer Mulder", evv: "lh-mark",
		team:      []string{"lh-mark", "lh-sanne", "lh-hofstra", "lh-joost"},
		visitor:   "zijn vrouw Annie",
		relatives: []relative{{id: "demo-gerrit-annie", given: "Annie", family: "Mulder", code: "WIFE", display: "echtgenote", first: true}},
		plan: []problem{
			{domain: "Mobiliteit", question: "Na een herseninfarct is de rechterkant van meneer verzwakt; transfers gaan met de tillift.",
				goal: "Meneer zit elke dag ten minste vier uur comfortabel in zijn rolstoel.",
				actions: []string{"Transfers met de passieve tillift, altijd met twee collega's",
					"Zitpositie controleren na de lunch; kussen tegen doorzitten gebruiken"}},
			{domain: "Communicatie", question: "Meneer heeft afasie en kan moeilijk vertellen wat hij wil.",
				goal:        "Meneer kan met de pictokaart laten weten wat hij nodig heeft.",
				actions:     []string{"Pictokaart altijd binnen bereik op het tafelblad", "Gesloten vragen stellen en tijd geven om te antwoorden"},
				evaluations: []string{"Wijst bij de koffie zelf aan wat hij wil drinken. Familie gebruikt de kaart ook."}},
		}},
}
