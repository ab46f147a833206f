/* Start Pagefind's search UI with this page's interface strings and the site's own root,
   so that result links work wherever the site is hosted (any sub-path). */
window.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") { return; }
  var root = new URL(element.getAttribute("data-site-root"), window.location.href).pathname;
  var lang = document.documentElement.lang;
  // A big library's index is built in parts (pagefind/parts.json lists them by language):
  // merge this language's further parts into the one search, so every story can be found.
  fetch(root + "pagefind/parts.json")
    .then(function (response) { return response.ok ? response.json() : {}; })
    .catch(function () { return {}; })
    .then(function (parts) { start(element, root, lang, parts[lang] || []); });
});

function start(element, root, lang, parts) {
  var ui = new PagefindUI({
    element: "#search",
    baseUrl: root,
    bundlePath: root + "pagefind/",
    mergeIndex: parts.map(function (part) { return { bundlePath: root + "pagefind/" + part, language: lang }; }),
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    translations: JSON.parse(element.getAttribute("data-ui")),
    // Radical forms are metadata only for searching: never show them under a result.
    processResult: function (result) { delete result.meta.radicals; return result; },
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
  // The language switch lands on the other language's search for the same words.
  var input = element.querySelector("input");
  var switches = document.querySelectorAll(".language-switch a[hreflang]");
  function carryQuery(fallback) {
    var words = (input && input.value.trim()) || fallback || "";
    switches.forEach(function (link) {
      var target = new URL(link.getAttribute("href"), window.location.href);
      if (words) { target.searchParams.set("q", words); } else { target.searchParams.delete("q"); }
      link.setAttribute("href", target.pathname + target.search);
    });
  }
  if (input) { input.addEventListener("input", function () { carryQuery(""); }); }
  carryQuery(query);
  watchResults(element, Boolean(query));
}

// Once results settle: announce their number in the live region and, for words sent from another page's
// search box, move focus to the results' message (not the top of the page); on narrow screens, keep
// the filters behind one button so that the results come first.
function watchResults(element, focusFirst) {
  var status = document.getElementById("search-status");
  var toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "filters-toggle";
  toggle.textContent = element.getAttribute("data-filters-label") || "Filters";
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", "search-filters");
  toggle.hidden = true;
  toggle.addEventListener("click", function () {
    toggle.setAttribute("aria-expanded", toggle.getAttribute("aria-expanded") === "true" ? "false" : "true");
  });
  var announced = "";
  var timer = null;
  function placeToggle() {  // at once, so that the filters never show before it hides them
    var panel = element.querySelector(".pagefind-ui__filter-panel");
    var drawer = element.querySelector(".pagefind-ui__drawer");
    if (panel && drawer && toggle.parentNode !== drawer.parentNode) {
      drawer.parentNode.insertBefore(toggle, drawer);
    }
    if (panel) { panel.id = "search-filters"; }
    toggle.hidden = !panel;
  }
  function settle() {
    var message = element.querySelector(".pagefind-ui__message");
    var list = message && message.nextElementSibling;
    if (!list || !list.classList.contains("pagefind-ui__results")) { return; }  // still searching
    var text = message.textContent.trim();
    if (focusFirst && (document.activeElement === document.body || document.activeElement === null)) {
      message.setAttribute("tabindex", "-1");
      message.focus();  // a screen reader reads the number of results from here
      announced = text;
    }
    focusFirst = false;
    if (status && text !== announced) {
      announced = text;
      status.textContent = text;
    }
  }
  new MutationObserver(function () {
    placeToggle();
    clearTimeout(timer);
    timer = setTimeout(settle, 400);
  }).observe(element, { childList: true, subtree: true, characterData: true });
}
