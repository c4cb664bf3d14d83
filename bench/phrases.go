package bench

import (
	"math/rand/v2"
	"strings"
)

// Phrase lists for generated Dutch care texts. Sentences are drawn and
// joined, with names and times filled in, so the text reads like a real
// dossier and compresses like one: repetitive, but not identical.
var (
	reportOpenings = []string{
		"Mevrouw heeft goed geslapen.",
		"Mevrouw was vannacht twee keer wakker en heeft om {tijd} gebeld.",
		"Rustige nacht, geen bijzonderheden.",
		"Mevrouw lag bij de ronde van {tijd} wakker en wilde graag praten.",
		"Mevrouw was vanochtend wat verward, later in de ochtend helder.",
		"Mevrouw zat om {tijd} al aangekleed op de stoel.",
		"Dochter {naam} belde om te vragen hoe het ging.",
		"Mevrouw voelde zich vanmiddag niet lekker en heeft op bed gelegen.",
	}
	reportBodies = []string{
		"Ontbijt volledig gegeten, twee bekers thee gedronken.",
		"Lunch half opgegeten; zegt weinig trek te hebben.",
		"Geholpen met douchen, huid ziet er goed uit, geen roodheid op de hielen.",
		"Steunkousen aangetrokken, benen iets minder dik dan gisteren.",
		"Medicatie om {tijd} ingenomen zonder problemen.",
		"Met de rollator naar de huiskamer gelopen, ging goed.",
		"Bloeddruk gemeten: {bloeddruk}, pols regelmatig.",
		"Gewicht gemeten: {gewicht} kilo.",
		"Heeft meegedaan met de beweegactiviteit in de recreatiezaal.",
		"Bezoek gehad van {naam}, samen koffie gedronken in de tuin.",
		"Klaagt over pijn in de rechterknie, paracetamol gegeven volgens afspraak.",
		"Vocht gedronken: ongeveer {vocht} ml, wij blijven stimuleren.",
		"Fysiotherapeut is geweest, oefeningen voor het evenwicht gedaan.",
		"Wond aan het linker onderbeen verzorgd, schoon en droog, nieuw verband.",
		"Heeft een tijd naar buiten zitten kijken en vertelde over vroeger.",
		"Incontinentiemateriaal verschoond, huid intact.",
		"Avondeten goed gegeten, toetje ook op.",
		"Wilde vroeg naar bed, om {tijd} geholpen met de avondzorg.",
		"Huisarts gebeld over de hoest; komt morgen langs.",
		"Kapper geweest, mevrouw was er erg blij mee.",
	}
	reportClosings = []string{
		"Aandachtspunt: goed blijven letten op het drinken.",
		"Geen bijzonderheden voor de volgende dienst.",
		"Volgende dienst graag de wond opnieuw bekijken.",
		"Mevrouw is tevreden en maakt het naar haar zin.",
		"Overdracht gedaan aan de avonddienst.",
		"",
	}
	authors = []string{
		"Fatima el Amrani", "Sanne de Jong", "Pieter Jansen", "Ilse Vermeulen",
		"Mohamed Bouzid", "Anouk van Dijk", "Ruud Smit", "Eline Bos",
	}
	roles = []string{"Verzorgende IG", "Verpleegkundige", "Helpende", "Wijkverpleegkundige"}

	appointmentTitles = []string{
		"Bezoek fysiotherapeut", "Controle huisarts", "Kapper", "Pedicure",
		"Koffie met {naam}", "Muziekmiddag in de recreatiezaal", "Tandarts",
		"Oogarts in het ziekenhuis", "Wandelen met {naam}", "Bingo in de huiskamer",
		"Evaluatie zorgleefplan", "Verjaardag {naam}",
	}
	messageTexts = []string{
		"Ik ga zondag om {tijd} langs, wie gaat er mee?",
		"Mam vroeg naar haar fotoalbum, kan iemand die meenemen?",
		"Ik heb met de verzorging gesproken, het gaat iets beter.",
		"Goed om te horen, dank je wel!",
		"Zaterdag kan ik niet, volgende week wel.",
		"Wie heeft de sleutel van het kastje in haar kamer?",
		"De huisarts komt donderdag, ik probeer erbij te zijn.",
		"Ze had vandaag een goede dag, we hebben in de tuin gezeten.",
		"Kunnen we afspreken wie wanneer gaat in de kerstvakantie?",
		"Ik neem nieuwe pantoffels mee, maat 38 toch?",
	}
	postTexts = []string{
		"Wat een mooie middag in de tuin vandaag!",
		"Oma heeft genoten van de muziekmiddag.",
		"Gefeliciteerd met je verjaardag, lieve mam!",
		"Even een foto van de nieuwe bloemen op de kamer.",
		"Dank aan iedereen voor de kaarten.",
		"Morgen komen de kleinkinderen langs.",
	}
	names = []string{"Anna", "Pieter", "Jan", "Els", "Sophie", "Kees", "Marieke", "Thomas"}
)

// writer fills phrase templates from one random source.
type writer struct{ rnd *rand.Rand }

func (w writer) pick(list []string) string { return w.fill(list[w.rnd.IntN(len(list))]) }

func (w writer) fill(s string) string {
	r := strings.NewReplacer(
		"{tijd}", w.clock(),
		"{naam}", names[w.rnd.IntN(len(names))],
		"{bloeddruk}", itoa(110+w.rnd.IntN(50))+"/"+itoa(60+w.rnd.IntN(30)),
		"{gewicht}", itoa(52+w.rnd.IntN(20)),
		"{vocht}", itoa(800+100*w.rnd.IntN(10)),
	)
	return r.Replace(s)
}

func (w writer) clock() string {
	h, m := 6+w.rnd.IntN(17), 5*w.rnd.IntN(12)
	return itoa(h) + ":" + pad(m)
}

// report is one care report text of three to seven sentences.
func (w writer) report() string {
	parts := []string{w.pick(reportOpenings)}
	for range 2 + w.rnd.IntN(5) {
		parts = append(parts, w.pick(reportBodies))
	}
	if c := w.pick(reportClosings); c != "" {
		parts = append(parts, c)
	}
	return strings.Join(parts, " ")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func pad(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}
