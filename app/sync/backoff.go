package syncer

import (
	"math/rand/v2"
	"time"
)

// Backoff spaces out attempts while the server is unreachable: it doubles
// from Base up to Max and adds jitter, so many devices coming back after an
// outage do not all knock at once.
type Backoff struct {
	Base, Max time.Duration
	attempt   int
}

// Next returns how long to wait before the next attempt.
func (b *Backoff) Next() time.Duration {
	d := b.Base << min(b.attempt, 20)
	if d <= 0 || d > b.Max {
		d = b.Max
	}
	b.attempt++
	// Full jitter in the upper half keeps the growth but spreads devices.
	return d/2 + rand.N(d/2+1)
}

// Reset starts over after a success.
func (b *Backoff) Reset() { b.attempt = 0 }
