package auth

import (
	"context"
	"io"
	"log/slog"
	"strconv"
	"testing"
	"time"

	"kring/backend/api"
	"kring/backend/clock"
	"kring/backend/notify"
	"kring/backend/store"
	"kring/backend/store/storetest"
)

// BenchmarkWrongPassword compares a wrong password for a known user name
// with one for an unknown name; both should cost the same, one argon2id
// check and the failure records. Each iteration uses its own address and
// advances the clock, so no limit is reached.
func BenchmarkWrongPassword(b *testing.B) {
	for _, name := range []string{"bekend", "onbekend"} {
		b.Run(name, func(b *testing.B) {
			db := storetest.Open(b, store.SQLite)
			clk := clock.NewFake(time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC))
			log := slog.New(slog.NewTextHandler(io.Discard, nil))
			s := New(db, clk, notify.NewOutbox(log), Defaults(), log)
			_, err := db.Exec(context.Background(), `INSERT INTO users (id, user_name, user_name_key,
				display_name, password_hash, created_at) VALUES ('u', 'bekend', 'bekend', 'B', ?, ?)`,
				HashPassword("Juist-wachtwoord-1"), store.Time(clk.Now()))
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				clk.Advance(2 * time.Minute)
				_, err := s.SignIn(context.Background(), api.SignInRequest{UserName: name,
					Password: "fout"}, "10.0.0."+strconv.Itoa(i%250))
				if err == nil {
					b.Fatal("a wrong password signed in")
				}
			}
		})
	}
}
