package match

import (
	"strconv"
	"strings"
)

// compareVersions orders two catalog versions: -1 if a is older than b, 0 if
// equal, +1 if newer. Versions are compared part by part between dots,
// numerically where both parts are numbers ("2.10" is newer than "2.9"),
// as text otherwise; a version that extends another is newer. Versions
// that are still level ("1.01", "1.1") fall back to plain text order.
func compareVersions(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, errA := strconv.Atoi(pa[i])
		nb, errB := strconv.Atoi(pb[i])
		switch {
		case errA == nil && errB == nil && na != nb:
			return sign(na - nb)
		case (errA != nil || errB != nil) && pa[i] != pb[i]:
			return strings.Compare(pa[i], pb[i])
		}
	}
	if n := sign(len(pa) - len(pb)); n != 0 {
		return n
	}
	return strings.Compare(a, b)
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
