// Package i18n loads Parley's messages and content in one language and
// renders the domain's messages in it.
//
// Messages (assets/translations/<lang>.json) and content (assets/content/
// <lang>/{catalog,guide,quiz}.json) are go-i18n v2 JSON, the format Fyne's
// lang reads for the screens; the printout and the domain's data cannot go
// through Fyne (the printout imports no Fyne; the domain stays pure), so
// they are read here with github.com/nicksnyder/go-i18n/v2 from the same
// files. A language falls back to British English message by message: a
// key its file does not have is shown in English, never as an ID. Missing
// keys in a shipped file are the completeness test's business, not the
// reader's.
//
// Language choice: Parley follows the system (System) unless the language
// setting beside the vault names another (choice.go: where it is kept, why
// there, and how Fyne's lang is made to follow it). Decision: an unknown or
// unshipped language is English.
//
// Counts on the screens follow the language's own plural rule whatever
// tag Fyne's lang registered its messages under (screen.go: the derived
// IDs ScreenMessages adds, ID + "#" + CLDR category, and RuleID).
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/message"
)

// Source is the language everything is written in and falls back to.
const Source = "en"

// Shipped are the languages Parley offers, the source first.
var Shipped = []string{"en", "de", "fr", "es", "nl"}

// Language is one language's messages and content, ready to render. It
// reads its files when they are first needed (see Load) and may be used
// from several goroutines at once.
type Language struct {
	Tag   string // "en", "de", ...: the language actually loaded
	files Files

	messagesOnce sync.Once
	loc          *i18n.Localizer // the language's own messages
	source       *i18n.Localizer // English, for what the language lacks
	messagesErr  error           // why a message file did not parse (Check reports it)

	mu      sync.Mutex
	content map[string]map[string]string // "catalog", "guide", "quiz" -> key -> text, as read so far
	english map[string]map[string]string // the same in British English
}

// Files is where a language's files come from: Messages holds <lang>.json,
// Content holds <lang>/<name>.json. Embedded gives the shipped files.
type Files struct {
	Messages fs.FS
	Content  fs.FS
}

// Embedded are the files built into Parley.
func Embedded() Files {
	m, _ := fs.Sub(assets.Translations, "translations")
	c, _ := fs.Sub(assets.Content, "content")
	return Files{Messages: m, Content: c}
}

// ContentNames are the content files of every language.
var ContentNames = []string{"catalog", "guide", "quiz"}

// Load reads the shipped files for tag ("de", "de-DE", "de_DE.UTF-8").
func Load(tag string) (*Language, error) { return Embedded().Load(tag) }

// Load gives the language tag names, with English beneath it. A tag Parley
// has no file for loads English.
//
// Decision: Load only looks which message files exist; the messages are
// parsed at the first message rendered and each content file is read when
// it is first asked for. The first screen needs the catalog's texts but
// neither the guide nor the quiz, and its words come from Fyne's lang, so
// parsing everything here only delayed the window (docs/performance.md,
// start-up). A file that cannot be read then gives English (or, for
// English itself, the message's ID and no content); the shipped files are
// read in full by Check, which TestShippedLanguagesAreComplete runs.
func (f Files) Load(tag string) (*Language, error) {
	want := Base(tag)
	if strings.EqualFold(tag, PseudoTag) {
		want = PseudoTag
	}
	if _, err := fs.Stat(f.Messages, Source+".json"); err != nil {
		return nil, fmt.Errorf("i18n: %s.json: %w", Source, err)
	}
	l := &Language{Tag: Source, files: f, content: map[string]map[string]string{}, english: map[string]map[string]string{}}
	if want != Source {
		if _, err := fs.Stat(f.Messages, want+".json"); err == nil {
			l.Tag = want
		}
	}
	return l, nil
}

// localizers parses the message files, once: English, then the language's
// own. If the language's file does not parse, it renders English.
func (l *Language) localizers() (loc, source *i18n.Localizer, err error) {
	l.messagesOnce.Do(func() {
		b := i18n.NewBundle(language.BritishEnglish)
		b.RegisterUnmarshalFunc("json", json.Unmarshal)
		if l.messagesErr = parseInto(b, l.files.Messages, Source+".json", Source); l.messagesErr != nil {
			return
		}
		l.loc, l.source = i18n.NewLocalizer(b, Source), i18n.NewLocalizer(b, Source)
		if l.Tag != Source {
			if l.messagesErr = parseInto(b, l.files.Messages, l.Tag+".json", l.Tag); l.messagesErr == nil {
				l.loc = i18n.NewLocalizer(b, l.Tag)
			}
		}
	})
	return l.loc, l.source, l.messagesErr
}

// texts are one content file's texts in the language (English where the
// language has none) and in English, read on first use. An English file
// that cannot be read gives no texts; the language's own, English.
func (l *Language) texts(name string) (own, english map[string]string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if own, ok := l.content[name]; ok {
		return own, l.english[name]
	}
	english, err := ReadFlat(l.files.Content, path.Join(Source, name+".json"))
	if err != nil {
		english = map[string]string{}
	}
	own = english // English's own texts are its source's: one map, not two
	if l.Tag != Source {
		own = make(map[string]string, len(english))
		for k, v := range english {
			own[k] = v
		}
		theirs, _ := ReadFlat(l.files.Content, path.Join(l.Tag, name+".json"))
		for k, v := range theirs {
			if strings.TrimSpace(v) != "" {
				own[k] = v
			}
		}
	}
	l.content[name], l.english[name] = own, english
	return own, english
}

// parseInto adds one message file to the bundle under the language tag
// (file names like de.json carry no region, so the tag is given).
func parseInto(b *i18n.Bundle, fsys fs.FS, name, tag string) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("i18n: %s: %w", name, err)
	}
	mf, err := i18n.ParseMessageFileBytes(data, tag+".json", map[string]i18n.UnmarshalFunc{"json": json.Unmarshal})
	if err != nil {
		return fmt.Errorf("i18n: %s does not read as go-i18n JSON: %w", name, err)
	}
	return b.AddMessages(language.Make(tag), mf.Messages...)
}

// ReadFlat reads a content file: a flat JSON object of key to text.
func ReadFlat(fsys fs.FS, name string) (map[string]string, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("i18n: %s is not a flat JSON object of texts: %w", name, err)
	}
	return out, nil
}

// Content is one content file's texts in this language (English where the
// language has none), for catalog.Translate, guide.NewIn and quiz.In.
func (l *Language) Content(name string) map[string]string {
	own, _ := l.texts(name)
	return own
}

// ContentText is a content text in the language, when the person's text
// is still the shipped English (source): an activity the person renamed
// keeps their name. It makes Language a message.ContentRenderer.
func (l *Language) ContentText(file, key, source string) (string, bool) {
	own, english := l.texts(file)
	if english[key] != source {
		return "", false
	}
	text, ok := own[key]
	return text, ok && text != ""
}

// KeepsCase reports whether names keep their capital letter inside a
// sentence (German nouns do; see message.MidSentence).
func (l *Language) KeepsCase() bool { return l.Tag == "de" }

// Render writes m in the language. Arguments that are messages or lists
// are rendered first, in the same language.
func (l *Language) Render(m message.Msg) string {
	data := map[string]any{}
	for k, v := range m.Args {
		data[k] = l.value(v)
	}
	cfg := &i18n.LocalizeConfig{MessageID: m.ID, TemplateData: data, PluralCount: m.Count}
	loc, source, _ := l.localizers()
	if loc == nil { // English's own file did not parse: Check reports it
		return m.ID
	}
	s, err := loc.Localize(cfg)
	if err != nil { // go-i18n looks in one language only: fall back per message
		s, err = source.Localize(cfg)
	}
	if err != nil && s == "" {
		// Not in any file: a programming error the completeness and
		// extractor tests catch. Show the ID rather than nothing.
		return m.ID
	}
	return s
}

// Text renders a message by ID with named arguments.
func (l *Language) Text(id string, args message.Args) string {
	return l.Render(message.New(id, args))
}

func (l *Language) value(v any) any { return message.RenderValue(l, v) }

// IDs lists a content file's keys in order, for tests and tools.
func IDs(texts map[string]string) []string {
	out := make([]string, 0, len(texts))
	for k := range texts {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
