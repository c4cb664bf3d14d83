//go:build soak

package syncer

import "testing"

// TestSoakOutboxKill is the long form of the kill test (make soak).
func TestSoakOutboxKill(t *testing.T) {
	outboxKillRounds(t, 300, 200)
}

// TestSoakOutboxKillRealServer is the long form against the real server.
func TestSoakOutboxKillRealServer(t *testing.T) {
	realKillRounds(t, 200, 1500)
}
