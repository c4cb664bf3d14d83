package app

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"kring/app/secrets"
	"kring/backend/api"
)

// fakeKeyring is an OS keyring that answers from memory.
type fakeKeyring struct {
	mu sync.Mutex
	m  map[string]string
}

func newFakeKeyring() *fakeKeyring { return &fakeKeyring{m: map[string]string{}} }

func (k *fakeKeyring) Get(_, u string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	v, ok := k.m[u]
	if !ok {
		return "", keyring.ErrNotFound
	}
	return v, nil
}

func (k *fakeKeyring) Set(_, u, p string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.m[u] = p
	return nil
}

func (k *fakeKeyring) Delete(_, u string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if _, ok := k.m[u]; !ok {
		return keyring.ErrNotFound
	}
	delete(k.m, u)
	return nil
}

func (k *fakeKeyring) has(u string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	_, ok := k.m[u]
	return ok
}

// lockedKeyring never answers.
type lockedKeyring struct{ release chan struct{} }

func (k lockedKeyring) Get(string, string) (string, error) { <-k.release; return "", nil }
func (k lockedKeyring) Set(string, string, string) error   { <-k.release; return nil }
func (k lockedKeyring) Delete(string, string) error        { <-k.release; return nil }

// newTestApp builds an app on a server and keyring backend, started.
func newTestApp(t *testing.T, serverURL string, kr secrets.Backend, cfg Config) *App {
	t.Helper()
	cfg.ServerURL = serverURL
	a, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	a.core.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	a.core.secrets = secrets.OpenWith(kr, 200*time.Millisecond)
	a.core.start(context.Background())
	t.Cleanup(a.core.stop)
	return a
}

// signInAs puts a user with portals in place without the sign-in flow,
// for tests of the content services against the stand-in sync server.
func signInAs(a *App, userID string, clients ...api.ClientCard) {
	me := api.Me{User: api.User{ID: userID, DisplayName: "Anna"}, Clients: clients}
	a.core.mu.Lock()
	a.core.me = &me
	a.core.mu.Unlock()
	a.core.keepMe(me)
}

func allRights(id string, admin bool) api.ClientCard {
	return api.ClientCard{ID: id, Name: "Maria de Vries", Admin: admin, Rights: []api.Section{
		api.SectionAppointments, api.SectionDossier, api.SectionMessages, api.SectionDetails,
		api.SectionSettings}}
}
