package bench

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"testing"
)

// syncResult is what one full sync brought.
type syncResult struct {
	wire    int64
	changes int
	cursor  int64
	data    [][]byte
}

// pull follows the feed from since until it has no more.
func (e *env) pull(since int64, keepData bool) (syncResult, error) {
	var r syncResult
	for {
		body, enc, err := e.get(fmt.Sprintf("/clients/%s/changes?since=%d", e.viewer.ClientID, since))
		if err != nil {
			return r, err
		}
		r.wire += int64(len(body))
		if enc == "gzip" {
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				return r, err
			}
			if body, err = io.ReadAll(zr); err != nil {
				return r, err
			}
		}
		var set struct {
			Cursor  int64 `json:"cursor"`
			More    bool  `json:"more"`
			Changes []struct {
				Data json.RawMessage `json:"data"`
			} `json:"changes"`
		}
		if err := json.Unmarshal(body, &set); err != nil {
			return r, err
		}
		r.changes += len(set.Changes)
		if keepData {
			for _, c := range set.Changes {
				r.data = append(r.data, c.Data)
			}
		}
		since, r.cursor = set.Cursor, set.Cursor
		if !set.More {
			return r, nil
		}
	}
}

// gzipSize is the size of the records' data, one after another, gzipped.
func gzipSize(data [][]byte) int {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for _, d := range data {
		zw.Write(d)
	}
	zw.Close()
	return buf.Len()
}

// BenchmarkInitialSync pulls the whole five-year dossier from cursor 0,
// page by page, gzipped, over loopback. Goal: ≤ 500 ms, wire bytes ≤ 1.1 ×
// the gzip size of the records' data.
func BenchmarkInitialSync(b *testing.B) {
	e := setup(b)
	ref, err := e.pull(0, true)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var r syncResult
	n, cpu := 0, cpuTime()
	for b.Loop() {
		if r, err = e.pull(0, false); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(n), "cpu_ms/sync")
	b.ReportMetric(float64(r.wire), "wire_bytes")
	b.ReportMetric(float64(r.changes), "records")
	b.ReportMetric(float64(r.wire)/float64(gzipSize(ref.data)), "wire/gzip_data")
}

// BenchmarkNoChangeSync asks for changes after the newest cursor. Goal:
// ≤ 5 ms and ≤ 1 KB.
func BenchmarkNoChangeSync(b *testing.B) {
	e := setup(b)
	ref, err := e.pull(0, false)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	var r syncResult
	n, cpu := 0, cpuTime()
	for b.Loop() {
		if r, err = e.pull(ref.cursor, false); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(n), "cpu_us/sync")
	if r.changes != 0 {
		b.Fatalf("a sync without changes brought %d records", r.changes)
	}
	_, resp, err := e.getResp(fmt.Sprintf("/clients/%s/changes?since=%d", e.viewer.ClientID, ref.cursor))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(r.wire), "wire_bytes")
	b.ReportMetric(float64(headerBytes(resp)), "header_bytes")
}
