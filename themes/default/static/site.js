/* Progressive enhancements for every page; without JavaScript the menu stays open and no Print button shows. */
(function () {
  // The menu collapses behind a button on narrow screens (the CSS shows the button only there).
  var toggle = document.querySelector(".menu-toggle");
  var menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (toggle && menu) {
    toggle.setAttribute("aria-expanded", "false");
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      toggle.setAttribute("aria-expanded", toggle.getAttribute("aria-expanded") === "true" ? "false" : "true");
    });
    document.addEventListener("keydown", function (event) {
      // Escape closes the open menu and returns focus to its button.
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true" && menu.contains(document.activeElement)) {
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }

  // A Print button needs JavaScript to print: it stays hidden without it.
  document.querySelectorAll(".print-button").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // What a printed story carries: its web address and the day it was printed, in the page's language.
  var printed = document.querySelector(".print-details");
  if (printed) {
    var address = printed.querySelector(".print-address");
    if (address) {
      address.textContent = window.location.href.split("#")[0];
      address.parentNode.hidden = false;
    }
    var day = printed.querySelector(".print-date");
    if (day) {
      day.textContent = new Date().toLocaleDateString(document.documentElement.lang, { day: "numeric", month: "long", year: "numeric" });
      day.parentNode.hidden = false;
    }
  }
})();

/* "Copy link" on a story page: copies the story's web address (its --base-url address, else this page's). */
(function () {
  var button = document.querySelector(".copy-link");
  if (!button) { return; }
  var status = button.parentNode.querySelector(".copy-status");
  var link = button.getAttribute("data-link") || window.location.href.split("#")[0];
  function say(text) { if (status) { status.textContent = text; } }
  function fallback() {  // the Clipboard API needs a secure context: an intranet served over http has none
    var field = document.createElement("textarea");
    field.value = link;
    field.setAttribute("readonly", "");
    field.className = "visually-hidden";
    document.body.appendChild(field);
    field.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    document.body.removeChild(field);
    button.focus();
    say(button.getAttribute(done ? "data-copied" : "data-failed"));
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    say("");
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(link).then(function () { say(button.getAttribute("data-copied")); }, fallback);
    } else {
      fallback();
    }
  });
})();
