// The invitation page's script. It draws the checklist from the page's
// configuration, keeps the answers in memory only, and hands them to the
// engine (domain/match compiled to WebAssembly) for the reply and the
// result. It never touches the network or the browser's storage; the
// Content-Security-Policy forbids both anyway.
//
// Languages: the page opens in the starter's language (config.lang, its
// words in config.strings, its catalog in config.catalog); the other
// shipped languages are gzipped in the "languages" element and unpacked
// right after the checklist is drawn. Every text on the page is drawn from
// the current language (t() and the catalog texts), and every element
// remembers what it says (data-t, or the status's message names, or the
// last result), so the language menu rewrites the page in place: answers,
// ticks, codes and focus stay as they are.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("config").textContent);
  const $ = (id) => document.getElementById(id);
  // tag -> {words, catalog: catalog.Texts' keys -> text}; the others arrive
  // from unpackLanguages.
  const languages = {};
  languages[config.lang] = { words: config.strings, catalog: catalogTexts(config.catalog) };
  let lang = config.lang, words = config.strings, names = languages[lang].catalog;
  let lastView = null, unpacked = null;
  const answers = new Map(); // "activity|direction" -> "yes" | "maybe" | "fantasy" | "no" | "hard-limit"
  const rows = [];
  let engine = null, locked = false, catalog = null;

  function catalogTexts(c) {
    const out = {};
    for (const g of c.categories) { out["category." + g.id + ".name"] = g.name; out["category." + g.id + ".description"] = g.description; }
    for (const a of c.activities) {
      out["activity." + a.id + ".name"] = a.name; out["activity." + a.id + ".description"] = a.description;
      if (a.risk_note) out["activity." + a.id + ".risk-note"] = a.risk_note;
    }
    return out;
  }
  // text is a catalog text in the current language ("activity", id, "name").
  function text(kind, id, field) {
    return names[kind + "." + id + "." + field] || languages[config.lang].catalog[kind + "." + id + "." + field] || "";
  }
  function t(id, args) {
    let s = words[id] || languages[config.lang].words[id] || id;
    for (const k in args || {}) s = s.split("{" + k + "}").join(String(args[k]));
    return s;
  }
  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // status shows messages (by name) in a status line, and remembers them
  // for a change of language.
  function status(id, msgs, isError) {
    const s = $(id);
    s.dataset.msgs = (msgs || []).join(" ");
    s.textContent = (msgs || []).map((m) => t(m)).join(" ");
    s.classList.toggle("error", !!isError);
  }

  // The checklist: one row per activity and direction, grouped by category.
  function draw() {
    catalog = JSON.parse(JSON.stringify(config.catalog));
    const nav = $("categories"), box = $("rows");
    for (const cat of catalog.categories) {
      const acts = catalog.activities.filter((a) => a.category === cat.id);
      if (acts.length === 0) continue;
      const sec = el("div", { class: "category", id: "cat-" + cat.id });
      const h = el("h3"), about = el("p"), label = el("span");
      const count = el("span", { class: "count" });
      sec.append(h, about);
      const jump = el("button", { type: "button" });
      jump.append(label, count);
      jump.addEventListener("click", () => { sec.scrollIntoView({ block: "start" }); focusRow(sec.querySelector(".row")); });
      nav.append(jump);
      const mine = [];
      for (const a of acts) {
        const dirs = a.kind === "give-receive" ? config.directions : ["together"];
        for (const d of dirs) { const r = row(a, d); sec.append(r.el); mine.push(r); rows.push(r); }
      }
      cat.rows = mine; cat.count = count;
      cat.label = () => { h.textContent = label.textContent = text("category", cat.id, "name"); about.textContent = text("category", cat.id, "description"); };
      box.append(sec);
    }
    labelChecklist();
  }

  // labelChecklist writes the checklist's words in the current language.
  function labelChecklist() {
    for (const cat of catalog.categories) if (cat.label) cat.label();
    for (const r of rows) r.label();
    progress();
  }

  function row(a, d) {
    const key = a.id + "|" + d;
    const r = { key: key, el: el("div", { class: "row", tabindex: "0", "data-key": key }), buttons: [] };
    const title = el("div"), name = el("span", { class: "name" }), dir = el("span", { class: "dir" });
    title.append(name);
    if (d !== "together") title.append(dir);
    const choices = el("div", { class: "choices", role: "group" });
    config.answers.forEach((ans, i) => {
      const b = el("button", { type: "button", "data-answer": ans, "aria-pressed": "false", title: String(i + 1) });
      b.addEventListener("click", () => { set(r, ans); r.el.focus(); });
      r.buttons.push(b); choices.append(b);
    });
    const desc = el("div", { class: "desc" }), risk = el("div", { class: a.risk === "high" ? "risk high" : "risk" });
    r.el.append(title, choices, desc);
    if (a.risk === "high" || a.risk_note) r.el.append(risk);
    r.label = () => {
      name.textContent = text("activity", a.id, "name");
      choices.setAttribute("aria-label", name.textContent);
      dir.textContent = t("direction." + d);
      r.buttons.forEach((b) => { b.textContent = t("answer." + b.dataset.answer); });
      desc.textContent = text("activity", a.id, "description");
      const note = a.risk_note ? text("activity", a.id, "risk-note") : "";
      risk.textContent = note ? t("risk.with-note", { Risk: t("risk." + a.risk), Note: note }) : t("risk." + a.risk);
    };
    return r;
  }

  function set(r, ans) {
    if (locked) return;
    if (ans) answers.set(r.key, ans); else answers.delete(r.key);
    for (const b of r.buttons) b.setAttribute("aria-pressed", String(b.dataset.answer === ans));
    progress();
  }

  function progress() {
    let done = 0;
    for (const cat of catalog.categories) {
      if (!cat.rows) continue;
      const n = cat.rows.filter((r) => answers.has(r.key)).length;
      done += n;
      cat.count.textContent = t("progress.category", { Done: n, Total: cat.rows.length });
    }
    $("overall").textContent = t("progress.overall", { Done: done, Total: rows.length });
    $("overall-bar").value = rows.length ? done / rows.length : 0;
  }

  function focusRow(r) { if (r) r.focus({ preventScroll: false }); }

  // Keys, as in Parley's checklist: arrows move, 1-5 answer (in
  // checklist.Answers' order), 0 clears.
  document.addEventListener("keydown", (ev) => {
    const at = document.activeElement && document.activeElement.closest ? document.activeElement.closest(".row") : null;
    if (!at || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const i = rows.findIndex((r) => r.el === at);
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      focusRow((rows[i + (ev.key === "ArrowDown" ? 1 : -1)] || rows[i]).el);
      ev.preventDefault();
    } else if (/^[0-9]$/.test(ev.key)) {
      const n = Number(ev.key);
      if (n > config.answers.length) return;
      set(rows[i], n === 0 ? null : config.answers[n - 1]);
      if (n > 0 && rows[i + 1]) focusRow(rows[i + 1].el);
      ev.preventDefault();
    }
  });

  function answerList() {
    const out = [];
    for (const [key, answer] of answers) {
      const [activity, direction] = key.split("|");
      out.push({ activity: activity, direction: direction, answer: answer });
    }
    return out;
  }

  function lock() {
    locked = true;
    for (const r of rows) for (const b of r.buttons) b.disabled = true;
    $("maybes").disabled = true;
    $("fantasies").disabled = true;
    $("make-reply").disabled = true;
  }

  function showReply(code) {
    lock();
    $("reply-code").value = code;
    $("reply-out").hidden = false;
    status("reply-status", ["reply.locked"]);
    $("show-result").disabled = false;
  }

  // What the reply can match: yes always, maybe and fantasy when ticked.
  function sendsSomething() {
    const counts = { yes: true, maybe: $("maybes").checked, fantasy: $("fantasies").checked };
    return [...answers.values()].some((a) => counts[a]);
  }

  function makeReply() {
    const hasYes = sendsSomething();
    const out = engine.respond(JSON.stringify(answerList()), $("maybes").checked, $("fantasies").checked);
    if (out.error) { status("reply-status", [out.error], true); return; }
    showReply(JSON.parse(out.json).reply);
    if (!hasYes) status("reply-status", ["reply.locked", "reply.none"]);
  }

  function copyReply() {
    const area = $("reply-code");
    area.focus(); area.select();
    const done = () => status("copy-status", ["reply.copied"]);
    const failed = () => status("copy-status", ["reply.copy-failed"], true);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(area.value).then(done, () => { try { document.execCommand("copy") ? done() : failed(); } catch (e) { failed(); } });
    } else {
      try { document.execCommand("copy") ? done() : failed(); } catch (e) { failed(); }
    }
  }

  function showResult() {
    const out = engine.complete($("final-code").value);
    if (out.error) { status("final-status", [out.error], true); return; }
    status("final-status", []);
    lastView = JSON.parse(out.json);
    drawResult();
    $("result").hidden = false;
    $("result").scrollIntoView({ block: "start" });
  }

  // drawResult writes the last result in the current language.
  function drawResult() {
    const view = lastView, box = $("result-lists");
    if (!view) return;
    box.textContent = "";
    for (const s of view.sections) {
      box.append(el("h3", { "data-section": s.id }, t("result." + s.id)));
      if (s.items.length === 0) { box.append(el("p", { class: "hint" }, t("result." + s.id + ".empty"))); continue; }
      const ul = el("ul", { "data-section": s.id });
      for (const it of s.items) {
        const li = el("li", { "data-activity": it.activity, "data-slot": it.slot }, text("activity", it.activity, "name") + " ");
        li.append(el("span", { class: "roles" }, "(" + t("roles." + it.roles) + ")"));
        ul.append(li);
      }
      box.append(ul);
    }
    const notes = view.notes.map((n) => t(n));
    notes.push(t("result.counts", { Mine: view.counts.mine, Theirs: view.counts.theirs }));
    $("result-notes").textContent = notes.join(" ");
    $("result-fingerprint").textContent = view.fingerprint;
  }

  // Progress files: sealed by the engine with the passphrase, saved
  // through the browser's own download, opened through a file chooser.
  function saveProgress() {
    status("save-status", ["save.working"]);
    setTimeout(() => {
      const state = { answers: [...answers], maybes: $("maybes").checked, fantasies: $("fantasies").checked, final: $("final-code").value, lang: lang };
      const out = engine.seal($("passphrase").value, JSON.stringify(state));
      if (out.error) { status("save-status", [out.error], true); return; }
      const url = URL.createObjectURL(new Blob([out.file], { type: "application/octet-stream" }));
      const a = el("a", { href: url, download: "checklist-progress.parley-progress" });
      document.body.append(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      status("save-status", ["save.done"]);
    }, 30);
  }

  function openProgress(ev) {
    const file = ev.target.files[0];
    if (!file) return;
    status("save-status", ["open.working"]);
    file.arrayBuffer().then((buf) => {
      const out = engine.open($("passphrase").value, new Uint8Array(buf));
      ev.target.value = "";
      if (out.error) { status("save-status", [out.error], true); return; }
      const opened = JSON.parse(out.json), state = opened.page;
      locked = false;
      for (const r of rows) for (const b of r.buttons) b.disabled = false;
      for (const r of rows) set(r, null);
      for (const [key, ans] of state.answers) { const r = rows.find((x) => x.key === key); if (r) set(r, ans); }
      $("maybes").checked = !!state.maybes && config.maybesOffered;
      $("fantasies").checked = !!state.fantasies && config.fantasiesOffered;
      $("final-code").value = state.final || "";
      if (opened.reply) showReply(opened.reply);
      status("save-status", ["open.done"]);
      // The language the partner had chosen comes back with the file.
      if (state.lang && state.lang !== lang && config.languages.some((l) => l.tag === state.lang)) {
        unpackLanguages().then(() => setLanguage(state.lang));
      }
    }, () => status("save-status", ["error.not-progress"], true));
  }

  // gunzip unpacks a gzipped, base64 script element.
  function gunzip(id) {
    const raw = atob($(id).textContent);
    const gz = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) gz[i] = raw.charCodeAt(i);
    return new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip")));
  }

  // The language menu: every shipped language, by its own name.
  function languageMenu() {
    const menu = $("language");
    for (const l of config.languages) {
      const o = el("option", { value: l.tag, lang: l.html }, l.name);
      menu.append(o);
    }
    menu.value = lang;
    menu.addEventListener("change", () => {
      const want = menu.value;
      (unpacked || unpackLanguages()).then(() => setLanguage(want), () => { menu.value = lang; });
    });
  }

  function unpackLanguages() {
    unpacked = unpacked || gunzip("languages").json().then((all) => {
      for (const tag in all) if (!languages[tag]) languages[tag] = all[tag];
    });
    return unpacked;
  }

  // setLanguage rewrites the page in another language, in place.
  function setLanguage(tag) {
    if (!languages[tag]) return;
    lang = tag; words = languages[tag].words; names = languages[tag].catalog;
    const l = config.languages.find((x) => x.tag === tag);
    document.documentElement.lang = l ? l.html : tag;
    document.title = t("page.title");
    for (const e of document.querySelectorAll("[data-t]")) e.textContent = t(e.dataset.t);
    for (const e of document.querySelectorAll("[data-msgs]")) e.textContent = e.dataset.msgs ? e.dataset.msgs.split(" ").map((m) => t(m)).join(" ") : "";
    labelChecklist();
    drawResult();
    $("language").value = tag;
    document.body.dataset.lang = tag;
  }

  async function startEngine() {
    const bytes = await gunzip("engine").arrayBuffer();
    const go = new Go();
    const ready = new Promise((resolve) => { window.parleyEngineReady = resolve; });
    const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
    go.run(instance);
    await ready;
    return window.parleyEngine;
  }

  draw();
  languageMenu();
  window.parleyAnswerable = performance.now();
  document.body.dataset.answerable = "1";
  document.body.dataset.lang = lang;
  unpackLanguages().then(() => { window.parleyLanguages = performance.now(); document.body.dataset.languages = "1"; });
  $("make-reply").addEventListener("click", makeReply);
  $("copy-reply").addEventListener("click", copyReply);
  $("show-result").addEventListener("click", showResult);
  $("save-progress").addEventListener("click", saveProgress);
  $("open-progress").addEventListener("change", openProgress);
  startEngine().then((e) => {
    const out = e.load($("config").textContent);
    if (out.error) { status("reply-status", [out.error], true); return; }
    engine = e;
    const loaded = JSON.parse(out.json);
    config.maybesOffered = loaded.maybesOffered;
    config.fantasiesOffered = loaded.fantasiesOffered;
    $("fingerprint").textContent = loaded.fingerprint;
    if (!loaded.maybesOffered) { $("maybes").disabled = true; $("maybes-help").dataset.t = "maybes.declined"; $("maybes-help").textContent = t("maybes.declined"); }
    if (!loaded.fantasiesOffered) { $("fantasies").disabled = true; $("fantasies-help").dataset.t = "fantasies.declined"; $("fantasies-help").textContent = t("fantasies.declined"); }
    $("make-reply").disabled = false;
    $("save-progress").disabled = false;
    $("open-progress").disabled = false;
    window.parleyReady = performance.now();
    document.body.dataset.ready = "1";
  }, () => status("reply-status", ["error.engine"], true));
})();
