// redactor review app: text selection and rectangle drawing for manual redactions,
// keyboard shortcuts, the published/original toggle and apply progress. No dependencies.
(function () {
  "use strict";

  // ------------------------------------------------------------ document page
  // positions come as data attributes (the CSP forbids inline style attributes)
  const pageBox = document.getElementById("pageimg");
  if (pageBox && pageBox.dataset.aspect) pageBox.style.paddingTop = pageBox.dataset.aspect + "%";
  document.querySelectorAll(".overlays .box[data-box]").forEach((el) => {
    const [l, t, w, h] = el.dataset.box.split(" ").map(Number);
    el.style.left = l * 100 + "%";
    el.style.top = t * 100 + "%";
    el.style.width = w * 100 + "%";
    el.style.height = h * 100 + "%";
  });
  const findings = Array.from(document.querySelectorAll("li.finding"));
  let current = findings.findIndex((li) => li.classList.contains("selected"));

  function select(i, scroll) {
    if (!findings.length) return;
    current = Math.max(0, Math.min(findings.length - 1, i));
    const li = findings[current];
    findings.forEach((x) => x.classList.toggle("selected", x === li));
    document.querySelectorAll(".overlays .box").forEach((b) => b.classList.toggle("selected", b.dataset.f === li.dataset.f));
    if (scroll !== false) li.scrollIntoView({ block: "nearest" });
  }
  if (current >= 0) select(current, true);

  document.querySelectorAll(".overlays .box").forEach((box) => {
    box.addEventListener("click", (ev) => {
      ev.preventDefault();
      const i = findings.findIndex((li) => li.dataset.f === box.dataset.f);
      if (i >= 0) select(i);
    });
  });
  findings.forEach((li, i) => li.addEventListener("click", (ev) => {
    if (!ev.target.closest("form, a, details")) select(i, false);
  }));

  // ------------------------------------------------------------ manual redaction form
  const form = document.getElementById("manual-form");
  const preview = document.getElementById("manual-preview");
  function showManual(mode, fields, text) {
    if (!form) return;
    form.elements.mode.value = mode;
    for (const k of ["start", "end", "x0", "y0", "x1", "y1"]) form.elements[k].value = fields[k] ?? "";
    preview.textContent = text;
    form.hidden = false;
    form.scrollIntoView({ block: "nearest" });
    form.elements.reason.focus();
    form.elements.reason.select();
  }
  function hideManual() {
    if (form) form.hidden = true;
    const rubber = document.getElementById("rubber");
    if (rubber) rubber.hidden = true;
  }
  const cancel = document.getElementById("manual-cancel");
  if (cancel) cancel.addEventListener("click", hideManual);

  // text selection → character offsets in the document text
  const pagetext = document.getElementById("pagetext");
  if (pagetext) {
    pagetext.addEventListener("mouseup", () => {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed || !sel.rangeCount) return;
      const range = sel.getRangeAt(0);
      const words = Array.from(pagetext.querySelectorAll(".w")).filter((w) => range.intersectsNode(w));
      if (!words.length) return;
      const first = words[0], last = words[words.length - 1];
      let start = +first.dataset.s, end = +last.dataset.e;
      if (first.contains(range.startContainer) && range.startContainer.nodeType === 3) start += range.startOffset;
      if (last.contains(range.endContainer) && range.endContainer.nodeType === 3) end = +last.dataset.s + range.endOffset;
      if (end <= start) return;
      showManual("text", { start: start, end: end }, "Selectie: “" + sel.toString().trim() + "”");
    });
  }

  // rectangle drawing on the page image
  const pageimg = document.getElementById("pageimg");
  const rubber = document.getElementById("rubber");
  const drawToggle = document.getElementById("draw-toggle");
  let drawing = false, origin = null;
  function setDrawing(on) {
    drawing = on;
    if (pageimg) pageimg.classList.toggle("drawing", on);
    if (drawToggle) drawToggle.textContent = on ? "Tekenen stoppen" : "Rechthoek tekenen";
  }
  if (drawToggle) drawToggle.addEventListener("click", () => setDrawing(!drawing));
  function frac(ev) {
    const r = pageimg.getBoundingClientRect();
    return [Math.min(1, Math.max(0, (ev.clientX - r.left) / r.width)), Math.min(1, Math.max(0, (ev.clientY - r.top) / r.height))];
  }
  function place(a, b) {
    const l = Math.min(a[0], b[0]), t = Math.min(a[1], b[1]);
    rubber.style.left = l * 100 + "%";
    rubber.style.top = t * 100 + "%";
    rubber.style.width = Math.abs(a[0] - b[0]) * 100 + "%";
    rubber.style.height = Math.abs(a[1] - b[1]) * 100 + "%";
  }
  if (pageimg && rubber) {
    pageimg.addEventListener("mousedown", (ev) => {
      if (!drawing || ev.button !== 0) return;
      ev.preventDefault();
      origin = frac(ev);
      place(origin, origin);
      rubber.hidden = false;
    });
    window.addEventListener("mousemove", (ev) => { if (origin) place(origin, frac(ev)); });
    window.addEventListener("mouseup", (ev) => {
      if (!origin) return;
      const end = frac(ev), a = origin;
      origin = null;
      if (Math.abs(end[0] - a[0]) < 0.004 || Math.abs(end[1] - a[1]) < 0.004) { rubber.hidden = true; return; }
      showManual("rect", { x0: a[0], y0: a[1], x1: end[0], y1: end[1] }, "Getekende rechthoek op pagina " + pageimg.dataset.page);
      setDrawing(false);
    });
  }

  // original / published toggle
  const showPublished = document.getElementById("show-published");
  const imgOrig = document.getElementById("page-original");
  const imgPub = document.getElementById("page-published");
  function togglePublished(on) {
    if (!imgPub) return;
    if (on && !imgPub.src) imgPub.src = imgPub.dataset.src;
    imgPub.hidden = !on;
    imgOrig.hidden = on;
    document.getElementById("overlays").hidden = on;
    showPublished.checked = on;
  }
  if (showPublished) showPublished.addEventListener("change", () => togglePublished(showPublished.checked));

  // ------------------------------------------------------------ keyboard shortcuts
  function submit(selector) {
    if (current < 0) select(0);
    const li = findings[current];
    const f = li && li.querySelector(selector);
    if (f) f.requestSubmit();
  }
  function click(id) {
    const el = document.getElementById(id);
    if (el) el.click();
  }
  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (ev.key === "Escape") { hideManual(); setDrawing(false); if (t.blur) t.blur(); return; }
    if (t.closest && t.closest("input, select, textarea, [contenteditable]")) return;
    switch (ev.key) {
      case "j": select(current + 1); break;
      case "k": select(current - 1); break;
      case "a": submit(".accept-form"); break;
      case "r": submit(".reject-form"); break;
      case "g": {
        if (current < 0) select(0);
        const s = findings[current] && findings[current].querySelector(".ground-form select");
        if (s) s.focus();
        break;
      }
      case "d": if (pageimg) setDrawing(!drawing); break;
      case "n": click("next-page"); break;
      case "p": click("prev-page"); break;
      case "m": { const b = document.getElementById("mark-reviewed"); if (b) b.form.requestSubmit(); break; }
      case "v": if (showPublished && !showPublished.disabled) togglePublished(!showPublished.checked); break;
      case "?": { const d = document.getElementById("shortcuts"); if (d) d.open = !d.open; break; }
      default: return;
    }
    ev.preventDefault();
  });

  // ------------------------------------------------------------ apply progress
  const status = document.getElementById("apply-status");
  if (status && status.dataset.running === "1") {
    const poll = () => fetch("/apply/status", { headers: { Accept: "application/json" } })
      .then((r) => r.json())
      .then((s) => {
        const p = document.getElementById("apply-progress");
        if (p && s.progress) p.textContent = s.progress[0] + " van " + s.progress[1] + " " + (s.progress[2] || "");
        if (s.running) setTimeout(poll, 700); else window.location.reload();
      })
      .catch(() => setTimeout(poll, 1500));
    setTimeout(poll, 500);
  }
  document.body.dataset.ready = "1";   // handlers are attached (tests wait for this)
})();
