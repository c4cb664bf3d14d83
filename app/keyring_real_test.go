package app

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"kring/app/secrets"
	"kring/backend/server/servertest"
)

// TestRealKeyringHoldsTheSession signs in with the OS keyring (the Secret
// Service in a D-Bus session under `make test`, which sets
// KRING_REAL_KEYRING=1); there it fails, rather than skips, when the
// keyring cannot be used.
func TestRealKeyringHoldsTheSession(t *testing.T) {
	if os.Getenv("KRING_REAL_KEYRING") == "" {
		t.Skip("KRING_REAL_KEYRING not set: no keyring session")
	}
	e := servertest.New(t)
	e.SeedDemo(t)
	a, err := New(Config{ServerURL: e.URL, DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	a.core.secrets = secrets.Open(5 * time.Second)
	if !a.core.secrets.Available() {
		t.Fatal("the OS keyring is not usable in this session")
	}
	a.core.start(context.Background())
	defer a.core.stop()
	defer func() {
		for _, k := range []string{keySession, keyDevice, keyCache} {
			_ = keyring.Delete(secrets.Service, k)
		}
	}()

	signIn(t, a, e)
	for _, k := range []string{keySession, keyDevice, keyCache} {
		if v, err := keyring.Get(secrets.Service, k); err != nil || v == "" {
			t.Fatalf("%s is not in the OS keyring: %v", k, err)
		}
	}
	if st, _ := a.Session.Status(); !st.KeyringOK || st.Notice != "" {
		t.Fatalf("status with a working keyring: %+v", st)
	}
	if err := a.Session.SignOut(); err != nil {
		t.Fatal(err)
	}
	if _, err := keyring.Get(secrets.Service, keySession); err == nil {
		t.Fatal("the session stayed in the keyring after sign-out")
	}
	if _, err := keyring.Get(secrets.Service, keyDevice); err != nil {
		t.Fatalf("sign-out removed the device token: %v", err)
	}
}
