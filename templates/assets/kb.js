// kb site script: phone menu, "/" shortcut, theme toggle, the sidebar's current question, and the
// copy buttons. No framework, no network; every part works from file:// and degrades to the plain
// page when a browser lacks a feature.
(function () {
  "use strict";
  var doc = document, body = doc.body, html = doc.documentElement;
  var status = doc.getElementById("kb-status");

  // The page's words come from the site's message files, through a JSON block of the page; the
  // search script reads them too, through window.kbMessage.
  var messages = {};
  try {
    messages = JSON.parse(doc.getElementById("kb-messages").textContent);
  } catch (e) { /* no block: every message is empty, the page still works */ }
  function message(key, args) {
    return String(messages[key] || "").replace(/\{([a-z]+)\}/g, function (mark, name) {
      return args && Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : mark;
    });
  }
  window.kbMessage = message;

  function announce(text) {
    if (!status) return;
    status.textContent = "";
    // A fresh text node after a tick, so screen readers repeat a message said twice.
    setTimeout(function () { status.textContent = text; }, 30);
  }

  // ---- phone menu --------------------------------------------------------------------------

  var toggle = doc.querySelector(".nav-toggle");
  function setMenu(open) {
    body.classList.toggle("nav-open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }
  if (toggle) {
    toggle.addEventListener("click", function () {
      var open = !body.classList.contains("nav-open");
      setMenu(open);
      if (open) {
        var first = doc.querySelector(".sidebar a");
        if (first) first.focus();
      }
    });
    doc.addEventListener("click", function (event) {
      if (!body.classList.contains("nav-open")) return;
      if (event.target.closest(".toc a") || !event.target.closest(".sidebar, .nav-toggle")) setMenu(false);
    });
    doc.addEventListener("keydown", function (event) {
      // An Escape the search box took (closing its list) leaves the menu open.
      if (event.key === "Escape" && !event.defaultPrevented && body.classList.contains("nav-open")) {
        setMenu(false);
        toggle.focus();
      }
    });
  }

  // ---- keys and skip link --------------------------------------------------------------------

  var input = doc.getElementById("search-input");
  doc.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
    if (event.key === "/" && !typing && input) {
      event.preventDefault();
      input.focus();
    }
  });
  var skip = doc.querySelector(".skip-link"), main = doc.getElementById("main");
  if (skip && main) {
    // Focus main directly: on the not-found page a <base> may point "#main" at another page.
    skip.addEventListener("click", function (event) {
      event.preventDefault();
      main.focus();
      main.scrollIntoView();
    });
  }

  // ---- languages: the switcher keeps the question being read (translations keep its id) -----
  // An old id (alias) is an empty element in the question's heading, and may be this
  // translation's alone: the other language gets the question's own id.

  doc.querySelectorAll(".languages a").forEach(function (link) {
    link.addEventListener("click", function () {
      if (location.hash.length < 2 || link.href.indexOf("#") >= 0) return;
      var hash = location.hash;
      var at = doc.getElementById(decodeURIComponent(hash.slice(1)));
      if (at && !at.firstChild && at.parentElement && at.parentElement.id) {
        hash = "#" + encodeURIComponent(at.parentElement.id);
      }
      link.href = link.href + hash;
    });
  });

  // ---- theme: the system's until the reader picks one; the pick is remembered ---------------

  var KEY = "kb-theme";
  var themeButton = doc.querySelector(".theme-toggle");
  var systemDark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function theme() {
    var chosen = html.getAttribute("data-theme");
    return chosen || (systemDark && systemDark.matches ? "dark" : "light");
  }
  function showTheme() {
    themeButton.setAttribute("aria-pressed", theme() === "dark" ? "true" : "false");
  }
  if (themeButton) {
    themeButton.hidden = false;
    showTheme();
    themeButton.addEventListener("click", function () {
      var next = theme() === "dark" ? "light" : "dark";
      html.setAttribute("data-theme", next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* storage off: the choice lasts this page */ }
      showTheme();
    });
    if (systemDark && systemDark.addEventListener) systemDark.addEventListener("change", showTheme);
  }

  // ---- the sidebar marks the question being read -------------------------------------------

  var tocLinks = {};
  doc.querySelectorAll(".toc a[href^='#']").forEach(function (a) {
    tocLinks[a.getAttribute("href").slice(1)] = a;
  });
  var sections = Array.prototype.slice.call(doc.querySelectorAll("section.question"));
  var activeLink = null;
  function activate(id) {
    var link = tocLinks[id];
    if (!link || link === activeLink) return;
    if (activeLink) { activeLink.classList.remove("is-active"); activeLink.removeAttribute("aria-current"); }
    link.classList.add("is-active");
    link.setAttribute("aria-current", "location");
    activeLink = link;
    // Keep the current question in view within the sidebar, without scrolling the page.
    var list = link.closest(".sidebar");
    if (list && list.scrollHeight > list.clientHeight) {
      var box = list.getBoundingClientRect(), at = link.getBoundingClientRect();
      if (at.top < box.top || at.bottom > box.bottom) list.scrollTop += at.top - box.top - box.height / 3;
    }
  }
  function atBottom() {
    return window.innerHeight + window.scrollY >= doc.documentElement.scrollHeight - 4;
  }
  // At the bottom the last question is current, unless the reader followed a link to one in view.
  function currentAtBottom() {
    var target = location.hash && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && tocLinks[target.id]) {
      var box = target.getBoundingClientRect();
      if (box.top >= 0 && box.bottom <= window.innerHeight) return target.id;
    }
    return sections[sections.length - 1].querySelector("h2").id;
  }
  if (sections.length && "IntersectionObserver" in window) {
    var visible = new Set();
    var topbar = doc.querySelector(".topbar");
    var offset = topbar ? topbar.offsetHeight : 0;
    // The band from below the top bar to 40% down the window: the question whose part is in it
    // first is the one being read.
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { if (e.isIntersecting) visible.add(e.target); else visible.delete(e.target); });
      if (atBottom()) return activate(currentAtBottom());
      for (var i = 0; i < sections.length; i++) {
        if (visible.has(sections[i])) return activate(sections[i].querySelector("h2").id);
      }
    }, { rootMargin: "-" + offset + "px 0px -60% 0px" });
    sections.forEach(function (s) { observer.observe(s); });
    // The last questions may be too short to reach the band: at the bottom, the last is current.
    window.addEventListener("scroll", function () {
      if (atBottom()) activate(currentAtBottom());
    }, { passive: true });
    window.addEventListener("hashchange", function () { activate(decodeURIComponent(location.hash.slice(1))); });
    if (location.hash) activate(decodeURIComponent(location.hash.slice(1)));
  }

  // ---- copy buttons ------------------------------------------------------------------------

  var COPY_ICON = '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"/></svg>';
  var LINK_ICON = '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7"/><path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/></svg>';

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return new Promise(function (resolve, reject) {
      try { copyWithSelection(text); resolve(); } catch (e) { reject(e); }
    });
  }

  // For pages served over plain http, where the Clipboard API is missing.
  function copyWithSelection(text) {
    var area = doc.createElement("textarea"), focused = doc.activeElement;
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = doc.execCommand("copy"); } finally {
      body.removeChild(area);
      if (focused) focused.focus();
    }
    if (!ok) throw new Error("copy refused");
  }

  function copyButton(className, label, icon, visibleText, text) {
    var button = doc.createElement("button");
    button.type = "button";
    button.className = "copy-button " + className;
    button.setAttribute("aria-label", label);
    button.innerHTML = icon;
    if (visibleText) {
      var shown = doc.createElement("span");
      shown.setAttribute("aria-hidden", "true");
      shown.textContent = visibleText;
      button.appendChild(shown);
    }
    button.addEventListener("click", function () {
      copyText(text()).then(function () {
        button.classList.add("is-copied");
        announce(message("copied"));
        setTimeout(function () { button.classList.remove("is-copied"); }, 1500);
      }, function () { announce(message("copy_refused")); });
    });
    return button;
  }

  // The address to share: the page at the site's configured URL (its canonical link) when the
  // brand has one, so a link copied from file://, a preview or a copy of the site still works for
  // whoever receives it; else the address the page was opened at.
  function pageUrl() {
    var canonical = doc.querySelector("link[rel=canonical]");
    return canonical && canonical.href ? canonical.href.split("#")[0] : location.href.split("#")[0];
  }

  sections.forEach(function (section) {
    var heading = section.querySelector("h2[id]");
    if (!heading) return;
    var number = heading.querySelector(".qnum");
    var label = message("copy_link_to", {
      question: number ? number.textContent.replace(/:$/, "") : message("this_question")
    });
    section.insertBefore(copyButton("copy-link", label, LINK_ICON, "", function () {
      return pageUrl() + "#" + heading.id;
    }), heading.nextSibling);
  });

  doc.querySelectorAll(".content pre > code").forEach(function (code) {
    var pre = code.parentNode, wrapper = doc.createElement("div");
    wrapper.className = "code-block";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);
    wrapper.appendChild(copyButton("copy-code", message("copy_code"), COPY_ICON, message("copy"), function () {
      return code.textContent;
    }));
  });

  // ---- tables: a wide table scrolls in its own box, a labelled region the keyboard can reach ----

  var scrollers = [];
  doc.querySelectorAll(".content table").forEach(function (table) {
    if (table.parentNode.closest("table")) return;
    var box = doc.createElement("div");
    box.className = "table-scroll";
    table.parentNode.insertBefore(box, table);
    box.appendChild(table);
    scrollers.push(box);
  });
  // Only a box that scrolls is a tab stop: the others would be stops with nothing to do.
  function markScrolling() {
    scrollers.forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute("role", "region");
        box.setAttribute("tabindex", "0");
        box.setAttribute("aria-label", message("table_scroll"));
      } else {
        box.removeAttribute("role");
        box.removeAttribute("tabindex");
        box.removeAttribute("aria-label");
      }
    });
  }
  if (scrollers.length) {
    markScrolling();
    window.addEventListener("resize", markScrolling, { passive: true });
  }
})();
