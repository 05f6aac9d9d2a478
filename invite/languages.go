package invite

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"regexp"
	"strings"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/message"
	"parleyapp.org/parley/internal/i18n"
)

// The page's languages. Every shipped language goes into the page: the
// one it opens in (Parley's) as plain JSON in the configuration, so the
// checklist draws at once, and the other four gzipped in one script
// element that the page unpacks in the background right after drawing
// (DecompressionStream, as for the engine), so its language menu switches
// at once. Each language is its words (Messages, rendered from Parley's
// message catalogue) and the catalog's names, descriptions and risk notes
// from Parley's content files (assets/content/<lang>/catalog.json): the
// same words Parley itself shows, never a second table.
//
// The catalog texts are the shipped ones in every language, also in the
// language the page opens in: a shipped activity the starter renamed in
// their Parley keeps its shipped name on the page, so the page shows the
// partner nothing of the starter's own wording.

// pageLanguage is one shipped language as the page carries it.
type pageLanguage struct {
	Tag   string            // i18n's tag: "en", "de"
	HTML  string            // the page's lang attribute: "en-GB", "de"
	Words map[string]string // page message name ("intro.heading") -> text
	// catalog is the shipped catalog in this language.
	catalog *catalog.Catalog
}

// pageLanguages renders every shipped language, Parley's source first.
func pageLanguages(shipped *catalog.Catalog) ([]pageLanguage, error) {
	var out []pageLanguage
	for _, tag := range i18n.Shipped {
		l, err := i18n.Load(tag)
		if err != nil {
			return nil, err
		}
		html := l.Tag
		if l.Tag == i18n.Source {
			html = "en-GB"
		}
		out = append(out, pageLanguage{Tag: l.Tag, HTML: html, Words: pageWords(l), catalog: shipped.Translate(l.Content("catalog"))})
	}
	return out, nil
}

// MessagePrefix begins every page message's ID in Parley's catalogue.
const MessagePrefix = "invite."

var placeholder = regexp.MustCompile(`\{\{\s*\.([A-Za-z]+)\s*\}\}`)

// pageWords renders Messages in l, by the page's message names. A
// placeholder {{.Name}} is rendered as {Name}, which the page's script
// fills (fill in page.js).
func pageWords(l *i18n.Language) map[string]string {
	words := map[string]string{}
	for _, m := range Messages {
		args := message.Args{}
		for _, p := range placeholder.FindAllStringSubmatch(m.Other, -1) {
			args[p[1]] = "{" + p[1] + "}"
		}
		words[strings.TrimPrefix(m.ID, MessagePrefix)] = l.Text(m.ID, args)
	}
	return words
}

// startLanguage is the language the page opens in: lang if Parley ships
// it, British English otherwise.
func startLanguage(langs []pageLanguage, lang string) *pageLanguage {
	for i := range langs {
		if langs[i].Tag == i18n.Base(lang) {
			return &langs[i]
		}
	}
	return &langs[0]
}

// packLanguages is the languages other than start, gzipped JSON: tag ->
// {words, catalog texts (catalog.Texts' keys)}.
func packLanguages(langs []pageLanguage, start *pageLanguage) ([]byte, error) {
	type packed struct {
		Words   map[string]string `json:"words"`
		Catalog map[string]string `json:"catalog"`
	}
	all := map[string]packed{}
	for _, l := range langs {
		if l.Tag != start.Tag {
			texts := l.catalog.Texts()
			delete(texts, catalog.VersionKey)
			all[l.Tag] = packed{Words: l.Words, Catalog: texts}
		}
	}
	plain, err := json.Marshal(all)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	z, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := z.Write(plain); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
