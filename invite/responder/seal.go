package responder

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

// A progress file lets a partner close the page and carry on later. It is
// sealed with their passphrase, never stored by the browser:
//
//	"parley-progress" 0x01        16 bytes: magic and format
//	u32 time, u32 memory KiB, u8 threads   Argon2id's parameters
//	16 bytes salt, 24 bytes nonce
//	XChaCha20-Poly1305(key = Argon2id(passphrase, salt), header as AD)
//
// The parameters travel in the file, so a later page can raise them and
// still open older files. 64 MiB and 3 passes take about a second in the
// page (measured in docs/performance.md).
const progressMagic = "parley-progress\x01"

// Argon2id's parameters for new progress files.
const (
	sealTime    = 3
	sealMemory  = 64 * 1024
	sealThreads = 1
	// Upper bounds when opening, so a crafted file cannot make the page
	// ask for gigabytes.
	maxTime   = 16
	maxMemory = 256 * 1024
)

const headerSize = len(progressMagic) + 4 + 4 + 1 + 16 + chacha20poly1305.NonceSizeX

// Errors of the progress file; the page shows each one's sentence.
var (
	ErrNotProgress   = errors.New("responder: not a progress file")
	ErrWrongPassword = errors.New("responder: wrong passphrase or damaged file")
	ErrNoPassphrase  = errors.New("responder: empty passphrase")
)

// Seal encrypts plain (the page's progress, as JSON) under passphrase.
func Seal(rnd io.Reader, passphrase string, plain []byte) ([]byte, error) {
	if passphrase == "" {
		return nil, ErrNoPassphrase
	}
	head := make([]byte, 0, headerSize)
	head = append(head, progressMagic...)
	head = binary.BigEndian.AppendUint32(head, sealTime)
	head = binary.BigEndian.AppendUint32(head, sealMemory)
	head = append(head, sealThreads)
	salt := make([]byte, 16+chacha20poly1305.NonceSizeX)
	if _, err := io.ReadFull(rnd, salt); err != nil {
		return nil, err
	}
	head = append(head, salt...)
	aead, err := chacha20poly1305.NewX(argon2.IDKey([]byte(passphrase), salt[:16], sealTime, sealMemory, sealThreads, chacha20poly1305.KeySize))
	if err != nil {
		return nil, err
	}
	return aead.Seal(head, salt[16:], plain, head), nil
}

// Open decrypts a file Seal wrote.
func Open(passphrase string, file []byte) ([]byte, error) {
	if len(file) < headerSize+chacha20poly1305.Overhead || !bytes.HasPrefix(file, []byte(progressMagic)) {
		return nil, ErrNotProgress
	}
	p := file[len(progressMagic):]
	t, m, threads := binary.BigEndian.Uint32(p), binary.BigEndian.Uint32(p[4:]), p[8]
	if t == 0 || t > maxTime || m < 8 || m > maxMemory || threads == 0 {
		return nil, ErrNotProgress
	}
	salt, nonce := p[9:25], p[25:25+chacha20poly1305.NonceSizeX]
	aead, err := chacha20poly1305.NewX(argon2.IDKey([]byte(passphrase), salt, t, m, threads, chacha20poly1305.KeySize))
	if err != nil {
		return nil, err
	}
	plain, err := aead.Open(nil, nonce, file[headerSize:], file[:headerSize])
	if err != nil {
		return nil, ErrWrongPassword
	}
	return plain, nil
}
