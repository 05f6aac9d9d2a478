// Command imported is a fixture for scripts/vulncheck's test: it imports
// golang.org/x/text/language from x/text v0.3.7 (GO-2022-1059) but never
// calls the vulnerable ParseAcceptLanguage or MatchStrings.
package main

import (
	"fmt"

	"golang.org/x/text/language"
)

func main() {
	fmt.Println(language.BritishEnglish)
}
