// Package secrets keeps the desktop app's credentials in the OS keyring
// (Windows Credential Manager, macOS Keychain, Secret Service on Linux).
//
// Every keyring call runs under a time limit: a locked or missing keyring
// must never hang the app. When the keyring cannot be used, Store falls back
// to memory for this run only and says so through Available.
package secrets

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/zalando/go-keyring"
)

// Service is the keyring service name under which Kring stores its items.
const Service = "nl.kring.desktop"

// MaxSecretBytes is the Windows Credential Manager limit on one item.
const MaxSecretBytes = 2560

// ErrNotFound means no item is stored under the key.
var ErrNotFound = errors.New("secret not found")

// ErrTimeout means the keyring did not answer in time.
var ErrTimeout = errors.New("keyring did not answer in time")

// ErrTooLarge means a value exceeds MaxSecretBytes.
var ErrTooLarge = errors.New("secret larger than the keyring allows")

// Backend is the keyring the store talks to; the OS keyring unless a test
// gives another.
type Backend interface {
	Get(service, user string) (string, error)
	Set(service, user, password string) error
	Delete(service, user string) error
}

type osKeyring struct{}

func (osKeyring) Get(service, user string) (string, error) { return keyring.Get(service, user) }
func (osKeyring) Set(service, user, pw string) error       { return keyring.Set(service, user, pw) }
func (osKeyring) Delete(service, user string) error        { return keyring.Delete(service, user) }

// Store reads and writes secrets, in the keyring or, failing that, memory.
type Store struct {
	timeout time.Duration
	backend Backend

	mu        sync.Mutex
	available bool
	memory    map[string]string
}

// Open probes the keyring and returns a store. It never fails: without a
// usable keyring the store keeps secrets in memory and Available is false.
func Open(timeout time.Duration) *Store {
	return OpenWith(osKeyring{}, timeout)
}

// OpenWith is Open on a given backend.
func OpenWith(b Backend, timeout time.Duration) *Store {
	s := &Store{timeout: timeout, backend: b, available: true, memory: map[string]string{}}
	_, err := s.call(func() (string, error) {
		return b.Get(Service, "probe")
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		s.available = false
	}
	return s
}

// Available reports whether secrets reach the OS keyring.
func (s *Store) Available() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.available
}

// Get returns the secret under key.
func (s *Store) Get(key string) (string, error) {
	if !s.Available() {
		return s.memGet(key)
	}
	return s.call(func() (string, error) { return s.backend.Get(Service, key) })
}

// Set stores value under key.
func (s *Store) Set(key, value string) error {
	if len(value) > MaxSecretBytes {
		return fmt.Errorf("store %s: %w", key, ErrTooLarge)
	}
	if !s.Available() {
		s.mu.Lock()
		s.memory[key] = value
		s.mu.Unlock()
		return nil
	}
	_, err := s.call(func() (string, error) {
		return "", s.backend.Set(Service, key, value)
	})
	return err
}

// Delete removes the secret under key; a missing key is not an error.
func (s *Store) Delete(key string) error {
	if !s.Available() {
		s.mu.Lock()
		delete(s.memory, key)
		s.mu.Unlock()
		return nil
	}
	_, err := s.call(func() (string, error) {
		return "", s.backend.Delete(Service, key)
	})
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	return err
}

func (s *Store) memGet(key string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.memory[key]
	if !ok {
		return "", ErrNotFound
	}
	return v, nil
}

// call runs fn with a time limit. A call that times out keeps running in its
// goroutine, but the app moves on.
func (s *Store) call(fn func() (string, error)) (string, error) {
	type result struct {
		v   string
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := fn()
		done <- result{v, err}
	}()

	select {
	case r := <-done:
		if errors.Is(r.err, keyring.ErrNotFound) {
			return "", ErrNotFound
		}
		if r.err != nil {
			return "", fmt.Errorf("keyring: %w", r.err)
		}
		return r.v, nil
	case <-time.After(s.timeout):
		// A keyring that hung once will hang again: use memory from now on.
		s.mu.Lock()
		s.available = false
		s.mu.Unlock()
		return "", ErrTimeout
	}
}
