/* The search page: words, filters, a sort and a date range, all kept in the page's address so that a view can
   be bookmarked, shared, and carried by the language switch to the same view in the other language.
   With no words, Pagefind's filter-only search lists every story the filters allow. Results are drawn with
   text nodes only (never HTML from the index), so nothing a story says can become markup here. */
(function () {
  "use strict";
  var PAGE = 20;  // results drawn at a time; "Show more results" draws the next ones
  var SORTS = { newest: { date: "desc" }, oldest: { date: "asc" }, title: { title: "asc" } };

  var element = document.getElementById("search");
  if (!element) { return; }
  var form = element.querySelector("form");
  var input = document.getElementById("search-q");
  var sortSelect = document.getElementById("search-sort");
  var fromSelect = document.getElementById("search-from");
  var toSelect = document.getElementById("search-to");
  var message = element.querySelector(".search-message");
  var list = element.querySelector(".search-results");
  var more = element.querySelector(".more-results");
  var status = document.getElementById("search-status");
  var strings = JSON.parse(element.getAttribute("data-ui"));
  var root = new URL(element.getAttribute("data-site-root"), window.location.href).pathname;
  var lang = document.documentElement.lang;
  var boxes = Array.prototype.slice.call(element.querySelectorAll(".filter-checkbox"));
  var labels = {};  // group → key → label, from the page (the index holds only the keys)
  boxes.forEach(function (box) {
    labels[box.name] = labels[box.name] || {};
    labels[box.name][box.value] = box.parentNode.querySelector(".filter-value").textContent;
  });
  var months = Array.prototype.slice.call(fromSelect.options).map(function (o) { return o.value; }).filter(Boolean);

  element.hidden = false;
  var ready = null;  // Pagefind, once loaded with every part of this language's index
  var merged = false;    // whether this language's index has further parts
  var generation = 0;    // only the newest search may draw
  var view = null;       // the results of the search drawn, and how many are shown
  var focusFirst = Boolean(new URLSearchParams(window.location.search).get("q"));
  var announced = "";
  var first = true;
  var sortChosen = false;  // a sort the reader picked (or the address gave) stays; the default follows the words

  // ---- the address ------------------------------------------------------------------------------
  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    boxes.forEach(function (box) { box.checked = params.getAll(box.name).indexOf(box.value) >= 0; });
    var sort = params.get("sort");
    sortChosen = Boolean(SORTS[sort]) || sort === "relevance";
    sortSelect.value = SORTS[sort] || sort === "relevance" ? sort : defaultSort();
    monthInto(fromSelect, params.get("from"));
    monthInto(toSelect, params.get("to"));
    boxes.forEach(function (box) { if (box.checked) { box.closest("details").open = true; } });
  }

  // A month from the address, even one outside the stories' months (a view bookmarked before a story went).
  function monthInto(select, month) {
    if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) { select.value = ""; return; }
    if (!select.querySelector("option[value='" + month + "']")) {
      var option = document.createElement("option");
      option.value = month;
      var day = new Date(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1);
      option.textContent = day.toLocaleDateString(lang, { month: "long", year: "numeric" });
      var after = Array.prototype.filter.call(select.options, function (o) { return o.value && o.value > month; })[0];
      select.insertBefore(option, after || null);
    }
    select.value = month;
  }

  function defaultSort() { return input.value.trim() ? "relevance" : "newest"; }

  function state() {
    var params = new URLSearchParams();
    var words = input.value.trim();
    if (words) { params.set("q", words); }
    boxes.forEach(function (box) { if (box.checked) { params.append(box.name, box.value); } });
    if (sortSelect.value !== defaultSort()) { params.set("sort", sortSelect.value); }
    if (fromSelect.value) { params.set("from", fromSelect.value); }
    if (toSelect.value) { params.set("to", toSelect.value); }
    return params;
  }

  function writeAddress(params) {
    var query = params.toString();
    var here = window.location.pathname + (query ? "?" + query : "");
    if (here !== window.location.pathname + window.location.search) { window.history.replaceState(null, "", here); }
    // The language switch lands on the same view: the address names filters by keys, the same in both languages.
    document.querySelectorAll(".language-switch a[hreflang]").forEach(function (link) {
      var target = new URL(link.getAttribute("href"), window.location.href);
      target.search = query;
      link.setAttribute("href", target.pathname + target.search);
    });
  }

  // ---- Pagefind ---------------------------------------------------------------------------------
  function load() {
    if (ready) { return ready; }
    ready = import(root + "pagefind/pagefind.js").then(function (pagefind) {
      // A big library's index is built in parts (pagefind/parts.json lists them by language): this language's
      // further parts are merged into the one search (separate instances were seen mixing up their files).
      return fetch(root + "pagefind/parts.json")
        .then(function (response) { return response.ok ? response.json() : {}; })
        .catch(function () { return {}; })
        .then(function (parts) {
          merged = (parts[lang] || []).length > 0;
          return pagefind.options({ basePath: root + "pagefind/", baseUrl: root }).then(function () {
            return Promise.all((parts[lang] || []).map(function (part) {
              return pagefind.mergeIndex(root + "pagefind/" + part, { language: lang });
            }));
          }).then(function () { return pagefind; });
        });
    });
    return ready;
  }

  function filters() {
    var chosen = {};
    boxes.forEach(function (box) {
      if (!box.checked) { return; }
      var name = "by-" + box.name;
      chosen[name] = chosen[name] || { any: [] };
      chosen[name].any.push(box.value);
    });
    var from = fromSelect.value || months[0];
    var to = toSelect.value || months[months.length - 1];
    if ((fromSelect.value || toSelect.value) && from && to) {
      if (from > to) { var swap = from; from = to; to = swap; }
      chosen["by-month"] = { any: months.filter(function (m) { return m >= from && m <= to; }) };
    }
    return chosen;
  }

  // The sort and the address as the form now stands (at every key pressed: the language switch follows at once).
  function sync() {
    var words = input.value.trim();
    // Until a reader picks a sort, the best match comes first for words, the newest story without them.
    if (!sortChosen || (!words && sortSelect.value === "relevance")) { sortSelect.value = defaultSort(); }
    sortSelect.querySelector("option[value=relevance]").disabled = !words;
    writeAddress(state());
  }

  function run() {
    var mine = ++generation;
    var opening = first;
    first = false;
    var words = input.value.trim();
    sync();
    var sortKey = sortSelect.value;
    var options = { filters: filters() };
    if (SORTS[sortKey]) { options.sort = SORTS[sortKey]; }
    var pagefind = null;
    return load().then(function (loaded) {
      pagefind = loaded;
      return pagefind.search(words || null, options);
    }).then(function (found) {
      // A group's values are "any of": each value's count is of the stories the other groups allow, so that a
      // value not ticked says how many it would add, not 0. One more search for each group with a tick.
      var ticked = Object.keys(options.filters).filter(function (name) { return name !== "by-month"; });
      return ticked.reduce(function (done, name) {
        return done.then(function (counts) {
          var others = {};
          Object.keys(options.filters).forEach(function (n) { if (n !== name) { others[n] = options.filters[n]; } });
          return pagefind.search(words || null, { filters: others }).then(function (f) {
            counts[name] = (f.filters || {})[name] || null;
            return counts;
          });
        });
      }, Promise.resolve({})).then(function (alone) { return [found, alone]; });
    }).then(function (both) {
      if (mine !== generation) { return null; }
      var found = both[0];
      view = { results: found.results, sort: sortKey, shown: 0, words: words, opening: opening };
      showCounts(found, both[1]);
      list.textContent = "";
      return drawMore(mine);
    }).catch(function (error) {
      if (mine === generation) { say(String(error)); }
    });
  }

  // The next PAGE results. Pagefind sorts each part of a merged index on its own and then orders them all by
  // score: with parts, a sorted view loads every result's data to sort them all (a big library's cost only).
  function drawMore(mine) {
    var target = view.shown + PAGE;
    var total = view.results.length;
    var whole = merged && SORTS[view.sort];
    var wanted = whole ? view.results : view.results.slice(view.shown, target);
    return Promise.all(wanted.map(function (result) {
      return result.data().then(function (d) { return [result, d]; });
    })).then(function (loaded) {
      if (mine !== generation) { return; }
      if (whole) { loaded.sort(compare(view.sort)); loaded = loaded.slice(view.shown, target); }
      loaded.forEach(function (pair) { list.appendChild(item(pair[1])); });
      view.shown = Math.min(target, total);
      more.hidden = view.shown >= total;
      showMessage(total, view.words);
    });
  }

  function compare(sort) {
    return function (a, b) {
      var x = a[1].meta, y = b[1].meta;
      if (sort === "newest") { return cmp(y.date, x.date) || cmp(a[1].url, b[1].url); }
      if (sort === "oldest") { return cmp(x.date, y.date) || cmp(a[1].url, b[1].url); }
      if (sort === "title") { return cmp(x.sorttitle, y.sorttitle) || cmp(a[1].url, b[1].url); }
      return b[0].score - a[0].score;
    };
  }

  function cmp(a, b) { a = a || ""; b = b || ""; return a < b ? -1 : a > b ? 1 : 0; }

  // ---- drawing ----------------------------------------------------------------------------------
  function text(value) {  // an excerpt's HTML-escaped text as plain text (a parsed document runs no script)
    return new DOMParser().parseFromString(String(value || ""), "text/html").documentElement.textContent;
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "result";
    var heading = document.createElement("h2");
    heading.className = "result-title";
    var link = document.createElement("a");
    link.className = "result-link";
    link.href = data.url;
    link.textContent = data.meta.title || "";  // Pagefind keeps metadata as the page's text, not as HTML
    heading.appendChild(link);
    li.appendChild(heading);
    var facts = document.createElement("p");
    facts.className = "result-meta";
    var kind = (data.filters["by-type"] || [])[0];
    if (kind) {
      var tag = document.createElement("span");
      tag.className = "tag tag-" + kind.replace(/[^a-z-]/g, "");
      tag.textContent = (labels.type && labels.type[kind]) || kind;
      facts.appendChild(tag);
      facts.appendChild(document.createTextNode(" "));
    }
    var when = document.createElement("time");
    when.setAttribute("datetime", data.meta.date || "");
    when.textContent = data.meta.when || "";
    facts.appendChild(when);
    var order = Object.keys(labels.wellbeing || {});  // the areas in site.yaml's order, as on the story's page
    var areas = (data.filters["by-wellbeing"] || []).slice().sort(function (a, b) {
      return order.indexOf(a) - order.indexOf(b);
    }).map(function (key) {
      return (labels.wellbeing && labels.wellbeing[key]) || key;
    });
    if (areas.length) { facts.appendChild(document.createTextNode(" · " + areas.join(", "))); }
    li.appendChild(facts);
    if (view.words && data.excerpt) { li.appendChild(excerpt(data.excerpt)); }
    return li;
  }

  function excerpt(html) {  // Pagefind marks the words found with <mark>: keep those, the rest as text
    var p = document.createElement("p");
    p.className = "result-excerpt";
    html.split(/(<mark>|<\/mark>)/).reduce(function (inMark, piece) {
      if (piece === "<mark>") { return true; }
      if (piece === "</mark>") { return false; }
      var node = document.createTextNode(text(piece));
      if (inMark) { var mark = document.createElement("mark"); mark.appendChild(node); p.appendChild(mark); } else { p.appendChild(node); }
      return inMark;
    }, false);
    return p;
  }

  // How many stories each value gives: of the results, or for a group with a tick, of what the other groups
  // allow (`alone`). A search that narrows nothing gets no counts from Pagefind: the page holds the library's.
  function showCounts(found, alone) {
    boxes.forEach(function (box) {
      var name = "by-" + box.name;
      var values = alone[name] !== undefined ? alone[name] : (found.filters || {})[name];
      var count = values ? values[box.value] || 0 : box.getAttribute("data-total");
      box.parentNode.querySelector(".filter-count").textContent = "(" + count + ")";
    });
  }

  function say(words) { message.textContent = words; }

  function showMessage(total, words) {
    var line;
    if (words) {
      line = total === 0 ? strings.zero_results : total === 1 ? strings.one_result : strings.many_results;
      line = line.replace("[SEARCH_TERM]", words);
    } else {
      line = total === 0 ? strings.total_zero_results : total === 1 ? strings.total_one_result : strings.total_many_results;
    }
    say(line.replace("[COUNT]", String(total)));
    settle();
  }

  // Announce the number of results in the live region; for words sent from another page's search box, move
  // focus to the message (a screen reader reads the number of results from there), not the top of the page.
  function settle() {
    var said = message.textContent.trim();
    if (focusFirst && (document.activeElement === document.body || document.activeElement === null)) {
      message.setAttribute("tabindex", "-1");
      message.focus();
      announced = said;
    }
    focusFirst = false;
    if (view.opening) {  // the view the page opened on is not news: only what the reader changes is announced
      view.opening = false;
      announced = said;
    }
    if (status && said !== announced) {
      announced = said;
      status.textContent = said;
    }
  }

  // ---- events -----------------------------------------------------------------------------------
  var timer = null;
  input.addEventListener("input", function () {
    sync();
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); run(); });
  form.addEventListener("change", function (event) {
    if (event.target === sortSelect) { sortChosen = true; }
    if (event.target !== input) { run(); }
  });
  more.addEventListener("click", function () { if (view) { drawMore(generation); } });
  window.addEventListener("popstate", function () { readAddress(); run(); });

  // On narrow screens the filters wait behind one button, so that the results come first.
  var toggle = element.querySelector(".filters-toggle");
  toggle.hidden = false;
  toggle.setAttribute("aria-expanded", "false");
  toggle.addEventListener("click", function () {
    toggle.setAttribute("aria-expanded", toggle.getAttribute("aria-expanded") === "true" ? "false" : "true");
  });

  readAddress();
  run();
})();
