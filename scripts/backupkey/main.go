// Command backupkey prints the key of a Parley backup, so the backup can be
// opened without Parley in any SQLCipher 4 tool. It reads the backup
// passphrase from standard input (one line) and prints the 64 hex digits
// SQLCipher takes as a raw key:
//
//	read -rs -p 'Backup passphrase: ' p; echo; printf '%s\n' "$p" | go run ./scripts/backupkey backup.parley
//
// then, in the sqlcipher 4 shell:
//
//	PRAGMA key = "x'<the 64 hex digits>'";
//	PRAGMA cipher_page_size = 4096;
//
// The key opens everything in that backup: do not keep it anywhere.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"parleyapp.org/parley/persistence"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: backupkey BACKUP-FILE  (the passphrase is read from standard input)")
		os.Exit(2)
	}
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil && line == "" {
		fmt.Fprintln(os.Stderr, "backupkey: please give the backup passphrase on standard input")
		os.Exit(2)
	}
	key, ok, err := persistence.BackupKey(os.Args[1], strings.TrimRight(line, "\r\n"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "backupkey:", err)
		os.Exit(1)
	}
	if !ok {
		fmt.Fprintln(os.Stderr, "backupkey: this backup comes from an older Parley: its passphrase itself is the SQLCipher key (PRAGMA key = 'your passphrase';)")
		os.Exit(1)
	}
	fmt.Println(key)
}
