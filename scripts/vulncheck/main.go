// Command vulncheck is the Go half of scripts/vulncheck.sh, which runs
// govulncheck over Parley with no network but the Go module proxy: the Go
// vulnerability database comes as a pinned golang.org/x/vulndb module.
//
//	go mod download -json golang.org/x/vulndb@VERSION | go run ./scripts/vulncheck db build/vulndb
//	go run ./scripts/vulncheck report build/vulncheck.json
//
// "db" builds the database (db.go); "report" reads govulncheck's JSON and says
// in plain words what was found (report.go). The check fails on vulnerabilities
// Parley's code calls, as govulncheck itself does; those in packages Parley
// imports but never calls are listed and do not fail it (README, For developers).
package main

import (
	"fmt"
	"os"
)

const usage = `usage:
  go mod download -json golang.org/x/vulndb@VERSION | vulncheck db OUT-DIR
  vulncheck report GOVULNCHECK-JSON-FILE`

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "db":
		err = buildDB(os.Args[2])
	case "report":
		err = report(os.Args[2])
	default:
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "vulncheck:", err)
		os.Exit(1)
	}
}
