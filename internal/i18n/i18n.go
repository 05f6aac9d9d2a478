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
package i18n

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"parleyapp.org/parley/assets"
	"parleyapp.org/parley/domain/message"
)

// Source is the language everything is written in and falls back to.
const Source = "en"

// Shipped are the languages Parley offers, the source first.
var Shipped = []string{"en", "de", "fr", "es", "nl"}

// Language is one language's messages and content, ready to render.
type Language struct {
	Tag     string                       // "en", "de", ...: the language actually loaded
	loc     *i18n.Localizer              // the language's own messages
	source  *i18n.Localizer              // English, for what the language lacks
	content map[string]map[string]string // "catalog", "guide", "quiz" -> key -> text
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

// Load reads the language tag names, with English beneath it. A tag Parley
// has no file for loads English.
func (f Files) Load(tag string) (*Language, error) {
	want := Base(tag)
	if strings.EqualFold(tag, PseudoTag) {
		want = PseudoTag
	}
	b := i18n.NewBundle(language.BritishEnglish)
	b.RegisterUnmarshalFunc("json", json.Unmarshal)
	if err := parseInto(b, f.Messages, Source+".json", "en"); err != nil {
		return nil, err
	}
	l := &Language{Tag: Source, content: map[string]map[string]string{}, english: map[string]map[string]string{}}
	if want != Source {
		if _, err := fs.Stat(f.Messages, want+".json"); err == nil {
			if err := parseInto(b, f.Messages, want+".json", want); err != nil {
				return nil, err
			}
			l.Tag = want
		}
	}
	l.loc, l.source = i18n.NewLocalizer(b, l.Tag), i18n.NewLocalizer(b, Source)
	for _, name := range ContentNames {
		texts, err := ReadFlat(f.Content, path.Join(Source, name+".json"))
		if err != nil {
			return nil, err
		}
		l.english[name] = map[string]string{}
		for k, v := range texts {
			l.english[name][k] = v
		}
		if l.Tag != Source {
			own, err := ReadFlat(f.Content, path.Join(l.Tag, name+".json"))
			if err != nil && !isNotExist(err) {
				return nil, err
			}
			for k, v := range own {
				if strings.TrimSpace(v) != "" {
					texts[k] = v
				}
			}
		}
		l.content[name] = texts
	}
	return l, nil
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

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }

// Content is one content file's texts in this language (English where the
// language has none), for catalog.Translate, guide.NewIn and quiz.In.
func (l *Language) Content(name string) map[string]string { return l.content[name] }

// ContentText is a content text in the language, when the person's text
// is still the shipped English (source): an activity the person renamed
// keeps their name. It makes Language a message.ContentRenderer.
func (l *Language) ContentText(file, key, source string) (string, bool) {
	if l.english[file][key] != source {
		return "", false
	}
	text, ok := l.content[file][key]
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
	s, err := l.loc.Localize(cfg)
	if err != nil { // go-i18n looks in one language only: fall back per message
		s, err = l.source.Localize(cfg)
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
