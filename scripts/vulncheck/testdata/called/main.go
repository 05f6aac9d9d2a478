// Command called is a fixture for scripts/vulncheck's test: it calls
// golang.org/x/text/language.ParseAcceptLanguage from x/text v0.3.7, which the
// Go vulnerability database lists as GO-2022-1059 (fixed in v0.3.8).
package main

import (
	"fmt"
	"os"

	"golang.org/x/text/language"
)

func main() {
	tags, _, err := language.ParseAcceptLanguage(os.Getenv("ACCEPT_LANGUAGE"))
	fmt.Println(tags, err)
}
