package guide

// BlockKind says how a block of an article is shown.
type BlockKind string

const (
	Paragraph BlockKind = "paragraph" // Text is a paragraph
	Heading   BlockKind = "heading"   // Text is a short heading within the article
	Bullets   BlockKind = "bullets"   // Items is a bulleted list; Text is empty
)

// Block is one piece of an article's body.
type Block struct {
	Kind  BlockKind
	Text  string
	Items []string
}

// Term is one entry of the glossary.
type Term struct {
	ID         string // stable slug, e.g. "hard-limit"
	Name       string
	Definition string   // two to four sentences
	See        []string // IDs of related terms or articles
}

// Article is one section of the guide.
type Article struct {
	ID    string // stable slug, e.g. "safeword-rule"
	Title string
	Body  []Block
	See   []string // IDs of related terms or articles
}

func para(text string) Block        { return Block{Kind: Paragraph, Text: text} }
func heading(text string) Block     { return Block{Kind: Heading, Text: text} }
func bullets(items ...string) Block { return Block{Kind: Bullets, Items: items} }
