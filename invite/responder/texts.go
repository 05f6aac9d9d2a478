package responder

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// The page's words, in one table keyed by message ID (messages.json), one
// object per language, so the languages work can translate them. Only
// British English ships today; a language without a table, or an ID
// missing from one, falls back to British English. Placeholders are
// {Name}; the page's script fills them the same way (fill in page.js).
//
//go:embed messages.json
var messagesJSON []byte

const sourceLang = "en-GB"

var messages = func() map[string]map[string]string {
	var m map[string]map[string]string
	if err := json.Unmarshal(messagesJSON, &m); err != nil {
		panic(fmt.Sprintf("invite: messages.json: %v", err))
	}
	return m
}()

// table is one language's messages with the source language behind it.
type table map[string]string

// texts is the table for lang, complete: missing IDs come from en-GB.
func texts(lang string) table {
	t := table{}
	for id, s := range messages[sourceLang] {
		t[id] = s
	}
	for id, s := range messages[lang] {
		t[id] = s
	}
	return t
}

// Texts is the page's words in lang (complete: en-GB fills gaps).
func Texts(lang string) map[string]string { return texts(PageLang(lang)) }

// PageLang is the language the page speaks: lang if it has a table.
func PageLang(lang string) string {
	if _, ok := messages[lang]; ok {
		return lang
	}
	return sourceLang
}

func (t table) get(id string) string {
	if s, ok := t[id]; ok {
		return s
	}
	panic("invite: no message " + id) // a test checks every ID the code uses
}

// fill is get with {Name} placeholders replaced.
func (t table) fill(id string, args map[string]any) string {
	s := t.get(id)
	for k, v := range args {
		s = strings.ReplaceAll(s, "{"+k+"}", fmt.Sprint(v))
	}
	return s
}
