//go:build js && wasm

// Command wasm is the invitation page's engine: the responder's half of
// domain/match, compiled with GOOS=js GOARCH=wasm and embedded in the page
// (make invite-engine builds it into invite/engine/). It registers one
// object, parleyEngine, whose functions take and return plain strings and
// byte arrays; the page's script does the rest. Nothing here touches the
// network or the browser's storage: the responder's secrets stay in this
// program's memory, or go into a progress file sealed with a passphrase.
package main

import (
	"crypto/rand"
	"syscall/js"
	"time"

	"parleyapp.org/parley/invite/responder"
)

var engine *responder.Engine

func main() {
	api := map[string]any{
		"load":     js.FuncOf(load),
		"respond":  js.FuncOf(respond),
		"complete": js.FuncOf(complete),
		"seal":     js.FuncOf(seal),
		"open":     js.FuncOf(open),
	}
	js.Global().Set("parleyEngine", js.ValueOf(api))
	if ready := js.Global().Get("parleyEngineReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// answer turns an engine answer into the object the page reads:
// {json: "..."} or {error: "message name"}, which the page writes in the
// language it shows.
func answer(out []byte, err error) any {
	if err != nil {
		return map[string]any{"error": responder.Sentence(err)}
	}
	return map[string]any{"json": string(out)}
}

// load(pageConfigJSON): reads the catalog and the invitation.
func load(_ js.Value, args []js.Value) any {
	var err error
	var out []byte
	engine, out, err = responder.NewEngine([]byte(args[0].String()))
	return answer(out, err)
}

// respond(answersJSON, maybes, fantasies): the reply code. A choice left
// out is a tier not chosen (Truthy: undefined is false, not a panic that
// would stop the engine).
func respond(_ js.Value, args []js.Value) any {
	choice := func(i int) bool { return len(args) > i && args[i].Truthy() }
	choose := responder.Choices{Maybes: choice(1), Fantasies: choice(2)}
	return answer(engine.Respond(rand.Reader, []byte(args[0].String()), choose, time.Now()))
}

// complete(finalText): the result view.
func complete(_ js.Value, args []js.Value) any {
	return answer(engine.Complete([]byte(args[0].String()), time.Now()))
}

// seal(passphrase, pageStateJSON): a Uint8Array holding the progress file.
func seal(_ js.Value, args []js.Value) any {
	file, err := engine.Seal(rand.Reader, args[0].String(), []byte(args[1].String()))
	if err != nil {
		return map[string]any{"error": responder.Sentence(err)}
	}
	arr := js.Global().Get("Uint8Array").New(len(file))
	js.CopyBytesToJS(arr, file)
	return map[string]any{"file": arr}
}

// open(passphrase, Uint8Array): the page state saved in it.
func open(_ js.Value, args []js.Value) any {
	file := make([]byte, args[1].Get("length").Int())
	js.CopyBytesToGo(file, args[1])
	return answer(engine.Open(args[0].String(), file))
}
