package persistence

import (
	"encoding/hex"
	"strings"
	"unicode"
)

// RecoveryCode is a vault's raw 32-byte key written for people: its 64
// hexadecimal digits followed by one check character (Luhn mod 16), in 13
// groups of five separated by dashes, for example
//
//	3f9a0-c41d2-...-b7e05
//
// The check character catches any single mistyped character and almost
// every swap of two neighbours. Because the code is the key itself, any
// SQLCipher 4 tool opens the vault's database with it (see Hex and the
// package documentation).
type RecoveryCode string

const (
	keyLen       = 32
	codeDigits   = 2*keyLen + 1 // hex digits plus the check character
	codeGroupLen = 5
	hexDigits    = "0123456789abcdef"
)

// newRecoveryCode writes key as a recovery code.
func newRecoveryCode(key []byte) RecoveryCode {
	digits := keyHex(key)
	digits += string(hexDigits[luhnCheck(digits)])
	var b strings.Builder
	for i := 0; i < len(digits); i += codeGroupLen {
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(digits[i:min(i+codeGroupLen, len(digits))])
	}
	return RecoveryCode(b.String())
}

// String returns the code as shown to people.
func (c RecoveryCode) String() string { return string(c) }

// Hex returns the key as 64 lower-case hexadecimal digits, the form
// SQLCipher takes: PRAGMA key = "x'<Hex>'". It is empty if c is not a
// well-formed code.
func (c RecoveryCode) Hex() string {
	key, err := ParseRecoveryCode(string(c))
	if err != nil {
		return ""
	}
	return keyHex(key)
}

// ParseRecoveryCode reads a recovery code as a person may type it: spaces,
// dashes and line breaks anywhere, upper or lower case. It returns the
// 32-byte key, or ErrRecoveryCodeInvalid when the code has the wrong
// length, a character that is not a hexadecimal digit, or a check
// character that does not fit (a typing mistake).
func ParseRecoveryCode(s string) ([]byte, error) {
	var b strings.Builder
	for _, r := range s {
		if r == '-' || unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	digits := b.String()
	if len(digits) != codeDigits || strings.Trim(digits, hexDigits) != "" {
		return nil, ErrRecoveryCodeInvalid
	}
	if luhnCheck(digits[:codeDigits-1]) != strings.IndexByte(hexDigits, digits[codeDigits-1]) {
		return nil, ErrRecoveryCodeInvalid
	}
	key, err := hex.DecodeString(digits[:codeDigits-1])
	if err != nil {
		return nil, ErrRecoveryCodeInvalid
	}
	return key, nil
}

// luhnCheck computes the Luhn mod 16 check digit of lower-case hex digits:
// from the right, every other digit is doubled (the rightmost first), a
// doubled value is folded as quotient plus remainder by 16, and the check
// digit brings the sum to a multiple of 16.
func luhnCheck(digits string) int {
	sum, double := 0, true
	for i := len(digits) - 1; i >= 0; i-- {
		v := strings.IndexByte(hexDigits, digits[i])
		if double {
			v *= 2
			v = v/16 + v%16
		}
		sum += v
		double = !double
	}
	return (16 - sum%16) % 16
}

// keyHex is the key as SQLCipher and the keyring take it.
func keyHex(key []byte) string { return hex.EncodeToString(key) }
