package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"parleyapp.org/parley/persistence"
	"parleyapp.org/parley/ui/kit/kittest"
)

func TestFirstRunInKeyringModeThenReopensWithoutPrompt(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, false, "")
	if kr.Count() != 1 {
		t.Fatalf("the key was not stored in the keyring (%d entries)", kr.Count())
	}
	if a.Vault().Mode() != persistence.ModeKeyring {
		t.Errorf("mode = %s, want keyring", a.Vault().Mode())
	}
	a.closeVault()

	b := newTestApp(t, home, kr)
	b.eventually(t, "the vault opens from the keyring", func() bool { return b.shell != nil })
}

func TestAskModeNeedsPassphraseAndSaysWhenItIsWrong(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, true, "correct horse battery")
	if kr.Count() != 0 {
		t.Fatalf("always-ask mode left %d entries in the keyring", kr.Count())
	}
	a.closeVault()

	b := newTestApp(t, home, kr)
	u := b.unlock
	if u == nil || !strings.Contains(u.reason.Text, "passphrase each time") {
		t.Fatalf("the unlock screen does not say why it asks: %+v", u)
	}
	test.Type(u.pass, "wrong horse")
	tap(u.openPass)
	b.eventually(t, "a wrong passphrase is refused", func() bool { return u.problem.Visible() })
	if !strings.Contains(u.problem.Text, "does not open this vault") {
		t.Errorf("wrong passphrase message = %q", u.problem.Text)
	}
	if u.pass.Text != "wrong horse" {
		t.Error("the typed passphrase was cleared by the error")
	}
	u.pass.SetText("correct horse battery")
	tap(u.openPass)
	b.eventually(t, "the right passphrase opens the vault", func() bool { return b.shell != nil })
}

func TestAskModeCannotBeCreatedWithoutPassphrase(t *testing.T) {
	a := newTestApp(t, t.TempDir(), newMemKeyring())
	w := a.welcome
	tap(w.start)
	w.mode.SetSelected(modeAsk())
	if !w.create.Disabled() {
		t.Error("Create is enabled in always-ask mode with no passphrase")
	}
	test.Type(w.pass, "abc")
	test.Type(w.confirm, "abd")
	if !w.create.Disabled() {
		t.Error("Create is enabled while the two passphrases differ")
	}
}

func TestNoKeyringMakesPassphraseTheWayIn(t *testing.T) {
	home := t.TempDir()
	a := newTestApp(t, home, brokenKeyring{})
	w := a.welcome
	tap(w.start)
	tap(w.create) // keyring mode with no passphrase: the keyring fails
	a.eventually(t, "the failure is explained", func() bool { return w.problem.Visible() })
	if !strings.Contains(w.problem.Text, "keyring") || !w.passRequired() {
		t.Fatalf("after a keyring failure: problem %q, passphrase required %v", w.problem.Text, w.passRequired())
	}
	if a.store.Exists() {
		t.Error("a vault was created although its key could not be kept anywhere")
	}
	test.Type(w.pass, "a long enough phrase")
	test.Type(w.confirm, "a long enough phrase")
	tap(w.create)
	a.eventually(t, "the vault is created with the passphrase", func() bool { return w.recovery != nil })
}

func TestLockClearsScreensAndUnlockReopens(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.Lock()
	if a.Vault() != nil || a.shell != nil {
		t.Fatal("lock left the vault or the screens open")
	}
	u := a.unlock
	if u == nil || !u.keyring.Visible() {
		t.Fatal("after a lock there is no Unlock button")
	}
	tap(u.keyring)
	a.eventually(t, "unlock reopens", func() bool { return a.shell != nil })
}

func TestRecoveryCodeOpensVaultAndRestoresKey(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, false, "")
	code := string(a.Vault().RecoveryCode())
	a.closeVault()
	kr.Lose() // the keyring was lost

	b := newTestApp(t, home, kr)
	u := b.unlock
	b.eventually(t, "the missing key is explained", func() bool {
		return strings.Contains(u.reason.Text, "no longer holds")
	})
	tap(u.useCode)
	test.Type(u.code, strings.ToLower(code)+"X")
	tap(u.openCode)
	b.eventually(t, "a mistyped code is refused", func() bool { return u.problem.Visible() })
	u.code.SetText(strings.ToLower(code))
	tap(u.openCode)
	b.eventually(t, "the code opens the vault", func() bool { return b.shell != nil })
	if kr.Count() != 1 {
		t.Error("the key was not put back in the keyring")
	}
}

// stuckKeyring never answers, like a locked keyring waiting on a prompt.
type stuckKeyring struct{ release chan struct{} }

func (k stuckKeyring) Get(string, string) (string, error) { <-k.release; return "", errStuck }
func (k stuckKeyring) Set(string, string, string) error   { <-k.release; return errStuck }
func (k stuckKeyring) Delete(string, string) error        { <-k.release; return errStuck }

func TestHangingKeyringStillGivesAUsableScreen(t *testing.T) {
	home, kr := t.TempDir(), newMemKeyring()
	a := setUp(t, home, kr, false, "my long passphrase")
	a.closeVault()

	stuck := stuckKeyring{release: make(chan struct{})}
	defer close(stuck.release)
	start := time.Now()
	b := newTestApp(t, home, persistence.LimitKeyring(stuck, 300*time.Millisecond))
	u := b.unlock
	if u == nil || !u.pass.Visible() || !u.useCode.Visible() {
		t.Fatal("the passphrase and recovery options are not there while the keyring is asked")
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("the unlock screen took %v to appear", time.Since(start))
	}
	b.eventually(t, "the screen says the keyring did not answer", func() bool {
		return strings.Contains(u.reason.Text, "did not answer")
	})
	test.Type(u.pass, "my long passphrase")
	tap(u.openPass)
	b.eventually(t, "the passphrase opens the vault", func() bool { return b.shell != nil })
}

func TestQuickHideCoversAndComesBack(t *testing.T) {
	a := setUp(t, t.TempDir(), newMemKeyring(), false, "")
	a.hide()
	if a.cover == nil || a.root.Objects[len(a.root.Objects)-1] != a.cover.content {
		t.Fatal("quick-hide did not cover the window")
	}
	a.unhide()
	if a.cover != nil || a.shell == nil {
		t.Fatal("the window did not come back as it was")
	}
}

func TestAutoLockAfterIdleMinutes(t *testing.T) {
	clock := kittest.NewClock(time.Date(2026, 11, 20, 19, 0, 0, 0, time.UTC))
	a := startApp(t, Options{Home: t.TempDir(), Keyring: newMemKeyring(), Now: clock.Now})
	firstRunInKeyringMode(t, a)
	if err := a.Vault().SetSetting(settingAutoLock, "5"); err != nil {
		t.Fatal(err)
	}

	clock.Add(4 * time.Minute)
	a.checkIdle()
	if a.Vault() == nil {
		t.Fatal("locked after 4 idle minutes with a 5-minute setting")
	}
	a.touch() // the person does something
	clock.Add(4 * time.Minute)
	a.checkIdle()
	if a.Vault() == nil {
		t.Fatal("locked although the person was active 4 minutes ago")
	}
	clock.Add(time.Minute)
	a.checkIdle()
	if a.Vault() != nil || a.unlock == nil {
		t.Fatal("not locked after 5 idle minutes")
	}

	tap(a.unlock.keyring)
	a.eventually(t, "unlock reopens", func() bool { return a.shell != nil })
	a.Vault().SetSetting(settingAutoLock, "0")
	clock.Add(24 * time.Hour)
	a.checkIdle()
	if a.Vault() == nil {
		t.Fatal("locked although auto-lock is set to never")
	}
}
