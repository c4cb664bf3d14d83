package bench

import (
	"encoding/json"
	"slices"
	"sync"
	"testing"
	"time"
)

// BenchmarkDossierPageReads reads the newest page of care reports, as the
// dossier screen does, from eight concurrent clients. Goal on SQLite:
// ≥ 5,000 reads/s with p99 ≤ 25 ms. The clients keep their connections
// and discard the answers unread after the first, which is checked: the
// benchmark measures the server, and the client shares its two cores.
func BenchmarkDossierPageReads(b *testing.B) {
	e := setup(b)
	path := "/clients/" + e.viewer.ClientID + "/reports?limit=20"
	body, _, err := e.get(path)
	if err != nil {
		b.Fatal(err)
	}
	var page struct{ Reports []json.RawMessage }
	if err := json.Unmarshal(body, &page); err != nil || len(page.Reports) != 20 {
		b.Fatalf("first page: %d reports, %v", len(page.Reports), err)
	}

	var mu sync.Mutex
	var all []time.Duration
	b.SetParallelism(4)
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			t0 := time.Now()
			if err := e.discard(path); err != nil {
				b.Error(err)
				return
			}
			mine = append(mine, time.Since(t0))
		}
		mu.Lock()
		all = append(all, mine...)
		mu.Unlock()
	})
	elapsed, used := time.Since(start), cpuTime()-cpu
	b.StopTimer()

	if len(all) == 0 {
		return
	}
	slices.Sort(all)
	p99 := all[min(len(all)-1, len(all)*99/100)]
	b.ReportMetric(float64(p99.Microseconds())/1000, "p99_ms")
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "reads/s")
	b.ReportMetric(float64(used.Microseconds())/float64(len(all)), "cpu_us/read")
}
