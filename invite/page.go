package invite

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io/fs"
	"regexp"
	"strings"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/checklist"
	"parleyapp.org/parley/domain/match"
	"parleyapp.org/parley/invite/responder"
)

//go:embed page.html page.css page.js
var pageFiles embed.FS

// The engine (invite/wasm compiled to WebAssembly and gzipped) is built by
// `make invite-engine` into engine/, which holds only a README in git.
//
//go:embed engine
var engineFiles embed.FS

// EngineFile is the engine's path inside engineFiles.
const EngineFile = "engine/parley-invite.wasm.gz"

// Error is a failure Parley can show as it is: a sentence for the person.
type Error string

func (e Error) Error() string { return string(e) }

// ErrNoEngine: this Parley was built without the page's engine.
const ErrNoEngine Error = "This Parley was built without the invitation page's engine, so it cannot make the page. Please use an official Parley build (developers: run make invite-engine)."

// FileName is the name Parley suggests when it saves the page.
const FileName = "parley-invitation.html"

// Page returns the invitation page for inv: one self-contained .html file
// with the invitation, the shipped part of cat (never the starter's own
// custom activities), the checklist, and the responder's engine. lang
// (Parley's language, "de" or "de-DE") is the language the page opens in;
// the other shipped languages are in it too, for its language menu. An
// unshipped language opens in British English.
//
// Parley's Compare screen calls it with the invitation it has just made
// and saves the bytes as an .html file; the starter shows
// inv.Fingerprint() beside it, which the page shows too.
func Page(inv *match.Invitation, cat *catalog.Catalog, lang string) ([]byte, error) {
	gz, err := fs.ReadFile(engineFiles, EngineFile)
	if err != nil {
		return nil, ErrNoEngine
	}
	if inv.CatalogVersion != cat.Version {
		return nil, fmt.Errorf("invite: invitation for catalog %s, catalog is %s", inv.CatalogVersion, cat.Version)
	}
	langs, err := pageLanguages(shippedPart(cat))
	if err != nil {
		return nil, err
	}
	start := startLanguage(langs, lang)
	config, err := pageConfig(inv, langs, start)
	if err != nil {
		return nil, err
	}
	others, err := packLanguages(langs, start)
	if err != nil {
		return nil, err
	}
	return assemble(config, gz, others, start)
}

// shippedPart is cat without the starter's own activities.
func shippedPart(cat *catalog.Catalog) *catalog.Catalog {
	shipped := &catalog.Catalog{Version: cat.Version, Categories: cat.Categories, Retired: cat.Retired}
	for _, a := range cat.Activities {
		if !a.Custom {
			shipped.Activities = append(shipped.Activities, a)
		}
	}
	return shipped
}

// pageConfig is the JSON the page's script reads: the engine's Config
// (the catalog in the starting language), the starting language's words,
// the language menu and the answers the checklist offers.
func pageConfig(inv *match.Invitation, langs []pageLanguage, start *pageLanguage) ([]byte, error) {
	catJSON, err := json.Marshal(start.catalog)
	if err != nil {
		return nil, err
	}
	answers := []string{}
	for _, a := range checklist.Answers { // Parley's key order (1-5)
		answers = append(answers, a.String())
	}
	type choice struct {
		Tag  string `json:"tag"`
		HTML string `json:"html"`
		Name string `json:"name"`
	}
	var menu []choice
	for _, l := range langs {
		menu = append(menu, choice{Tag: l.Tag, HTML: l.HTML, Name: l.Words["language.name"]})
	}
	return json.Marshal(struct {
		responder.Config
		Lang       string            `json:"lang"`
		Languages  []choice          `json:"languages"`
		Strings    map[string]string `json:"strings"`
		Answers    []string          `json:"answers"`
		Directions []string          `json:"directions"`
	}{
		Config:     responder.Config{Invitation: string(inv.Encode()), Catalog: catJSON},
		Lang:       start.Tag,
		Languages:  menu,
		Strings:    start.Words,
		Answers:    answers,
		Directions: []string{checklist.Giving.String(), checklist.Receiving.String()},
	})
}

var textMarker = regexp.MustCompile(`\{\{t:([a-z0-9.-]+)\}\}`)

// assemble fills page.html: words, the style and script with their CSP
// hashes, the configuration, the other languages and the engine. json.Marshal escapes <, > and
// &, and base64 has none, so neither can end its script element.
func assemble(config, engine, languages []byte, start *pageLanguage) ([]byte, error) {
	read := func(name string) string {
		b, err := fs.ReadFile(pageFiles, name)
		if err != nil {
			panic(err) // embedded above
		}
		return string(b)
	}
	style := read("page.css")
	loader, err := fs.ReadFile(engineFiles, "engine/wasm_exec.js")
	if err != nil {
		return nil, ErrNoEngine
	}
	script := string(loader) + "\n" + read("page.js")
	t := start.Words
	var missing []string
	out := textMarker.ReplaceAllStringFunc(read("page.html"), func(m string) string {
		id := textMarker.FindStringSubmatch(m)[1]
		s, ok := t[id]
		if !ok {
			missing = append(missing, id)
		}
		return html.EscapeString(s)
	})
	if len(missing) > 0 {
		return nil, fmt.Errorf("invite: page.html names missing messages %v", missing)
	}
	out = strings.NewReplacer(
		"{{lang}}", html.EscapeString(start.HTML),
		"{{csp}}", csp(style, script),
		"{{style}}", style,
		"{{script}}", script,
		"{{config}}", string(config),
		"{{engine}}", base64.StdEncoding.EncodeToString(engine),
		"{{languages}}", base64.StdEncoding.EncodeToString(languages),
	).Replace(out)
	return []byte(out), nil
}

// csp is the page's Content-Security-Policy: nothing at all may load or
// connect; only this style, this script (by hash) and WebAssembly compiled
// from bytes the script holds may run.
func csp(style, script string) string {
	return "default-src 'none'; script-src " + hash(script) + " 'wasm-unsafe-eval'; style-src " + hash(style) +
		"; img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; form-action 'none'; base-uri 'none'"
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
