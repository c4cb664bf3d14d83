package portal

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"kring/backend/api"
	"kring/backend/store"
)

// Report pages: 20 by default, 100 at most.
const (
	DefaultReportPage = 20
	MaxReportPage     = 100
)

// ReportQuery asks for a page of reports. Before (older) and After
// (newer) are cursors from an earlier page; both empty means the newest.
type ReportQuery struct {
	Before, After string
	Limit         int
}

// reportKey is the keyset position of a report: its time, then its id.
type reportKey struct{ at, id string }

func (k reportKey) cursor() string {
	return base64.RawURLEncoding.EncodeToString([]byte(k.at + "|" + k.id))
}

func parseCursor(c string) (reportKey, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	at, id, ok := strings.Cut(string(b), "|")
	if err != nil || !ok || at == "" || id == "" {
		return reportKey{}, api.Errorf(api.CodeValidation, "not a report cursor")
	}
	return reportKey{at: at, id: id}, nil
}

const reportColumns = `id, client_id, written_at, author_name, author_role, title, text`

func scanReport(row scanner) (api.Report, reportKey, error) {
	var r api.Report
	var at string
	err := row.Scan(&r.ID, &r.ClientID, &at, &r.AuthorName, &r.AuthorRole, &r.Title, &r.Text)
	if err != nil {
		return api.Report{}, reportKey{}, fmt.Errorf("scan report: %w", err)
	}
	r.WrittenAt = localRFC3339(at)
	return r, reportKey{at: at, id: r.ID}, nil
}

// The report page cache: the newest page is what the dossier screen
// reads, and its query was two thirds of a read. A page is kept two
// seconds at most and not past a write in this process (store.Cache); a
// report imported by another process (kring-server import) shows within
// the two seconds. The rights check and the audit entry come first and
// after, cached or not.
const (
	reportCacheTTL = 2 * time.Second
	reportCacheMax = 1000
)

// Reports returns a page of care reports, newest first (DOSSIER-1), by
// keyset pagination on (written_at, id), so a page stays right while new
// reports arrive.
func (p *Portal) Reports(ctx context.Context, by Actor, clientID string, q ReportQuery) (api.ReportPage, error) {
	if err := p.readDossier(ctx, by, clientID); err != nil {
		return api.ReportPage{}, err
	}
	if q.Limit <= 0 {
		q.Limit = DefaultReportPage
	}
	if q.Limit > MaxReportPage || (q.Before != "" && q.After != "") {
		return api.ReportPage{}, api.Errorf(api.CodeValidation, "limit is 1 to 100; give before or after, not both")
	}

	key := store.CacheKey(clientID, q.Before, q.After, strconv.Itoa(q.Limit))
	now := p.clock.Now()
	page, ok := p.reportPages.Get(key, now)
	if !ok {
		gen := p.db.Generation()
		var err error
		if page, err = p.loadReports(ctx, clientID, q); err != nil {
			return api.ReportPage{}, err
		}
		p.reportPages.Put(key, gen, page, now)
	}
	if err := p.delivered(ctx, by, clientID, "reports"); err != nil {
		return api.ReportPage{}, err
	}
	return page, nil
}

// loadReports reads a page of reports and the cursors of its neighbours.
func (p *Portal) loadReports(ctx context.Context, clientID string, q ReportQuery) (api.ReportPage, error) {
	reports, keys, beyond, err := p.reportPage(ctx, clientID, q)
	if err != nil {
		return api.ReportPage{}, err
	}
	page := api.ReportPage{Reports: reports}
	if len(keys) > 0 {
		if page.Next, page.Previous, err = p.reportNeighbours(ctx, clientID, q, keys, beyond); err != nil {
			return api.ReportPage{}, err
		}
	}
	return page, nil
}

// reportNeighbours returns the cursors of the older and newer pages. The
// page read one row more in its own direction (beyond); the first page has
// nothing newer; only the remaining direction costs a query.
func (p *Portal) reportNeighbours(ctx context.Context, clientID string, q ReportQuery,
	keys []reportKey, beyond bool) (next, previous string, err error) {
	first, last := keys[0], keys[len(keys)-1]
	if q.After != "" {
		if beyond {
			previous = first.cursor()
		}
		next, err = p.reportBeyond(ctx, clientID, last, true)
		return next, previous, err
	}
	if beyond {
		next = last.cursor()
	}
	if q.Before != "" {
		previous, err = p.reportBeyond(ctx, clientID, first, false)
	}
	return next, previous, err
}

// reportPage reads the page's rows, newest first, and tells whether a
// row lies beyond the page in the direction it was read.
func (p *Portal) reportPage(ctx context.Context, clientID string, q ReportQuery) ([]api.Report, []reportKey, bool, error) {
	where, order, args := "", "DESC", []any{clientID}
	if q.Before != "" || q.After != "" {
		k, err := parseCursor(q.Before + q.After)
		if err != nil {
			return nil, nil, false, err
		}
		where = ` AND (written_at, id) < (?, ?)`
		if q.After != "" {
			where, order = ` AND (written_at, id) > (?, ?)`, "ASC"
		}
		args = append(args, k.at, k.id)
	}
	rows, err := p.db.Query(ctx, `SELECT `+reportColumns+` FROM reports WHERE client_id = ?`+
		where+` ORDER BY written_at `+order+`, id `+order+` LIMIT ?`, append(args, q.Limit+1)...)
	if err != nil {
		return nil, nil, false, fmt.Errorf("list reports: %w", err)
	}
	defer rows.Close()

	reports, keys := []api.Report{}, []reportKey{}
	for rows.Next() {
		r, k, err := scanReport(rows)
		if err != nil {
			return nil, nil, false, err
		}
		reports, keys = append(reports, r), append(keys, k)
	}
	beyond := len(reports) > q.Limit
	if beyond {
		reports, keys = reports[:q.Limit], keys[:q.Limit]
	}
	if order == "ASC" {
		reverse(reports)
		reverse(keys)
	}
	return reports, keys, beyond, rows.Err()
}

// reportBeyond returns the cursor k when a report lies beyond it, older
// or newer, and empty at the end of the list.
func (p *Portal) reportBeyond(ctx context.Context, clientID string, k reportKey, older bool) (string, error) {
	// A row value, not an OR of two comparisons: SQLite and PostgreSQL
	// then search the (client_id, written_at, id) index instead of
	// scanning every report of the client.
	cmp := `(written_at, id) < (?, ?)`
	if !older {
		cmp = `(written_at, id) > (?, ?)`
	}
	var one int
	err := p.db.QueryRow(ctx, `SELECT 1 FROM reports WHERE client_id = ? AND `+cmp+` LIMIT 1`,
		clientID, k.at, k.id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("look beyond report: %w", err)
	}
	return k.cursor(), nil
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Report returns one care report in full.
func (p *Portal) Report(ctx context.Context, by Actor, clientID, id string) (api.Report, error) {
	if err := p.readDossier(ctx, by, clientID); err != nil {
		return api.Report{}, err
	}
	r, err := loadReport(ctx, p.db, clientID, id)
	if err != nil {
		return api.Report{}, err
	}
	return r, p.delivered(ctx, by, clientID, "report:"+id)
}

var errReportNotFound = api.Errorf(api.CodeNotFound, "no such report")

func loadReport(ctx context.Context, q Querier, clientID, id string) (api.Report, error) {
	r, _, err := scanReport(q.QueryRow(ctx, `SELECT `+reportColumns+` FROM reports
		WHERE id = ? AND client_id = ?`, id, clientID))
	if errors.Is(err, sql.ErrNoRows) {
		return api.Report{}, errReportNotFound
	}
	return r, err
}

func init() {
	registerBuiltin(EntityReport, func(ctx context.Context, q Querier, clientID, id, _ string) (json.RawMessage, bool, error) {
		return loadOrGone(loadReport(ctx, q, clientID, id))
	})
}

// loadOrGone turns a load into a loader's answer: a not_found error means
// the record is gone and the feed sends a tombstone.
func loadOrGone[T any](v T, err error) (json.RawMessage, bool, error) {
	var apiErr *api.Error
	if errors.As(err, &apiErr) && apiErr.Code == api.CodeNotFound {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return marshalRecord(v)
}
