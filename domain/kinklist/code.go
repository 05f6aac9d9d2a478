package kinklist

import (
	"slices"
	"strings"
)

// Level is one of KinkList v1.0.2's six levels, in the order of its legend.
// The number is what its code stores.
type Level int

const (
	NotEntered Level = iota
	Favourite
	Like
	Okay
	Maybe
	No
)

// levels is the number of levels, the base of KinkList's code.
const levels = 6

// Levels lists the five levels a person can choose in KinkList.
var Levels = []Level{Favourite, Like, Okay, Maybe, No}

// String is the level as KinkList names it (in British spelling).
func (l Level) String() string {
	switch l {
	case Favourite:
		return "Favourite"
	case Like:
		return "Like"
	case Okay:
		return "Okay"
	case Maybe:
		return "Maybe"
	case No:
		return "No"
	}
	return "Not entered"
}

// Choice is one level a person gave in KinkList: an item in one column.
type Choice struct {
	Category string
	Item     string
	Field    string
	Level    Level
	// Unsure: KinkList's own code probably stored this item's part of the
	// code wrongly (see Decode); Level is the likely reading, not a
	// certain one, and the preview does not bring it in.
	Unsure bool
}

// The code's alphabet (71 characters) and shape, as KinkList v1.0.2 writes
// it: the levels are cut into chunks of chunkLevels, each chunk is read
// as a number in base 6 with its first level as the lowest digit, and
// that number is written in base 71, most significant digit first, padded
// on the left to chunkChars characters with the alphabet's first one.
const (
	alphabet    = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.=+*^!@"
	chunkChars  = 8  // the most base-71 digits below 2^53 (JavaScript's exact integers)
	chunkLevels = 19 // the most base-6 digits whose largest value fits in chunkChars
)

// MaxCodeChars bounds a pasted code: a list of 50,000 answers.
const MaxCodeChars = 50000 / chunkLevels * chunkChars

// chunkLimit is 6^19: no chunk KinkList writes reaches it.
var chunkLimit = func() uint64 {
	n := uint64(1)
	for range chunkLevels {
		n *= levels
	}
	return n
}()

// Decode reads a KinkList code against the list it was made with and
// returns one Choice for every item and column of the list, in the list's
// order (NotEntered where the person chose nothing). The code may be the
// whole address, the part after #, or either with spaces and line breaks
// a messenger added.
//
// The code carries no check of its own, so Decode checks what it can: only
// the alphabet's characters, exactly as many chunks as the list needs, no
// chunk larger than KinkList can write, and nothing but "not entered"
// after the list's last item (KinkList never writes more). A code made
// with a different list of the same length cannot be told apart; the
// preview, which names every item, is where the person sees it.
func Decode(code string, l List) ([]Choice, error) {
	code, err := clean(code)
	if err != nil {
		return nil, err
	}
	n := l.Slots()
	need := (n + chunkLevels - 1) / chunkLevels * chunkChars
	switch {
	case len(code) < need:
		return nil, ErrCodeShort
	case len(code) > need:
		return nil, ErrCodeLong
	}
	values := make([]Level, 0, need/chunkChars*chunkLevels)
	unsure := make([]bool, 0, cap(values))
	for i := 0; i < len(code); i += chunkChars {
		chunk, doubt, err := readChunk(code[i : i+chunkChars])
		if err != nil {
			return nil, err
		}
		values = append(values, chunk...)
		for range chunk {
			unsure = append(unsure, doubt)
		}
	}
	for i, v := range values[n:] {
		if v != NotEntered && !unsure[n+i] {
			return nil, ErrCodeOtherList
		}
	}
	return label(values[:n], unsure, l), nil
}

// clean takes the code out of what was pasted: after the first #, with all
// white space removed.
func clean(code string) (string, error) {
	if len(code) > 4*MaxCodeChars {
		return "", ErrCodeTooLarge
	}
	if _, after, ok := strings.Cut(code, "#"); ok {
		code = after
	}
	code = strings.Join(strings.Fields(code), "")
	switch {
	case code == "":
		return "", ErrCodeEmpty
	case len(code) > MaxCodeChars:
		return "", ErrCodeTooLarge
	}
	return code, nil
}

// readChunk turns chunkChars characters into chunkLevels levels, and says
// whether KinkList probably wrote them wrongly (see doubtful).
func readChunk(s string) ([]Level, bool, error) {
	digits := make([]int, len(s))
	for i := 0; i < len(s); i++ {
		if digits[i] = strings.IndexByte(alphabet, s[i]); digits[i] < 0 {
			return nil, false, ErrCodeChar
		}
	}
	v := number(digits)
	if v >= chunkLimit {
		return nil, false, ErrCodeDamaged
	}
	if likely, doubt := doubtful(digits, v); doubt {
		return split(likely), true, nil
	}
	return split(v), false, nil
}

// number reads base-71 digits, most significant first.
func number(digits []int) uint64 {
	var v uint64
	for _, d := range digits {
		v = v*uint64(len(alphabet)) + uint64(d)
	}
	return v
}

// split cuts a chunk's number into its levels, lowest digit first.
func split(v uint64) []Level {
	out := make([]Level, chunkLevels)
	for i := range out {
		out[i] = Level(v % levels)
		v /= levels
	}
	return out
}

// answered counts the levels of a chunk that are not NotEntered.
func answered(v uint64) int {
	n := 0
	for ; v > 0; v /= levels {
		if v%levels != 0 {
			n++
		}
	}
	return n
}

// doubtful finds chunks KinkList v1.0.2 probably wrote wrongly. Its
// encoder writes a chunk's base-71 digits but skips every digit that is 0
// after the first (then pads on the left), so a chunk whose number has a 0
// inside comes out as a different, smaller number: reopened in KinkList,
// that part of the list shows other answers than the person gave (we saw
// it in about one chunk in ten of random lists, and in a realistic one).
// A chunk whose significant digits fill all eight places, or that holds a
// 0 after its first significant digit, cannot be such a chunk. For the
// others, every number the encoder could have shortened to these digits
// is tried; a wrongly written chunk reads as many scattered answers, while
// the number it came from reads as the few the person gave. When some
// candidate has fewer answers than the literal reading, the chunk is
// doubtful and the sparsest candidate is its likely reading.
func doubtful(digits []int, literal uint64) (uint64, bool) {
	first := 0
	for first < len(digits) && digits[first] == 0 {
		first++
	}
	sig := digits[first:]
	if len(sig) == 0 || len(sig) == len(digits) || slices.Contains(sig, 0) {
		return literal, false
	}
	best, fewest := literal, answered(literal)
	for _, c := range candidates(sig, len(digits)) {
		if n := answered(c); c < chunkLimit && n < fewest {
			best, fewest = c, n
		}
	}
	return best, best != literal
}

// candidates lists every number of at most width base-71 digits whose
// digits, zeros left out, are sig (its first digit is sig's first).
func candidates(sig []int, width int) []uint64 {
	var out []uint64
	var grow func(done []int, rest []int)
	grow = func(done []int, rest []int) {
		if len(rest) == 0 {
			out = append(out, number(done))
		}
		if len(done) == width {
			return
		}
		if len(rest) > 0 {
			grow(append(done[:len(done):len(done)], rest[0]), rest[1:])
		}
		if len(done) > 0 && len(done)+len(rest) < width {
			grow(append(done[:len(done):len(done)], 0), rest)
		}
	}
	grow(nil, sig)
	return out
}

// label pairs each level with its item and column, in the list's order.
func label(values []Level, unsure []bool, l List) []Choice {
	out := make([]Choice, 0, len(values))
	for _, c := range l.Categories {
		for _, item := range c.Items {
			for _, f := range c.Fields {
				out = append(out, Choice{Category: c.Name, Item: item, Field: f, Level: values[len(out)], Unsure: unsure[len(out)]})
			}
		}
	}
	return out
}
