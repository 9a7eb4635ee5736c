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
  // ---- navigation: header links menu, sidebar position, "on this page" ----------------------

  var linksToggle = doc.querySelector(".links-toggle");
  var headerLinks = doc.getElementById("header-links");
  function setLinks(open) {
    headerLinks.classList.toggle("is-open", open);
    linksToggle.setAttribute("aria-expanded", open ? "true" : "false");
  }
  if (linksToggle && headerLinks) {
    linksToggle.addEventListener("click", function () {
      var open = !headerLinks.classList.contains("is-open");
      setLinks(open);
      if (open) {
        var firstLink = headerLinks.querySelector("a");
        if (firstLink) firstLink.focus();
      }
    });
    doc.addEventListener("click", function (event) {
      if (headerLinks.classList.contains("is-open") && !event.target.closest(".links-toggle, #header-links")) setLinks(false);
    });
    doc.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !event.defaultPrevented && headerLinks.classList.contains("is-open")) {
        setLinks(false);
        linksToggle.focus();
      }
    });
  }

  // The sidebar keeps its scroll position from page to page (sessionStorage, which file:// pages
  // have too), so a long one does not jump to the top; the current page stays in view.
  var sidebar = doc.getElementById("sidebar");
  var SIDEBAR_KEY = "kb-sidebar-scroll";
  if (sidebar) {
    try {
      var kept = sessionStorage.getItem(SIDEBAR_KEY);
      if (kept !== null) sidebar.scrollTop = Number(kept) || 0;
    } catch (e) { /* no storage: the sidebar starts at the top */ }
    var here = sidebar.querySelector(".nav-category > a[aria-current='page']");
    if (here && sidebar.scrollHeight > sidebar.clientHeight) {
      var box = sidebar.getBoundingClientRect(), at = here.getBoundingClientRect();
      if (at.top < box.top || at.bottom > box.bottom) sidebar.scrollTop += at.top - box.top - box.height / 3;
    }
    var keepSidebar = function () {
      try { sessionStorage.setItem(SIDEBAR_KEY, String(sidebar.scrollTop)); } catch (e) { /* not kept */ }
    };
    window.addEventListener("pagehide", keepSidebar);
    sidebar.addEventListener("click", function (event) { if (event.target.closest("a")) keepSidebar(); });
  }

  // The outline is open beside the page on wide screens, folded under the title on narrow ones,
  // and marks the section being read.
  var outline = doc.querySelector(".outline-box");
  if (outline) {
    var wide = window.matchMedia ? window.matchMedia("(min-width: 1200px)") : null;
    if (wide && wide.matches) outline.open = true;
    var outlineLinks = Array.prototype.slice.call(outline.querySelectorAll(".outline-list a"));
    var headings = outlineLinks.map(function (a) {
      return doc.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
    });
    var marked = null;
    var markOutline = function () {
      var bar = doc.querySelector(".topbar");
      var line = (bar ? bar.offsetHeight : 0) + window.innerHeight * 0.25;
      var index = 0;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i] && headings[i].getBoundingClientRect().top <= line) index = i;
      }
      if (window.innerHeight + window.scrollY >= html.scrollHeight - 4) index = headings.length - 1;
      var link = outlineLinks[index];
      if (link === marked) return;
      if (marked) { marked.classList.remove("is-active"); marked.removeAttribute("aria-current"); }
      link.classList.add("is-active");
      link.setAttribute("aria-current", "location");
      marked = link;
    };
    if ("IntersectionObserver" in window) {
      // Sections crossing the band a quarter down the window change what is read; the bottom of
      // the page, reached by scrolling past short last sections, makes the last one current.
      var bandTop = doc.querySelector(".topbar") ? doc.querySelector(".topbar").offsetHeight : 0;
      var watcher = new IntersectionObserver(markOutline, { rootMargin: "-" + bandTop + "px 0px -75% 0px" });
      headings.forEach(function (h) { if (h) watcher.observe(h.closest("section") || h); });
      var pending = false;
      window.addEventListener("scroll", function () {
        if (pending) return;
        pending = true;
        requestAnimationFrame(function () { pending = false; markOutline(); });
      }, { passive: true });
      markOutline();
    }
  }

  // ---- code tabs: choosing a language in one group chooses it in every group, on every page ----
  // Without this script every panel shows, captioned, in order (kb.css); with it, a group shows
  // its tab list and one panel. The chosen key (data-tab="python") is remembered in localStorage,
  // which Chromium keeps for file:// pages too.

  var TAB_KEY = "kb-tab";
  var tabGroups = Array.prototype.slice.call(doc.querySelectorAll(".tabs"));
  function groupTabs(group) {
    var list = group.querySelector(":scope > [role='tablist']");
    return list ? Array.prototype.slice.call(list.querySelectorAll(":scope > [role='tab']")) : [];
  }
  function selectTab(group, chosen) {
    groupTabs(group).forEach(function (tab) {
      var on = tab === chosen, panel = doc.getElementById(tab.getAttribute("aria-controls"));
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      if (panel) panel.hidden = !on;
    });
  }
  // Every group that has a tab of this key shows it; the others keep theirs.
  function chooseKey(key) {
    tabGroups.forEach(function (group) {
      var tab = groupTabs(group).filter(function (t) { return t.getAttribute("data-tab") === key; })[0];
      if (tab) selectTab(group, tab);
    });
  }
  function chooseTab(tab) {
    // Groups above may change height: keep the chosen tab where the reader saw it.
    var before = tab.getBoundingClientRect().top;
    chooseKey(tab.getAttribute("data-tab"));
    window.scrollBy(0, tab.getBoundingClientRect().top - before);
    try { localStorage.setItem(TAB_KEY, tab.getAttribute("data-tab")); } catch (e) { /* storage off: this page only */ }
  }
  // A link or search result may lead into a panel that is hidden: show it (and any around it).
  function revealTarget() {
    var id = location.hash.length > 1 ? decodeURIComponent(location.hash.slice(1)) : "";
    var target = id && doc.getElementById(id), shown = false;
    for (var panel = target && target.closest("[role='tabpanel']"); panel;
         panel = panel.parentElement && panel.parentElement.closest("[role='tabpanel']")) {
      if (panel.hidden) {
        selectTab(panel.parentElement, doc.getElementById(panel.getAttribute("aria-labelledby")));
        shown = true;
      }
    }
    if (shown) target.scrollIntoView();
  }
  if (tabGroups.length) {
    var storedTab = null;
    try { storedTab = localStorage.getItem(TAB_KEY); } catch (e) { /* storage off */ }
    tabGroups.forEach(function (group) {
      var tabs = groupTabs(group);
      if (!tabs.length) return;
      group.classList.add("is-tabbed");
      selectTab(group, tabs.filter(function (t) { return t.getAttribute("data-tab") === storedTab; })[0] || tabs[0]);
      tabs.forEach(function (tab, i) {
        tab.addEventListener("click", function () { chooseTab(tab); });
        tab.addEventListener("keydown", function (event) {
          var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
          if (next === undefined) return;
          event.preventDefault();
          var to = tabs[(next + tabs.length) % tabs.length];
          chooseTab(to);
          to.focus();
        });
      });
    });
    revealTarget();
    window.addEventListener("hashchange", revealTarget);
  }

  // ---- collapsible blocks: a printout shows what they hold -----------------------------------

  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = Array.prototype.slice.call(doc.querySelectorAll("details:not([open])"));
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
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
