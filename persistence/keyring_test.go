package persistence

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

// A backend that never answers (a locked keyring's prompt nobody sees)
// gives ErrKeyringTimeout once the limit has passed, for every call.
func TestLimitedKeyringTimesOutOnAStuckBackend(t *testing.T) {
	stuck := make(chan struct{})
	defer close(stuck) // lets the abandoned calls finish
	k := limitedKeyring{
		limit: 50 * time.Millisecond,
		get:   func(string, string) (string, error) { <-stuck; return "late", nil },
		set:   func(string, string, string) error { <-stuck; return nil },
		del:   func(string, string) error { <-stuck; return nil },
	}
	if _, err := k.Get(KeyringService, "a"); !errors.Is(err, ErrKeyringTimeout) {
		t.Errorf("Get: %v", err)
	}
	if err := k.Set(KeyringService, "a", "s"); !errors.Is(err, ErrKeyringTimeout) {
		t.Errorf("Set: %v", err)
	}
	if err := k.Delete(KeyringService, "a"); !errors.Is(err, ErrKeyringTimeout) {
		t.Errorf("Delete: %v", err)
	}
}

func TestLimitedKeyringMapsAnswers(t *testing.T) {
	cases := []struct {
		name    string
		backend error
		want    error
		notWant error
	}{
		{"found", nil, nil, nil},
		{"not found", keyring.ErrNotFound, ErrKeyNotFound, ErrKeyringUnavailable},
		{"untyped (no Secret Service)", errors.New("The name org.freedesktop.secrets was not provided by any .service files"), ErrKeyringUnavailable, ErrKeyNotFound},
		{"too big", keyring.ErrSetDataTooBig, ErrKeyringUnavailable, ErrKeyNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			k := limitedKeyring{
				limit: time.Minute,
				get:   func(string, string) (string, error) { return "secret", tc.backend },
				set:   func(string, string, string) error { return tc.backend },
				del:   func(string, string) error { return tc.backend },
			}
			_, gerr := k.Get(KeyringService, "a")
			serr := k.Set(KeyringService, "a", "s")
			derr := k.Delete(KeyringService, "a")
			for _, err := range []error{gerr, serr, derr} {
				if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
					t.Errorf("got %v, want %v", err, tc.want)
				}
				if tc.notWant != nil && errors.Is(err, tc.notWant) {
					t.Errorf("%v also reads as %v", err, tc.notWant)
				}
			}
		})
	}
}

func TestLimitedKeyringSurvivesAPanickingBackend(t *testing.T) {
	k := limitedKeyring{limit: time.Minute, get: func(string, string) (string, error) { panic("dbus") }}
	if _, err := k.Get(KeyringService, "a"); !errors.Is(err, ErrKeyringUnavailable) {
		t.Fatalf("Get: %v", err)
	}
}

func TestWithLimitStopsWhenTheContextEnds(t *testing.T) {
	stuck := make(chan struct{})
	defer close(stuck)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := withLimit(ctx, 0, func() (int, error) { <-stuck; return 1, nil })
	if !errors.Is(err, ErrKeyringTimeout) || !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	v, err := withLimit(context.Background(), 0, func() (int, error) { return 7, nil })
	if v != 7 || err != nil {
		t.Fatalf("a prompt answer: %v, %v", v, err)
	}
}

// With no reachable D-Bus, the real SystemKeyring says "unavailable",
// never "not found", and answers within its limit (a timeout would read as
// ErrKeyringTimeout). godbus keeps one session bus connection per process,
// so the check runs in a fresh child process with a bus address that leads
// nowhere.
func TestSystemKeyringWithoutDBusIsUnavailable(t *testing.T) {
	if os.Getenv("PARLEY_NO_DBUS_CHILD") == "1" {
		checkKeyringWithoutDBus(t)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestSystemKeyringWithoutDBusIsUnavailable$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), "PARLEY_NO_DBUS_CHILD=1", "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/parley-test-bus")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS") {
		t.Fatalf("child: %v\n%s", err, out)
	}
}

func checkKeyringWithoutDBus(t *testing.T) {
	k := SystemKeyring(4 * time.Second)
	_, err := k.Get(KeyringService, "vault-test")
	if !errors.Is(err, ErrKeyringUnavailable) || errors.Is(err, ErrKeyNotFound) {
		t.Fatalf("Get: %v", err)
	}
	if err := k.Set(KeyringService, "vault-test", "x"); !errors.Is(err, ErrKeyringUnavailable) {
		t.Fatalf("Set: %v", err)
	}
	// And the store built on it: the unlock screen says why.
	s := newStore(t, k)
	if _, _, err := s.Create(ModeKeyring, ""); !errors.Is(err, ErrKeyringUnavailable) || s.Exists() {
		t.Fatalf("Create: %v (exists %v)", err, s.Exists())
	}
	v, _, err := s.Create(ModeKeyring, "pass")
	if err != nil {
		t.Fatal(err)
	}
	v.Close()
	if _, reason, err := s.OpenWithKeyring(context.Background()); reason != ReasonKeyringUnavailable {
		t.Fatalf("OpenWithKeyring: %v %v", reason, err)
	}
}

func TestNoKeyringAtAll(t *testing.T) {
	s := newStore(t, nil)
	if _, _, err := s.Create(ModeKeyring, ""); !errors.Is(err, ErrKeyringUnavailable) {
		t.Fatalf("Create: %v", err)
	}
	v, _, err := s.Create(ModeKeyring, "pass")
	if err != nil || !errors.Is(v.KeyringNote(), ErrKeyringUnavailable) {
		t.Fatalf("Create with passphrase: %v, %v", err, v.KeyringNote())
	}
	v.Close()
	if _, reason, _ := s.OpenWithKeyring(context.Background()); reason != ReasonKeyringUnavailable {
		t.Fatalf("reason %v", reason)
	}
}
