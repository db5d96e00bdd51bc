/* cnstats review: hover or click a figure to see its fields; the facts table sorts, filters and
   links both ways to the text. Runs from the file system: no server, no network. */
(function () {
  "use strict";
  var started = performance.now();
  var dataNode = document.getElementById("facts-data");
  if (!dataNode) { document.body.setAttribute("data-ready", "1"); return; }
  var facts = JSON.parse(dataNode.textContent);
  var pop = document.getElementById("pop");
  var text = document.getElementById("text");
  var table = document.getElementById("facts");
  var body = table.querySelector(".tbody");
  var headers = table.querySelector(".head").children;
  var pinned = null;
  var current = null;                 /* the figure whose fields the popup shows */
  var ORDER = ["metric", "indicator", "subject", "value", "value_max", "unit", "bound", "stat",
               "period", "year", "status", "region", "page", "table", "row", "column", "text"];

  function grouped(v) {
    var n = Number(v);
    if (v === "" || isNaN(n)) { return v; }
    return n.toLocaleString("en-US", {maximumFractionDigits: 10});
  }

  function show(mark) {
    current = mark;
    var fact = facts[Number(mark.getAttribute("data-i"))] || {};
    var list = document.createElement("dl");
    ORDER.forEach(function (name) {
      if (!(name in fact)) { return; }
      var term = document.createElement("dt");
      var desc = document.createElement("dd");
      term.textContent = name;
      desc.textContent = fact[name] === "" ? "—" :
        (name === "value" || name === "value_max") ? grouped(fact[name]) : fact[name];
      if (fact[name] === "") { desc.className = "empty"; }
      desc.setAttribute("data-field", name);
      list.appendChild(term);
      list.appendChild(desc);
    });
    pop.replaceChildren(list);
    pop.hidden = false;
    var box = mark.getBoundingClientRect();
    var top = box.bottom + 6;
    if (top + pop.offsetHeight > window.innerHeight) { top = Math.max(4, box.top - pop.offsetHeight - 6); }
    pop.style.top = top + "px";
    pop.style.left = Math.max(4, Math.min(box.left, window.innerWidth - pop.offsetWidth - 8)) + "px";
  }

  function hide() { if (!pinned) { pop.hidden = true; current = null; } }

  function flash(node) {
    node.classList.remove("flash");
    void node.offsetWidth;            /* restart the animation */
    node.classList.add("flash");
  }

  function pin(mark) {
    if (pinned) { pinned.classList.remove("pinned"); }
    var before = body.querySelector(".tr.current");
    if (before) { before.classList.remove("current"); }
    pinned = mark;
    mark.classList.add("pinned");
    var row = document.getElementById("r" + mark.getAttribute("data-i"));
    if (row) { row.classList.add("current"); }
    show(mark);
  }

  text.addEventListener("mouseover", function (event) {
    var mark = event.target.closest("mark.f");
    if (mark && !pinned) { show(mark); }
  });
  text.addEventListener("mouseout", function (event) {
    if (event.target.closest("mark.f")) { hide(); }
  });
  text.addEventListener("focusin", function (event) {
    var mark = event.target.closest("mark.f");
    if (mark && !pinned) { show(mark); }
  });
  text.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.f");
    if (!mark) { if (pinned) { pinned.classList.remove("pinned"); pinned = null; hide(); } return; }
    pin(mark);
    var row = document.getElementById("r" + mark.getAttribute("data-i"));
    if (row) {
      if (row.hidden) { clearFilters(); }
      row.scrollIntoView({block: "center"});
      flash(row);
    }
  });
  body.addEventListener("click", function (event) {
    var row = event.target.closest(".tr");
    if (!row) { return; }
    var mark = document.getElementById("f" + row.getAttribute("data-i"));
    if (!mark) { return; }
    mark.scrollIntoView({block: "center"});
    flash(mark);
    flash(row);
    pin(mark);
  });
  text.addEventListener("scroll", function () { if (!pop.hidden && current) { show(current); } },
                        {passive: true});
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && pinned) { pinned.classList.remove("pinned"); pinned = null; hide(); }
    if (event.key === "Enter" && event.target.matches && event.target.matches("mark.f")) { event.target.click(); }
  });

  /* sorting: click a header; numbers by value, text in Chinese order */
  var collator = new Intl.Collator("zh");
  table.querySelector(".head").addEventListener("click", function (event) {
    var th = event.target.closest("[role=columnheader]");
    if (!th) { return; }
    var index = Array.prototype.indexOf.call(headers, th);
    var numeric = th.getAttribute("data-type") === "num";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(headers, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.children);
    var keyed = rows.map(function (row) {
      var c = row.children[index];
      var v = numeric ? parseFloat(c.getAttribute("data-v")) : c.textContent;
      return {row: row, v: v};
    });
    keyed.sort(function (a, b) {
      var r;
      if (numeric) {
        var an = isNaN(a.v), bn = isNaN(b.v);
        r = an || bn ? (an - bn) : a.v - b.v;
        if (an || bn) { return r; }
      } else {
        r = collator.compare(a.v, b.v);
      }
      return ascending ? r : -r;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (k) { fragment.appendChild(k.row); });
    body.appendChild(fragment);
  });

  /* filtering: words anywhere in the row, and the stat kind */
  var filter = document.getElementById("filter");
  var statFilter = document.getElementById("stat-filter");
  var shown = document.getElementById("shown");
  var haystack = null;
  function applyFilters() {
    if (!haystack) {
      haystack = new Map();
      Array.prototype.forEach.call(body.children, function (row) { haystack.set(row, Array.prototype.map.call(row.children, function (c) { return c.getAttribute("title") || c.textContent; }).join(" ").toLowerCase()); });
    }
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var stat = statFilter.value;
    var count = 0;
    Array.prototype.forEach.call(body.children, function (row) {
      var hay = haystack.get(row);
      var ok = (!stat || row.classList.contains("s-" + stat)) &&
               words.every(function (w) { return hay.indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) { count += 1; }
    });
    shown.textContent = count + " of " + body.children.length + " facts";
  }
  function clearFilters() { filter.value = ""; statFilter.value = ""; applyFilters(); }
  filter.addEventListener("input", applyFilters);
  statFilter.addEventListener("change", applyFilters);

  /* a link to one figure (page.html#f12, as the charts' bars give): show it */
  function follow() {
    var match = /^#f(\d+)$/.exec(window.location.hash);
    var mark = match && document.getElementById("f" + match[1]);
    if (!mark) { return; }
    mark.scrollIntoView({block: "center"});
    flash(mark);
    pin(mark);
    var row = document.getElementById("r" + match[1]);
    if (row) { row.scrollIntoView({block: "center"}); flash(row); }
  }
  window.addEventListener("hashchange", follow);
  follow();

  window.cnstatsReview = {facts: facts.length, setupMs: performance.now() - started};
  document.body.setAttribute("data-ready", "1");
}());
