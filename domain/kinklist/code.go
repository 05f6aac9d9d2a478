package kinklist

import (
	"math"
	"slices"
	"strings"

	"parleyapp.org/parley/domain/message"
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
func (l Level) String() string { return english.Render(l.Msg()) }

// Msg is the level's name as a message of the catalogue.
func (l Level) Msg() message.Msg {
	names := map[Level]string{Favourite: "favourite", Like: "like", Okay: "okay", Maybe: "maybe", No: "no"}
	if n, ok := names[l]; ok {
		return message.New("kinklist.level."+n, nil)
	}
	return message.New("kinklist.level.not-entered", nil)
}

// Choice is one level a person gave in KinkList: an item in one column.
type Choice struct {
	Category string
	Item     string
	Field    string
	Level    Level
	// Unsure: KinkList's own code probably stored this item's part of the
	// code wrongly (see likely); Level is the likely reading, not a
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
	chunks, err := readChunks(code)
	if err != nil {
		return nil, err
	}
	share := answeredShare(chunks)
	values := make([]Level, 0, len(chunks)*chunkLevels)
	unsure := make([]bool, 0, cap(values))
	for i, digits := range chunks {
		used := min(chunkLevels, n-i*chunkLevels) // the last chunk may be part-used
		v, doubt := likely(digits, share, used)
		for _, lv := range split(v) {
			values = append(values, lv)
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

// readChunks turns the code into its chunks' base-71 digits, refusing a
// character outside the alphabet or a chunk KinkList cannot have written.
func readChunks(code string) ([][]int, error) {
	var chunks [][]int
	for i := 0; i < len(code); i += chunkChars {
		digits := make([]int, chunkChars)
		for j := range digits {
			if digits[j] = strings.IndexByte(alphabet, code[i+j]); digits[j] < 0 {
				return nil, ErrCodeChar
			}
		}
		if number(digits) >= chunkLimit {
			return nil, ErrCodeDamaged
		}
		chunks = append(chunks, digits)
	}
	return chunks, nil
}

// answeredShare is the share of levels the code holds that are answered,
// read literally: how full this person's list is.
func answeredShare(chunks [][]int) float64 {
	n := 0
	for _, d := range chunks {
		n += answered(number(d))
	}
	return float64(n) / float64(len(chunks)*chunkLevels)
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

// likely reads one chunk and says whether KinkList v1.0.2 probably wrote
// it wrongly. Its encoder writes a chunk's base-71 digits but skips every
// digit that is 0 after the first (then pads on the left), so a chunk
// whose number has a 0 inside comes out as a different, smaller number:
// reopened in KinkList, that part of the list shows other answers than the
// person gave. A chunk whose significant digits fill all eight places, or
// that holds a 0 after its first significant digit, cannot be such a
// chunk. For the others, every number the encoder could have shortened to
// these digits is a candidate, weighed by how likely its answers are for a
// list as full as this one (share): a wrongly written chunk usually reads
// as answers scattered unlike the rest of the list. The chunk is doubtful
// when some other candidate is nearly as likely as the literal reading
// (within doubtMargin), and its likely reading is the most likely
// candidate. In a chunk only partly used (the list's last), a candidate
// with answers after the list's end is impossible. Measured by
// TestDecodeFlagsWhatKinkListsEncoderGotWrong (random lists 10% to 100%
// answered, KinkList's encoder ported and checked against its own output):
// KinkList writes 6-10% of chunks wrongly; this flags 97-100% of those,
// and at most 2.3% of the chunks it wrote correctly (at 60% answered).
func likely(digits []int, share float64, used int) (uint64, bool) {
	literal := number(digits)
	first := 0
	for first < len(digits) && digits[first] == 0 {
		first++
	}
	sig := digits[first:]
	if len(sig) == 0 || len(sig) == len(digits) || slices.Contains(sig, 0) {
		return literal, false
	}
	limit := uint64(math.Pow(levels, float64(used))) // exact: 6^19 < 2^53
	literalWeight := weight(literal, share, used)
	if literal >= limit {
		literalWeight = math.Inf(-1) // answers after the list's end: impossible as read
	}
	best, bestWeight := literal, literalWeight
	doubt := false
	for _, c := range candidates(sig, len(digits)) {
		if c == literal || c >= limit {
			continue // KinkList writes nothing after the list's last item
		}
		w := weight(c, share, used)
		if w >= literalWeight-doubtMargin {
			doubt = true
		}
		if w > bestWeight {
			best, bestWeight = c, w
		}
	}
	return best, doubt
}

// doubtMargin is how much less likely (in natural log) another reading of
// a chunk may be than the literal one and still make the chunk doubtful.
const doubtMargin = 2.0

// weight is the log-likelihood of a chunk's answers when each level is
// answered with probability share (kept away from 0 and 1), the five
// answers being equally likely.
func weight(v uint64, share float64, used int) float64 {
	p := min(max(share, 0.02), 0.98)
	a := float64(answered(v))
	return a*math.Log(p/5) + (float64(used)-a)*math.Log(1-p)
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
