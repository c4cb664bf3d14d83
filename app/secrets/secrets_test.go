package secrets

import (
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

// hanging is a keyring that never answers, like a locked one waiting for
// a prompt nobody sees.
type hanging struct{ release chan struct{} }

func (h hanging) Get(string, string) (string, error) { <-h.release; return "", nil }
func (h hanging) Set(string, string, string) error   { <-h.release; return nil }
func (h hanging) Delete(string, string) error        { <-h.release; return nil }

// memory is a keyring that answers.
type memory struct {
	mu sync.Mutex
	m  map[string]string
}

func (k *memory) Get(_, u string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	v, ok := k.m[u]
	if !ok {
		return "", keyring.ErrNotFound
	}
	return v, nil
}
func (k *memory) Set(_, u, p string) error { k.mu.Lock(); k.m[u] = p; k.mu.Unlock(); return nil }
func (k *memory) Delete(_, u string) error { k.mu.Lock(); delete(k.m, u); k.mu.Unlock(); return nil }

func TestLockedKeyringDoesNotHang(t *testing.T) {
	h := hanging{release: make(chan struct{})}
	defer close(h.release)

	done := make(chan *Store, 1)
	go func() { done <- OpenWith(h, 100*time.Millisecond) }()
	var s *Store
	select {
	case s = <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("opening a locked keyring hung")
	}
	if s.Available() {
		t.Fatal("a keyring that never answers is reported available")
	}
	if err := s.Set("session", "abc"); err != nil {
		t.Fatalf("memory fallback: %v", err)
	}
	if v, err := s.Get("session"); err != nil || v != "abc" {
		t.Fatalf("memory fallback read %q, %v", v, err)
	}
}

func TestKeyringThatHangsLaterFallsBack(t *testing.T) {
	k := &memory{m: map[string]string{}}
	s := OpenWith(k, 100*time.Millisecond)
	if !s.Available() {
		t.Fatal("a working keyring is reported unavailable")
	}
	h := hanging{release: make(chan struct{})}
	defer close(h.release)
	s.backend = h
	if _, err := s.Get("session"); !errors.Is(err, ErrTimeout) {
		t.Fatalf("a hanging read returned %v, want ErrTimeout", err)
	}
	if s.Available() {
		t.Fatal("store still trusts a keyring that hung")
	}
}

func TestValuesOverLimitAreRefused(t *testing.T) {
	s := OpenWith(&memory{m: map[string]string{}}, time.Second)
	cases := []struct {
		size int
		ok   bool
	}{{MaxSecretBytes, true}, {MaxSecretBytes + 1, false}}
	for _, tc := range cases {
		err := s.Set("k", strings.Repeat("x", tc.size))
		if (err == nil) != tc.ok {
			t.Errorf("size %d: err %v, want ok=%v", tc.size, err, tc.ok)
		}
		if !tc.ok && !errors.Is(err, ErrTooLarge) {
			t.Errorf("size %d: %v, want ErrTooLarge", tc.size, err)
		}
	}
}

// TestRealKeyring stores, reads and deletes through the OS keyring (the
// Secret Service in a D-Bus session on Linux). `make test` sets
// KRING_REAL_KEYRING=1 inside a keyring session; there this test fails,
// not skips, when the keyring cannot be used.
func TestRealKeyring(t *testing.T) {
	if os.Getenv("KRING_REAL_KEYRING") == "" {
		t.Skip("KRING_REAL_KEYRING not set: no keyring session")
	}
	s := Open(5 * time.Second)
	if !s.Available() {
		t.Fatal("the OS keyring is not usable in this session")
	}
	key := "test-" + time.Now().Format("150405.000000000")
	value := strings.Repeat("k", MaxSecretBytes)
	if err := s.Set(key, value); err != nil {
		t.Fatalf("store in keyring: %v", err)
	}
	defer s.Delete(key)
	got, err := keyring.Get(Service, key)
	if err != nil || got != value {
		t.Fatalf("the value did not reach the OS keyring: %v", err)
	}
	if err := s.Delete(key); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(key); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted secret still readable: %v", err)
	}
	if err := s.Delete(key); err != nil {
		t.Fatalf("deleting twice: %v", err)
	}
}
