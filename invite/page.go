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
// custom activities), the checklist, and the responder's engine. lang picks
// the page's words (British English when there is no table for it).
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
	config, err := pageConfig(inv, cat, responder.PageLang(lang))
	if err != nil {
		return nil, err
	}
	return assemble(config, gz, responder.PageLang(lang))
}

// pageConfig is the JSON the page's script reads: the engine's Config
// plus the words and the answers the checklist offers.
func pageConfig(inv *match.Invitation, cat *catalog.Catalog, lang string) ([]byte, error) {
	shipped := catalog.Catalog{Version: cat.Version, Categories: cat.Categories, Retired: cat.Retired}
	for _, a := range cat.Activities {
		if !a.Custom {
			shipped.Activities = append(shipped.Activities, a)
		}
	}
	catJSON, err := json.Marshal(shipped)
	if err != nil {
		return nil, err
	}
	answers := []string{}
	for _, a := range checklist.Answers { // Parley's key order (1-5)
		answers = append(answers, a.String())
	}
	return json.Marshal(struct {
		responder.Config
		Strings    map[string]string `json:"strings"`
		Answers    []string          `json:"answers"`
		Directions []string          `json:"directions"`
	}{
		Config:     responder.Config{Lang: lang, Invitation: string(inv.Encode()), Catalog: catJSON},
		Strings:    responder.Texts(lang),
		Answers:    answers,
		Directions: []string{checklist.Giving.String(), checklist.Receiving.String()},
	})
}

var textMarker = regexp.MustCompile(`\{\{t:([a-z0-9.-]+)\}\}`)

// assemble fills page.html: words, the style and script with their CSP
// hashes, the configuration and the engine. json.Marshal escapes <, > and
// &, and base64 has none, so neither can end its script element.
func assemble(config, engine []byte, lang string) ([]byte, error) {
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
	t := responder.Texts(lang)
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
		"{{lang}}", html.EscapeString(lang),
		"{{csp}}", csp(style, script),
		"{{style}}", style,
		"{{script}}", script,
		"{{config}}", string(config),
		"{{engine}}", base64.StdEncoding.EncodeToString(engine),
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
