//go:build soak

package syncer

import "testing"

// TestSoakOutboxKill is the long form of the kill test (make soak).
func TestSoakOutboxKill(t *testing.T) {
	outboxKillRounds(t, 300, 200)
}
