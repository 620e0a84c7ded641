// Starts Swagger UI on the document this service serves. A file of its own, not an inline script, so
// the page's content security policy can refuse every script that does not come from this service.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/docs/openapi.yaml",
    dom_id: "#viewer",
    deepLinking: true,
    // Calls tried out go to this service only, with the key or token given under "Authorize".
    tryItOutEnabled: false,
    validatorUrl: null
  });
});
