// Starts Swagger UI on the document this service serves. A file of its own, not an inline script, so
// the page's content security policy can refuse every script that does not come from this service.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/docs/openapi.yaml",
    dom_id: "#viewer",
    deepLinking: true,
    // Calls tried out go to this service only, with the key or token given under "Authorize".
    tryItOutEnabled: false,
    validatorUrl: null,
    // Its highlighter's colours fall short of WCAG's contrast on the dark code blocks; plain text does not.
    syntaxHighlight: { activated: false }
  });
  // What Swagger UI renders (at the start, and as an operation is opened) leaves some controls without a
  // name a screen reader can read out, and scrolling code blocks out of reach of the keyboard.
  var viewer = document.getElementById("viewer");
  new MutationObserver(function () {
    mendAccessibility(viewer);
  }).observe(viewer, { childList: true, subtree: true });
  mendAccessibility(viewer);
});

function mendAccessibility(root) {
  // A label Swagger UI wraps around its select names nothing (the select's own options are not its name).
  root.querySelectorAll("select:not([aria-label])").forEach(function (select) {
    var name = select.id === "servers" ? "Server"
      : select.classList.contains("examples-select-element") ? "Example"
      : "Choice";
    select.setAttribute("aria-label", name);
  });
  // An operation's path is a link inside the button that opens it: two controls nested, where the button
  // alone opens the operation and (deep linking) sets the same address. The path stays, as text.
  root.querySelectorAll(".opblock-summary-control a[href]").forEach(function (link) {
    link.removeAttribute("href");
  });
  root.querySelectorAll(".highlight-code > pre, .body-param__example, .microlight").forEach(function (block) {
    if (!block.hasAttribute("tabindex")) {
      block.setAttribute("tabindex", "0");
    }
  });
}
