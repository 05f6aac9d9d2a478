package persistence

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/zalando/go-keyring"
)

// KeyringService is the service name under which Parley keeps vault keys in
// the OS keyring. The account is "vault-<vault ID>" (see Store.Account).
const KeyringService = "Parley"

// Keyring is the OS keyring, narrowed to what Parley needs. Implementations
// report "no such entry" as ErrKeyNotFound; any other failure is treated as
// ErrKeyringUnavailable unless it already is ErrKeyringTimeout.
type Keyring interface {
	Get(service, account string) (string, error)
	Set(service, account, secret string) error
	Delete(service, account string) error
}

// SystemKeyring is the OS keyring (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows) through go-keyring. Every call runs
// in its own goroutine and gives up after limit (4*time.Second in the app),
// because a locked keyring may show a prompt and wait for ever. Outcomes:
// ErrKeyNotFound when the keyring answered that it has no such entry,
// ErrKeyringTimeout when it did not answer in time, ErrKeyringUnavailable
// for everything else (no Secret Service, no D-Bus, refused). An
// unavailable or silent keyring is never reported as "not found".
//
// A call that times out keeps running in the background until the keyring
// answers (D-Bus calls cannot be cancelled); its late result is dropped.
func SystemKeyring(limit time.Duration) Keyring {
	return limitedKeyring{limit: limit, get: keyring.Get, set: keyring.Set, del: keyring.Delete}
}

// limitedKeyring puts a time limit and error mapping around three plain
// functions, so tests can give it a backend that never answers.
type limitedKeyring struct {
	limit time.Duration
	get   func(service, account string) (string, error)
	set   func(service, account, secret string) error
	del   func(service, account string) error
}

func (k limitedKeyring) Get(service, account string) (string, error) {
	return withLimit(context.Background(), k.limit, func() (string, error) {
		s, err := k.get(service, account)
		return s, mapKeyringError(err)
	})
}

func (k limitedKeyring) Set(service, account, secret string) error {
	_, err := withLimit(context.Background(), k.limit, func() (struct{}, error) {
		return struct{}{}, mapKeyringError(k.set(service, account, secret))
	})
	return err
}

func (k limitedKeyring) Delete(service, account string) error {
	_, err := withLimit(context.Background(), k.limit, func() (struct{}, error) {
		return struct{}{}, mapKeyringError(k.del(service, account))
	})
	return err
}

// withLimit runs f in its own goroutine and waits at most limit (no limit
// when limit <= 0) or until ctx ends; then it returns ErrKeyringTimeout
// (joined with ctx's error when ctx ended) and leaves f to finish alone.
// A panic in f is reported as ErrKeyringUnavailable.
func withLimit[T any](ctx context.Context, limit time.Duration, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1) // buffered: a late answer never blocks
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- result{err: fail(ErrKeyringUnavailable, fmt.Errorf("keyring panicked: %v", p))}
			}
		}()
		v, err := f()
		done <- result{v, err}
	}()
	var expired <-chan time.Time
	if limit > 0 {
		t := time.NewTimer(limit)
		defer t.Stop()
		expired = t.C
	}
	var zero T
	select {
	case r := <-done:
		return r.v, r.err
	case <-expired:
		return zero, ErrKeyringTimeout
	case <-ctx.Done():
		return zero, fail(ErrKeyringTimeout, ctx.Err())
	}
}

// mapKeyringError turns go-keyring's answers into this package's errors.
// go-keyring returns untyped errors when there is no Secret Service, so
// everything but its ErrNotFound means "unavailable".
func mapKeyringError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keyring.ErrNotFound):
		return fail(ErrKeyNotFound, err)
	default:
		return normaliseKeyringError(err)
	}
}

// normaliseKeyringError makes any Keyring implementation's error one of
// ErrKeyNotFound, ErrKeyringTimeout or ErrKeyringUnavailable.
func normaliseKeyringError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrKeyNotFound), errors.Is(err, ErrKeyringTimeout), errors.Is(err, ErrKeyringUnavailable):
		return err
	default:
		return fail(ErrKeyringUnavailable, err)
	}
}

// Account is the keyring account that holds the key of the vault with
// this ID.
func Account(vaultID string) string { return "vault-" + vaultID }

// keyringGet reads a vault's key from the keyring, waiting no longer than
// ctx allows.
func (s Store) keyringGet(ctx context.Context, vaultID string) (string, error) {
	if s.Keyring == nil {
		return "", ErrKeyringUnavailable
	}
	secret, err := withLimit(ctx, 0, func() (string, error) {
		return s.Keyring.Get(KeyringService, Account(vaultID))
	})
	return secret, normaliseKeyringError(err)
}

// keyringSet stores a vault's key (as 64 hex characters) in the keyring.
func (s Store) keyringSet(vaultID string, key []byte) error {
	if s.Keyring == nil {
		return ErrKeyringUnavailable
	}
	return normaliseKeyringError(s.Keyring.Set(KeyringService, Account(vaultID), keyHex(key)))
}

// keyringDelete removes a vault's key from the keyring; an entry that is
// already gone counts as removed.
func (s Store) keyringDelete(vaultID string) error {
	if s.Keyring == nil {
		return ErrKeyringUnavailable
	}
	err := normaliseKeyringError(s.Keyring.Delete(KeyringService, Account(vaultID)))
	if errors.Is(err, ErrKeyNotFound) {
		return nil
	}
	return err
}

// LimitKeyring puts the same time limit and error mapping as SystemKeyring
// around any Keyring: for tests that need a keyring which never answers.
func LimitKeyring(k Keyring, limit time.Duration) Keyring {
	return limitedKeyring{limit: limit, get: k.Get, set: k.Set, del: k.Delete}
}
