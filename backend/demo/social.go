package demo

import (
	"time"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store"
)

// visits are appointments the family made in the portal: a weekly visit
// on Sunday (AGENDA-6), a private one (AGENDA-4) and a single outing.
func (s *seeder) visits(maria, anna, kees string) {
	g := s.gen
	back := int(g.today.Weekday()) + 14 // two Sundays ago
	s.portalAppointment(maria, anna, -back, "14:00", 120, "Bezoek van Anna",
		"Koffie en een wandeling door de tuin als het weer het toelaat.", false, "weekly",
		g.today.AddDate(0, 3, 0).Format("2006-01-02"))
	s.portalAppointment(maria, anna, 10, "11:00", 60, "Afspraak bij de notaris",
		"Samen met Kees, over het levenstestament.", true, "", "")
	s.portalAppointment(maria, kees, 4, "13:00", 180, "Samen naar de kerstmarkt",
		"Kees haalt mama op met de rolstoelbus. Graag warme jas en sjaal klaarleggen.", false, "", "")
}

func (s *seeder) portalAppointment(clientID, author string, day int, clock string, minutes int,
	title, description string, private bool, freq, until string) {
	start := s.gen.at(day, clock)
	end := start.Add(time.Duration(minutes) * time.Minute)
	id := store.NewID()
	created := s.gen.at(day-7, "20:15")
	if created.After(s.now) || day < 0 {
		created = s.now.Add(-26 * time.Hour)
	}
	s.exec(`INSERT INTO appointments (id, client_id, source, author_id, title, description, start_at,
		end_at, local_start, local_end, private, repeat_freq, repeat_until, created_at, updated_at)
		VALUES (?, ?, 'portal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, clientID, author, title, description, store.Time(start), store.Time(end),
		start.In(portal.Amsterdam).Format("2006-01-02T15:04"), end.In(portal.Amsterdam).Format("2006-01-02T15:04"),
		private, freq, until, store.Time(created), store.Time(created))
	s.change(clientID, api.SectionAppointments, portal.EntityAppointment, id, created)
}

// line is one message in a demo conversation: who, how long ago, what.
type line struct {
	author string
	ago    time.Duration
	text   string
}

// conversations between Anna and her brother Kees about their mother
// (MESSAGES-*). Anna has not read Kees's last message yet (MESSAGES-4).
func (s *seeder) conversations(maria, anna, kees string) {
	s.conversation(maria, "Verjaardag mama", []string{anna, kees}, []line{
		{anna, 74 * time.Hour, "Hoi Kees, mama wordt in april 89. Zullen we in de huiskamer iets organiseren met taart?"},
		{kees, 70 * time.Hour, "Goed idee! Ik vraag Fatima of dat kan en of de andere bewoners mee mogen eten."},
		{anna, 50 * time.Hour, "Fijn. Ik neem de slingers en de foto's van vroeger mee, daar kijkt ze graag naar."},
		{kees, 3 * time.Hour, "Fatima zegt dat het kan, op zondagmiddag. Ik bestel de taart bij de bakker op de hoek."},
	}, anna, 2)
	s.conversation(maria, "Nieuwe rollator", []string{kees, anna}, []line{
		{kees, 30 * time.Hour, "De fysiotherapeut vindt dat mama een lichtere rollator moet hebben. Zal ik er een aanvragen via de Wmo?"},
		{anna, 26 * time.Hour, "Bij een verpleeghuis loopt dat via De Lindehof zelf, denk ik. Ik vraag het dinsdag na de fysio."},
	}, "", 0)
}

// conversation writes a conversation; unreadFor has not read the last
// unread messages.
func (s *seeder) conversation(clientID, title string, members []string, lines []line, unreadFor string, unread int) {
	id := store.NewID()
	first := s.now.Add(-lines[0].ago)
	last := s.now.Add(-lines[len(lines)-1].ago)
	s.exec(`INSERT INTO conversations (id, client_id, title, author_id, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?)`, id, clientID, title, lines[0].author, store.Time(first), store.Time(last))
	read := map[string]string{}
	for i, l := range lines {
		mid := store.NewID()
		at := store.Time(s.now.Add(-l.ago))
		s.exec(`INSERT INTO messages (id, conversation_id, client_id, author_id, text, created_at)
			VALUES (?, ?, ?, ?, ?, ?)`, mid, id, clientID, l.author, l.text, at)
		s.change(clientID, api.SectionMessages, portal.EntityMessage, mid, s.now.Add(-l.ago))
		for _, m := range members {
			if m != unreadFor || i < len(lines)-unread {
				read[m] = at + "|" + mid
			}
		}
	}
	for _, m := range members {
		s.exec(`INSERT INTO conversation_members (conversation_id, user_id, read_up_to) VALUES (?, ?, ?)`,
			id, m, read[m])
	}
	s.change(clientID, api.SectionMessages, portal.EntityConversation, id, last)
}

// board writes bulletin board posts with replies (DETAILS-3).
func (s *seeder) board(maria, jo, anna, kees, pieter string) {
	walk := s.post(maria, "", kees, 52*time.Hour,
		"Zondag met mama in de rolstoel naar het park geweest. Ze wees alle eenden aan en wilde daarna warme chocolademelk.")
	s.post(maria, walk, anna, 49*time.Hour, "Wat fijn! Ze vertelde er gisteren nog over aan de telefoon.")
	s.post(maria, "", pieter, 28*time.Hour,
		"Ik heb de kerstster op de vensterbank water gegeven en de krant van de buurt meegenomen. Groeten van Truus van nummer 16.")
	s.post(maria, "", anna, 5*time.Hour,
		"Mama heeft nieuwe pantoffels nodig, maat 38, met klittenband. Wie gaat er deze week naar de stad?")
	s.post(jo, "", anna, 20*time.Hour,
		"Tante Jo heeft genoten van de kerstmarkt in de recreatiezaal. Ze heeft zelf een kerststukje gemaakt!")
}

func (s *seeder) post(clientID, parent, author string, ago time.Duration, text string) string {
	id := store.NewID()
	var parentID any
	if parent != "" {
		parentID = parent
	}
	at := s.now.Add(-ago)
	s.exec(`INSERT INTO posts (id, client_id, parent_id, author_id, text, created_at)
		VALUES (?, ?, ?, ?, ?, ?)`, id, clientID, parentID, author, text, store.Time(at))
	s.change(clientID, api.SectionDetails, portal.EntityPost, id, at)
	return id
}
