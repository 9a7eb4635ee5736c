// kb serve only, never in a built site: reloads the page when its brand was rebuilt, and shows
// build problems over the page. Everything shown is built from text nodes.
(function () {
  "use strict";
  var script = document.currentScript;
  var brand = script.getAttribute("data-brand");
  var version = script.getAttribute("data-version");
  // Brand and version tell kb serve that this page is open again after a rebuild.
  var events = new EventSource("/__kb/events?brand=" + encodeURIComponent(brand) +
    "&version=" + encodeURIComponent(version));
  var overlayId = "kb-serve-problems";
  var root = document.documentElement;

  // "live" while the page hears about rebuilds, "offline" while kb serve is not reachable.
  events.addEventListener("open", function () { root.setAttribute("data-kb-serve", "live"); });
  events.addEventListener("error", function () { root.setAttribute("data-kb-serve", "offline"); });

  events.addEventListener("versions", function (event) {
    var pairs = event.data.split(" ");
    for (var i = 0; i < pairs.length; i++) {
      var pair = pairs[i].split("=");
      if (pair[0] === brand && pair[1] !== version) {
        events.close();
        location.reload();
      }
    }
  });

  events.addEventListener("problems", function (event) {
    var lines = event.data.split("\n");
    var old = document.getElementById(overlayId);
    if (old) {
      old.remove();
    }
    if (lines[0] !== "0") {
      document.body.appendChild(overlay(lines.slice(1)));
    }
  });

  function overlay(lines) {
    var box = element("section", {
      position: "fixed", left: "1rem", right: "1rem", bottom: "1rem", zIndex: "2147483647",
      maxHeight: "50vh", overflow: "auto", padding: "1rem 1.25rem", borderRadius: "6px",
      background: "#1e1e1e", color: "#f5f5f5", borderLeft: "6px solid #e03131",
      boxShadow: "0 8px 24px rgba(0,0,0,.35)", font: "14px/1.5 system-ui, sans-serif"
    });
    box.id = overlayId;
    box.setAttribute("role", "alert");
    var close = element("button", {
      float: "right", background: "none", border: "0", color: "inherit", font: "inherit",
      cursor: "pointer"
    });
    close.type = "button";
    close.setAttribute("aria-label", "Hide build problems");
    close.appendChild(document.createTextNode("\u2715"));
    close.addEventListener("click", function () { box.remove(); });
    box.appendChild(close);
    var title = element("strong", {display: "block", marginBottom: ".5rem"});
    title.appendChild(document.createTextNode(
      "kb: the content does not build. This page shows the last good build."));
    box.appendChild(title);
    for (var i = 0; i < lines.length; i++) {
      var line = element("pre", {margin: "0", whiteSpace: "pre-wrap", font: "13px/1.5 monospace"});
      line.className = "kb-serve-problem";
      line.appendChild(document.createTextNode(lines[i]));
      box.appendChild(line);
    }
    return box;
  }

  function element(name, style) {
    var node = document.createElement(name);
    for (var key in style) {
      node.style[key] = style[key];
    }
    return node;
  }
})();
