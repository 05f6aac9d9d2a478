package responder

import (
	"encoding/json"
	"errors"
	"io"
	"time"

	"parleyapp.org/parley/domain/catalog"
	"parleyapp.org/parley/domain/match"
)

// Config is what the page hands the engine when it starts: the catalog
// and the invitation it carries. Page writes it; the page's script passes
// it on unread.
type Config struct {
	Invitation string          `json:"invitation"`
	Catalog    json.RawMessage `json:"catalog"`
}

// Engine is one page's responder: the catalog, the invitation, and once
// the reply is made, the responder's pending exchange, in memory only.
type Engine struct {
	cat        *catalog.Catalog
	invitation []byte
	pending    []byte // match.Pending's stored form, after Respond
	reply      []byte
}

// Loaded is what the page learns when the engine starts.
type Loaded struct {
	// Fingerprint is the invitation's check code, which the starter's
	// Parley shows beside the invitation.
	Fingerprint string `json:"fingerprint"`
	// MaybesOffered: the starter chose to compare maybes;
	// FantasiesOffered: the starter chose to compare fantasies.
	MaybesOffered    bool `json:"maybesOffered"`
	FantasiesOffered bool `json:"fantasiesOffered"`
}

// NewEngine reads the page's configuration and checks the invitation.
func NewEngine(config []byte) (*Engine, []byte, error) {
	var cfg Config
	if err := json.Unmarshal(config, &cfg); err != nil {
		return nil, nil, err
	}
	cat, err := catalog.Parse(cfg.Catalog)
	if err != nil {
		return nil, nil, err
	}
	inv, err := match.DecodeInvitation([]byte(cfg.Invitation))
	if err != nil {
		return nil, nil, err
	}
	e := &Engine{cat: cat, invitation: []byte(cfg.Invitation)}
	return e, mustJSON(Loaded{Fingerprint: inv.Fingerprint(), MaybesOffered: inv.Maybes, FantasiesOffered: inv.Fantasies}), nil
}

// Replied is the reply code the page shows.
type Replied struct {
	Reply string `json:"reply"`
}

// Respond makes the reply from the page's answers (JSON of []Answer). The
// first reply is final: a second call returns the same code, because the
// starter's Parley accepts one reply per invitation.
func (e *Engine) Respond(rnd io.Reader, answers []byte, choose Choices, now time.Time) ([]byte, error) {
	if e.reply == nil {
		var list []Answer
		if err := json.Unmarshal(answers, &list); err != nil {
			return nil, err
		}
		reply, pending, err := Respond(rnd, e.cat, list, choose, e.invitation, now)
		if err != nil {
			return nil, err
		}
		e.reply, e.pending = reply, pending
	}
	return mustJSON(Replied{Reply: string(e.reply)}), nil
}

// ErrNoReply: a result code pasted before the reply was made.
var ErrNoReply = errors.New("responder: no reply made yet")

// Complete reads the starter's result code and returns the View as JSON.
func (e *Engine) Complete(final []byte, now time.Time) ([]byte, error) {
	if e.pending == nil {
		return nil, ErrNoReply
	}
	v, err := Complete(e.cat, e.pending, final, now)
	if err != nil {
		return nil, err
	}
	return mustJSON(v), nil
}

// progress is what a progress file holds: the page's own state (answers,
// choices, codes, as the script wrote it) and the engine's pending
// exchange, whose secrets the result code needs.
type progress struct {
	Page    json.RawMessage `json:"page"`
	Pending []byte          `json:"pending,omitempty"`
	Reply   string          `json:"reply,omitempty"`
	// Invitation ties the file to this page: another invitation's page
	// refuses it.
	Invitation string `json:"invitation"`
}

// ErrReplyMade: a progress file from before this page's reply was made.
var ErrReplyMade = errors.New("responder: reply already made")

// ErrOtherInvitation: a progress file saved from another invitation's page.
var ErrOtherInvitation = errors.New("responder: progress of another invitation")

// Seal writes a progress file of the page's state under passphrase.
func (e *Engine) Seal(rnd io.Reader, passphrase string, page []byte) ([]byte, error) {
	plain := mustJSON(progress{Page: page, Pending: e.pending, Reply: string(e.reply), Invitation: string(e.invitation)})
	return Seal(rnd, passphrase, plain)
}

// Open reads a progress file, takes back its pending exchange, and returns
// the page's state for the script.
func (e *Engine) Open(passphrase string, file []byte) ([]byte, error) {
	plain, err := Open(passphrase, file)
	if err != nil {
		return nil, err
	}
	var p progress
	if err := json.Unmarshal(plain, &p); err != nil {
		return nil, ErrNotProgress
	}
	if p.Invitation != string(e.invitation) {
		return nil, ErrOtherInvitation
	}
	if e.reply != nil && p.Reply != string(e.reply) {
		// A second, different reply to one invitation would let the
		// starter compare two sets of answers.
		return nil, ErrReplyMade
	}
	e.pending, e.reply = p.Pending, nil
	if p.Reply != "" {
		e.reply = []byte(p.Reply)
	}
	return mustJSON(Opened{Page: p.Page, Reply: p.Reply}), nil
}

// Opened is what the page gets back from a progress file: its own state,
// and the reply code if one was made (the answers are then fixed).
type Opened struct {
	Page  json.RawMessage `json:"page"`
	Reply string          `json:"reply,omitempty"`
}

// Sentence is the page's message for an engine error, by its name in the
// page's messages ("error.wrong-passphrase"): the page writes it in the
// language it shows. The page has its own sentence for each of match's
// problems, because Parley's would mislead a partner who has only this
// page (there is no Parley to update here, no exchange "on this
// computer").
func Sentence(err error) string {
	var me *match.Error
	switch {
	case errors.Is(err, ErrNoPassphrase):
		return "error.no-passphrase"
	case errors.Is(err, ErrWrongPassword):
		return "error.wrong-passphrase"
	case errors.Is(err, ErrNotProgress):
		return "error.not-progress"
	case errors.Is(err, ErrOtherInvitation):
		return "error.other-invitation"
	case errors.Is(err, ErrReplyMade):
		return "error.reply-made"
	case errors.Is(err, ErrNoReply):
		return "error.no-reply"
	case errors.As(err, &me):
		if id, ok := pageErrors[me.Problem]; ok {
			return id
		}
	}
	return "error.unknown"
}

// pageErrors are the page's sentences for match's problems.
var pageErrors = map[match.Problem]string{
	match.NotParley:       "error.not-parley",
	match.WrongStep:       "error.wrong-step",
	match.Truncated:       "error.truncated",
	match.Damaged:         "error.damaged",
	match.NewerVersion:    "error.newer-version",
	match.OlderVersion:    "error.older-version",
	match.OtherCatalog:    "error.other-catalog",
	match.UnknownExchange: "error.other-exchange",
	match.AlreadyUsed:     "error.already-used",
	match.Expired:         "error.expired",
	match.Invalid:         "error.invalid",
	match.NotProven:       "error.not-proven",
	match.BadState:        "error.not-progress",
	match.OldState:        "error.not-progress",
}
