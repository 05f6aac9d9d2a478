package persistence

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"regexp"
	"strings"
	"testing"
)

func randomKey(t *testing.T) []byte {
	t.Helper()
	key := make([]byte, keyLen)
	if _, err := rand.Read(key); err != nil {
		t.Fatal(err)
	}
	return key
}

func TestRecoveryCodeShape(t *testing.T) {
	code := string(newRecoveryCode(randomKey(t)))
	// 13 groups of five lower-case hex digits: 64 for the key, 1 check.
	if !regexp.MustCompile(`^[0-9a-f]{5}(-[0-9a-f]{5}){12}$`).MatchString(code) {
		t.Fatalf("code %q is not 13 dash-separated groups of five hex digits", code)
	}
}

func TestRecoveryCodeRoundTripAndHex(t *testing.T) {
	for range 20 {
		key := randomKey(t)
		code := newRecoveryCode(key)
		got, err := ParseRecoveryCode(string(code))
		if err != nil || !bytes.Equal(got, key) {
			t.Fatalf("ParseRecoveryCode(%q) = %x, %v; want %x", code, got, err, key)
		}
		// Hex is the key itself, as SQLCipher's PRAGMA key takes it; the
		// code's first 64 digits are exactly that.
		digits := strings.ReplaceAll(string(code), "-", "")
		if code.Hex() != digits[:64] || len(code.Hex()) != 64 {
			t.Fatalf("Hex() = %q, want the first 64 digits of %q", code.Hex(), code)
		}
	}
}

func TestRecoveryCodeAcceptsHowPeopleType(t *testing.T) {
	key := randomKey(t)
	code := string(newRecoveryCode(key))
	groups := strings.Split(code, "-")
	for name, typed := range map[string]string{
		"upper case":    strings.ToUpper(code),
		"spaces":        strings.Join(groups, " "),
		"no separators": strings.Join(groups, ""),
		"lines":         strings.Join(groups[:7], " ") + "\n" + strings.Join(groups[7:], " ") + "\n",
		"mixed":         "  " + strings.ToUpper(strings.Join(groups[:3], " - ")) + "\t" + strings.Join(groups[3:], "--") + " ",
	} {
		got, err := ParseRecoveryCode(typed)
		if err != nil || !bytes.Equal(got, key) {
			t.Errorf("%s: ParseRecoveryCode(%q) = %v", name, typed, err)
		}
	}
}

// Luhn mod 16 worked by hand: for the all-zero key every term is 0, so the
// check digit is 0. For a key ending in 01 the last digit (1) is doubled
// (2), the sum is 2 and the check digit is 16-2 = 14, "e". For a key ending
// in 0f, f doubled is 30, folded 1+14 = 15, check (16-15) = 1.
func TestRecoveryCodeCheckDigitByHand(t *testing.T) {
	zero := make([]byte, keyLen)
	one := make([]byte, keyLen)
	one[keyLen-1] = 0x01
	fifteen := make([]byte, keyLen)
	fifteen[keyLen-1] = 0x0f
	for _, tc := range []struct {
		key  []byte
		last byte
	}{{zero, '0'}, {one, 'e'}, {fifteen, '1'}} {
		code := string(newRecoveryCode(tc.key))
		if code[len(code)-1] != tc.last {
			t.Errorf("key %x: check digit %c, want %c", tc.key, code[len(code)-1], tc.last)
		}
	}
}

// Any one character typed wrongly is caught: Luhn mod N detects every
// single substitution.
func TestRecoveryCodeCatchesEverySingleTypo(t *testing.T) {
	for range 3 {
		digits := []byte(strings.ReplaceAll(string(newRecoveryCode(randomKey(t))), "-", ""))
		for i := range digits {
			for _, c := range []byte(hexDigits) {
				if c == digits[i] {
					continue
				}
				typo := bytes.Clone(digits)
				typo[i] = c
				if _, err := ParseRecoveryCode(string(typo)); !errors.Is(err, ErrRecoveryCodeInvalid) {
					t.Fatalf("typo at %d (%c) accepted: %v", i, c, err)
				}
			}
		}
	}
}

// Swapping two neighbours is caught, except 0 and f: with Luhn mod 16 a
// doubled digit x adds x (x < 8) or x-15 (x >= 8) more than plain, which
// is the same, 0 modulo 16, only for 0 and 15.
func TestRecoveryCodeCatchesSwappedNeighbours(t *testing.T) {
	for range 3 {
		digits := []byte(strings.ReplaceAll(string(newRecoveryCode(randomKey(t))), "-", ""))
		for i := 0; i+1 < len(digits); i++ {
			a, b := digits[i], digits[i+1]
			if a == b || (a == '0' && b == 'f') || (a == 'f' && b == '0') {
				continue
			}
			swapped := bytes.Clone(digits)
			swapped[i], swapped[i+1] = b, a
			if _, err := ParseRecoveryCode(string(swapped)); !errors.Is(err, ErrRecoveryCodeInvalid) {
				t.Fatalf("swap at %d (%c%c) accepted", i, a, b)
			}
		}
	}
}

func TestRecoveryCodeRejectsMalformed(t *testing.T) {
	code := string(newRecoveryCode(randomKey(t)))
	plain := strings.ReplaceAll(code, "-", "")
	for name, typed := range map[string]string{
		"empty":             "",
		"one missing":       plain[1:],
		"one extra":         plain + "0",
		"key without check": plain[:64],
		"not hex":           "g" + plain[1:],
		"letter o for 0":    strings.Replace(plain, "0", "o", 1),
		"other punctuation": strings.ReplaceAll(code, "-", "."),
	} {
		if name == "letter o for 0" && !strings.Contains(plain, "0") {
			continue
		}
		if _, err := ParseRecoveryCode(typed); !errors.Is(err, ErrRecoveryCodeInvalid) {
			t.Errorf("%s: %q accepted (%v)", name, typed, err)
		}
	}
	if RecoveryCode("nonsense").Hex() != "" {
		t.Error("Hex of a malformed code is not empty")
	}
}

// The documented way into the database with only the recovery code: the
// key as the string x'<Hex>' (what PRAGMA key takes in the sqlcipher
// shell) and SQLCipher 4's 4096-byte pages, here through a plain,
// unencrypted SQLite connection that attaches the vault.
func TestRecoveryCodeOpensTheDatabaseInPlainSQLCipher(t *testing.T) {
	s := newStore(t, newFakeKeyring())
	v, code := mustCreate(t, s, ModeKeyring, "")
	mustSet(t, v, "greeting", "hello")
	v.Close()
	host, err := sql.Open("sqlite3", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer host.Close()
	conn, err := host.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	ctx := context.Background()
	if _, err := conn.ExecContext(ctx, "ATTACH DATABASE ? AS vault KEY ?", s.DatabasePath(), "x'"+code.Hex()+"'"); err != nil {
		t.Fatal(err)
	}
	var value string
	if err := conn.QueryRowContext(ctx, "SELECT value FROM vault.settings WHERE key = 'greeting'").Scan(&value); err != nil || value != "hello" {
		t.Fatalf("read %q, %v", value, err)
	}
}
