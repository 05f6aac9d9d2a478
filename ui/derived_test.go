package ui

import (
	"slices"
	"strings"
)

// The attacks on derived data (limits brought in, timelines, discoveries,
// saved results of protected lists) are tested in the packages that show
// them: ui/negotiate, ui/history and ui/compare.

func hasText(texts []string, part string) bool {
	return slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, part) })
}
