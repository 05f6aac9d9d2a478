// Package message is how the domain speaks without choosing a language.
//
// The domain never returns a finished sentence for a person to read: it
// returns a Msg, an ID from the message catalogue with named arguments, and
// whoever shows it (the UI through Fyne's lang, the printout through
// go-i18n) renders it in the reader's language from
// assets/translations/<lang>.json. An argument may itself be a Msg (a
// section's name inside a sentence, say); the renderer renders it first, in
// the same language.
//
// Each package that speaks declares its English sources as a []Source (the
// ID, the British English text, and the "one" form when a count chooses the
// wording). internal/i18n's extractor collects them, with the UI's lang.L
// keys, into assets/translations/en.json, the file translators start from.
// The package is pure Go, like the rest of domain/.
package message

// Args are a message's named arguments, {{.Name}} in its text.
type Args map[string]any

// Msg is a message ID with its arguments. Count, when not nil, chooses the
// plural form (go-i18n's PluralCount) and is also {{.Count}} in the text.
type Msg struct {
	ID    string `json:"id"`
	Args  Args   `json:"args,omitempty"`
	Count any    `json:"count,omitempty"`
}

// New is a Msg without a count.
func New(id string, args Args) Msg { return Msg{ID: id, Args: args} }

// Plural is a Msg whose wording depends on n.
func Plural(id string, n int, args Args) Msg {
	if args == nil {
		args = Args{}
	}
	args["Count"] = n
	return Msg{ID: id, Args: args, Count: n}
}

// Source is one message's British English source text. Other is the text
// (go-i18n's "other" form); One, when set, is the form for a count of one,
// and the message then takes a count.
type Source struct {
	ID    string
	One   string
	Other string
}

// Join is a list argument: its items (strings or Msgs) joined by Sep,
// which is itself a message so each language chooses its separator.
type Join struct {
	Sep   Msg
	Items []any
}

// Renderer turns a Msg into text in one language (internal/i18n's Language
// is one). The outline and the printout take a Renderer so that they can
// be shown in any language without knowing how messages are stored.
type Renderer interface {
	Render(Msg) string
}

// Capital is an argument rendered with its first letter in upper case, for
// a message argument that opens a sentence ("A negotiation is between …").
type Capital struct{ Value any }

// Short is an argument rendered only up to its first " (": a question
// such as "epilepsy or seizures (restraints must come off in seconds)" in
// a sentence that has no room for its note. Translations keep the note in
// brackets after a space, so the same cut works in every language.
type Short struct{ Value any }

// Concat is an argument made of pieces (strings and messages) written one
// after another, with nothing between them.
type Concat []any

// Content is a text of a content file (the catalog's activity names, say)
// standing in a message: the language's text for Key in File when the
// person's text is still the shipped English Source (they did not rename
// it), else Source as they wrote it.
type Content struct {
	File, Key, Source string
}

// ContentRenderer is a Renderer that also knows content files.
type ContentRenderer interface {
	// ContentText is the language's text for key in file, when the
	// source's English is source; ok is false otherwise.
	ContentText(file, key, source string) (text string, ok bool)
}

// MidSentence is a name inside a sentence: English and most languages
// lower its first letter ("Ball gag" → "with ball gag") unless the word is
// a proper name or an acronym; a Renderer that keeps case (German nouns)
// says so with KeepsCase.
type MidSentence struct{ Value any }
