package syncer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"kring/app/cache"
	"kring/app/remote"
	"kring/backend/api"
)

// KindAudit marks outbox items that report openings of dossier items.
const KindAudit = "audit"

// maxOpenings bounds one audit batch.
const maxOpenings = 200

// sendAudits sends every waiting audit item of the first item's client in
// one batch. The batch's key is derived from the openings' own keys, so a
// retry of the same batch is the same request, and the server counts each
// opening once whatever batch it arrives in.
func (s *Syncer) sendAudits(ctx context.Context, first cache.Item, pending []cache.Item) error {
	var batch []cache.Item
	var openings []api.Opening
	for _, it := range pending {
		if it.Kind != KindAudit || it.ClientID != first.ClientID || len(openings) >= maxOpenings {
			continue
		}
		var w remote.Write
		var rep api.OpeningsReport
		if json.Unmarshal(it.Payload, &w) != nil || json.Unmarshal(w.Body, &rep) != nil {
			continue
		}
		batch = append(batch, it)
		openings = append(openings, rep.Openings...)
	}
	if len(batch) == 0 {
		return s.cache.MarkFailed(ctx, first.ID, string(api.CodeValidation), nil)
	}

	body, err := json.Marshal(api.OpeningsReport{Openings: openings})
	if err != nil {
		return fmt.Errorf("encode audit batch: %w", err)
	}
	w := remote.Write{Method: "POST", Path: "/clients/" + first.ClientID + "/audit",
		Key: batchKey(openings), Body: body}
	if _, err := s.remote.Send(ctx, w); err != nil {
		return s.refused(ctx, first, err)
	}
	s.setOnline(true)
	for _, it := range batch {
		if err := s.cache.MarkDone(ctx, it.ID, ""); err != nil {
			return err
		}
	}
	return nil
}

func batchKey(openings []api.Opening) string {
	keys := make([]string, 0, len(openings))
	for _, o := range openings {
		keys = append(keys, o.Key)
	}
	sort.Strings(keys)
	sum := sha256.Sum256([]byte(strings.Join(keys, "\n")))
	return "audit-" + hex.EncodeToString(sum[:16])
}
