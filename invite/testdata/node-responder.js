// Runs the invitation page's engine (the embedded WebAssembly) under Node.js
// for the property test: reads cases from stdin as JSON
// [{config, answers, maybes, fantasies, seed}], answers each with parleyEngine.respond,
// and writes [{reply} or {error}] to stdout. Before each case the browser's
// crypto.getRandomValues is replaced by the test's stream of bytes,
// SHA-256(seed || counter) block after block, so the Go responder fed the
// same stream must write the same reply.
"use strict";
const fs = require("fs");
const zlib = require("zlib");
const nodeCrypto = require("crypto");
const [loader, engineGz] = process.argv.slice(2);
require(loader); // Go's wasm_exec.js: defines globalThis.Go

function stream(seedHex) {
  const seed = Buffer.from(seedHex, "hex");
  let counter = 0n, buf = Buffer.alloc(0);
  return (out) => {
    let at = 0;
    while (at < out.length) {
      if (buf.length === 0) {
        const c = Buffer.alloc(8);
        c.writeBigUInt64BE(counter++);
        buf = nodeCrypto.createHash("sha256").update(seed).update(c).digest();
      }
      const n = Math.min(buf.length, out.length - at);
      buf.copy(Buffer.from(out.buffer, out.byteOffset + at, n), 0, 0, n);
      buf = buf.subarray(n);
      at += n;
    }
    return out;
  };
}

(async () => {
  const cases = JSON.parse(fs.readFileSync(0, "utf8"));
  const realRandom = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
  let random = realRandom;
  Object.defineProperty(globalThis, "crypto", { value: { getRandomValues: (b) => random(b) }, configurable: true });
  const ready = new Promise((resolve) => { globalThis.parleyEngineReady = resolve; });
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(zlib.gunzipSync(fs.readFileSync(engineGz)), go.importObject);
  go.run(instance);
  await ready;
  const out = [];
  for (const c of cases) {
    const loaded = parleyEngine.load(c.config);
    if (loaded.error) { out.push({ error: loaded.error }); continue; }
    random = stream(c.seed);
    const r = parleyEngine.respond(JSON.stringify(c.answers), c.maybes, c.fantasies);
    random = realRandom;
    out.push(r.error ? { error: r.error } : { reply: JSON.parse(r.json).reply });
  }
  // A pipe takes writes asynchronously: leave only once all is written.
  process.stdout.write(JSON.stringify(out), () => process.exit(0));
})().catch((e) => { console.error(e); process.exit(1); });
