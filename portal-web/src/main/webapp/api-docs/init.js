// Points Swagger UI at this instance's MicroProfile OpenAPI document (kept out of the HTML so that
// the page works under a Content-Security-Policy without inline scripts).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: new URL('../openapi', window.location.href).toString(),
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout'
  });
});
