package ecd

import (
	"encoding/base64"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/store"
)

// report is one care report (zorgrapportage) about to be written.
type report struct {
	when, title, text, status string
	author                    staff
}

func (c *call) writeReport(r report) error {
	if r.status == "entered-in-error" {
		return c.deleteRow("reports", portal.EntityReport)
	}
	if strings.TrimSpace(r.text) == "" {
		return errors.New("report has no text")
	}
	written := store.Time(parseWhen(r.when, c.now))
	id, err := c.upsert("reports", c.fhirID(), []string{"written_at", "author_name", "author_role", "title", "text"},
		[]any{written, r.author.Name, r.author.Role, r.title, strings.TrimSpace(r.text)})
	if err != nil {
		return err
	}
	return c.change(api.SectionDossier, portal.EntityReport, id, false)
}

// soepLetters names the sections of a SOAP report the Dutch way (SOEP).
var soepLetters = map[string]string{"subjective": "S", "objective": "O", "evaluatie": "E",
	"assessment": "E", "beleid": "P", "plan": "P"}

// importComposition writes a structured report such as a SOEP report.
func importComposition(c *call) error {
	var comp Composition
	if err := decodeAs(c.e, &comp); err != nil {
		return err
	}
	if err := c.useSubject(comp.Subject); err != nil {
		return err
	}
	var lines []string
	for _, s := range comp.Section {
		label := orElse(s.Title, s.Code.String())
		if l, ok := soepLetters[strings.ToLower(label)]; ok {
			label = l
		}
		text := ""
		if s.Text != nil {
			text = narrativeText(s.Text.Div)
		}
		if text != "" {
			lines = append(lines, joinWords(label+":", text))
		}
	}
	var author staff
	if len(comp.Author) > 0 {
		author = c.who(&comp.Author[0], nil)
	}
	return c.writeReport(report{when: comp.Date, title: orElse(comp.Title, comp.Type.String()), status: comp.Status,
		text: strings.Join(lines, "\n"), author: author})
}

var (
	tags      = regexp.MustCompile(`<[^>]*>`)
	soapNoise = regexp.MustCompile(`SOAPLineText:\s*|\s*\(SOAPLineCode:[^)]*\)`)
	spaces    = regexp.MustCompile(`[ \t]+`)
)

// narrativeText turns XHTML narrative into plain text.
func narrativeText(div string) string {
	s := strings.NewReplacer("<br/>", "\n", "<br />", "\n", "</p>", "\n", "</li>", "\n").Replace(div)
	s = html.UnescapeString(tags.ReplaceAllString(s, ""))
	s = soapNoise.ReplaceAllString(s, "")
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

// importObservation writes a finding as a care report.
func importObservation(c *call) error {
	var o Observation
	if err := decodeAs(c.e, &o); err != nil {
		return err
	}
	if err := c.useSubject(o.Subject); err != nil {
		return err
	}
	text := orElse(o.ValueString, o.ValueCodeable.String())
	for _, n := range o.Note {
		text = joinWords(text, n.Text)
	}
	var author staff
	if len(o.Performer) > 0 {
		author = c.who(&o.Performer[0], nil)
	}
	return c.writeReport(report{when: orElse(o.EffectiveDateTime, o.Issued), status: o.Status,
		title: capitalize(o.Code.String()), text: text, author: author})
}

// importCommunication writes a note sent about the client as a report.
func importCommunication(c *call) error {
	var m Communication
	if err := decodeAs(c.e, &m); err != nil {
		return err
	}
	if err := c.useSubject(m.Subject); err != nil {
		return err
	}
	var parts []string
	for _, p := range m.Payload {
		if s := strings.TrimSpace(p.ContentString); s != "" {
			parts = append(parts, s)
		}
	}
	return c.writeReport(report{when: m.Sent, status: m.Status, title: orElse(m.Topic.String(), firstConcept(m.Category)),
		text: strings.Join(parts, "\n"), author: c.who(m.Sender, nil)})
}

// maxDocument bounds the text of one imported document.
const maxDocument = 2 << 20

// importDocumentReference writes a dossier document (DOSSIER-3). Text
// content is kept; other content is kept as its address.
func importDocumentReference(c *call) error {
	var d DocumentReference
	if err := decodeAs(c.e, &d); err != nil {
		return err
	}
	if err := c.useSubject(d.Subject); err != nil {
		return err
	}
	if d.Status == "entered-in-error" {
		return c.deleteRow("documents", portal.EntityDocument)
	}
	var att Attachment
	if len(d.Content) > 0 {
		att = d.Content[0].Attachment
	}
	contentType, content, err := attachmentContent(att)
	if err != nil {
		return err
	}
	title := orElse(d.Description, orElse(att.Title, d.Type.String()))
	if title == "" {
		return errors.New("document has no title, description or type")
	}
	written := store.Time(parseWhen(orElse(d.Date, att.Creation), c.now))
	id, err := c.upsert("documents", c.fhirID(), []string{"title", "kind", "written_at", "content_type", "content"},
		[]any{title, d.Type.String(), written, contentType, content})
	if err != nil {
		return err
	}
	return c.change(api.SectionDossier, portal.EntityDocument, id, false)
}

func attachmentContent(a Attachment) (contentType, content string, err error) {
	if a.Data == "" {
		if a.URL == "" {
			return "", "", errors.New("document has no content")
		}
		return "text/uri-list", a.URL, nil
	}
	if len(a.Data) > maxDocument*4/3+4 {
		return "", "", fmt.Errorf("document larger than %d bytes", maxDocument)
	}
	raw, err := base64.StdEncoding.DecodeString(a.Data)
	if err != nil {
		return "", "", fmt.Errorf("document data is not base64: %w", err)
	}
	ct := orElse(a.ContentType, "text/plain")
	if !strings.HasPrefix(ct, "text/") || !utf8.Valid(raw) {
		return "", "", fmt.Errorf("document content type %q is not text", truncate(ct, 60))
	}
	return ct, string(raw), nil
}

// deleteRow removes the row the resource wrote, for a withdrawn resource.
func (c *call) deleteRow(table, entity string) error {
	id, err := c.rowID(table, c.fhirID())
	if err != nil || id == "" {
		return err
	}
	if _, err := c.tx.Exec(c.ctx, `DELETE FROM `+table+` WHERE id = ?`, id); err != nil {
		return fmt.Errorf("delete %s row: %w", table, err)
	}
	return c.change(api.SectionDossier, entity, id, true)
}
