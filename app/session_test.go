package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"kring/backend/server/servertest"
)

const (
	annaUser  = "anna.devries"
	annaPass  = "Kring-demo-2026"
	annaPhone = "+31612345678"
)

// signIn walks the app's sign-in flow, answering the SMS code step.
func signIn(t *testing.T, a *App, e *servertest.Env) SignInStep {
	t.Helper()
	step, err := a.Session.SignIn(SignInInput{UserName: annaUser, Password: annaPass})
	if err != nil {
		t.Fatalf("sign in: %v", err)
	}
	if step.Next == "sms_code" {
		step, err = a.Session.VerifyCode(CodeInput{Code: e.LastCode(t, annaPhone)})
		if err != nil {
			t.Fatalf("verify code: %v", err)
		}
	}
	if step.Next != "done" {
		t.Fatalf("sign-in stopped at %s", step.Next)
	}
	return step
}

func TestPersonalSignOutKeepsDeviceAndCache(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	kr := newFakeKeyring()
	dir := t.TempDir()
	a := newTestApp(t, e.URL, kr, Config{DataDir: dir})

	signIn(t, a, e)
	st, _ := a.Session.Status()
	if !st.SignedIn || !st.KeyringOK || st.Notice != "" {
		t.Fatalf("after sign-in: %+v", st)
	}
	for _, k := range []string{keySession, keyDevice, keyCache} {
		if !kr.has(k) {
			t.Fatalf("keyring lacks %s after sign-in", k)
		}
	}

	for i := 0; i < 2; i++ {
		if err := a.Session.SignOut(); err != nil {
			t.Fatalf("sign out %d: %v", i+1, err)
		}
	}
	if kr.has(keySession) || !kr.has(keyDevice) || !kr.has(keyCache) {
		t.Fatalf("after sign-out: session %v, device %v, cache key %v (want false, true, true)",
			kr.has(keySession), kr.has(keyDevice), kr.has(keyCache))
	}
	if _, err := os.Stat(filepath.Join(dir, "cache.db")); err != nil {
		t.Fatalf("the encrypted cache was removed on a personal device: %v", err)
	}
	if st, _ := a.Session.Status(); st.SignedIn {
		t.Fatalf("still signed in after sign-out")
	}

	step, err := a.Session.SignIn(SignInInput{UserName: annaUser, Password: annaPass})
	if err != nil || step.Next != "done" {
		t.Fatalf("the trusted device was asked for %q (err %v), want done", step.Next, err)
	}
}

func TestKioskSignOutWipesUserDataButNotEnrolment(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	kr := newFakeKeyring()
	_ = kr.Set("", keyKiosk, "kiosk-token-from-enrolment")
	dir := t.TempDir()
	a := newTestApp(t, e.URL, kr, Config{DataDir: dir, Kiosk: true})

	signIn(t, a, e)
	oldKey, _ := kr.Get("", keyCache)
	if ids, _ := a.core.store().cache.Clients(a.core.context()); len(ids) == 0 {
		t.Fatalf("nothing cached after sign-in; the wipe would prove nothing")
	}
	if err := a.Session.SignOut(); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{keySession, keyDevice} {
		if kr.has(k) {
			t.Errorf("kiosk sign-out left %s in the keyring", k)
		}
	}
	// The next user gets a fresh, empty cache under a new key.
	if newKey, _ := kr.Get("", keyCache); newKey == oldKey {
		t.Errorf("kiosk sign-out kept the user's cache key")
	}
	if ids, _ := a.core.store().cache.Clients(a.core.context()); len(ids) != 0 {
		t.Errorf("kiosk sign-out left cached data of %v", ids)
	}
	if !kr.has(keyKiosk) {
		t.Errorf("kiosk sign-out removed the enrolment")
	}
	st, _ := a.Session.Status()
	if !st.KioskEnrolled {
		t.Errorf("status does not show the kiosk as enrolled")
	}
	if err := a.Session.SignOut(); err != nil {
		t.Fatalf("second sign-out: %v", err)
	}
}

func TestLockedKeyringKeepsEverythingInMemory(t *testing.T) {
	e := servertest.New(t)
	e.SeedDemo(t)
	kr := lockedKeyring{release: make(chan struct{})}
	defer close(kr.release)
	dir := t.TempDir()

	start := time.Now()
	a := newTestApp(t, e.URL, kr, Config{DataDir: dir})
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("start took %v with a locked keyring", d)
	}
	st, _ := a.Session.Status()
	if st.KeyringOK || st.Notice != "keyring_unavailable" {
		t.Fatalf("status %+v, want keyring_unavailable", st)
	}

	signIn(t, a, e)
	if st, _ := a.Session.Status(); !st.SignedIn {
		t.Fatalf("not signed in without a keyring")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Fatalf("without a keyring the app wrote %d files to its data folder", len(entries))
	}
}
