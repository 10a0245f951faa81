package id.aduanterbuka.web.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The application's error page ({@code <error-page>} without a code in web.xml, so every error the
 * container raises by {@code sendError} or an escaping exception comes here): replaces Payara's
 * "Error report" page, which named the product and could carry an exception's message.
 *
 * <p>Under {@code /api/} and {@code /open311/} the answer is an RFC 9457 problem document, like
 * every other API error; elsewhere a small bilingual page with a link home. Neither says more than
 * the status: no exception, message or path is echoed. Asked for directly ({@code /error}) it is a
 * 404.
 */
@WebServlet(name = "error-page", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {
  static final String PATH = "/error";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean dispatched = request.getDispatcherType() == DispatcherType.ERROR;
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = dispatched && code instanceof Integer i && i >= 400 && i <= 599 ? i : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path =
        (dispatched && uri instanceof String s ? s : request.getRequestURI())
            .substring(request.getContextPath().length());

    response.resetBuffer();
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (path.startsWith("/api/") || path.startsWith("/open311/")) {
      response.setContentType("application/problem+json");
      // The title is one of Titles' constants: nothing to escape.
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + Titles.english(status)
                  + "\",\"status\":"
                  + status
                  + "}");
      return;
    }
    response.setContentType("text/html");
    PrintWriter out = response.getWriter();
    String home = request.getContextPath() + "/";
    out.write(
        "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"UTF-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
            + "<title>"
            + Titles.indonesian(status)
            + " · "
            + Titles.english(status)
            + "</title><link rel=\"stylesheet\" href=\""
            + home
            + "resources/css/portal.css\"/></head><body><main id=\"main\">"
            + "<h1>"
            + Titles.indonesian(status)
            + "</h1><p>"
            + Titles.indonesianAdvice(status)
            + " <a href=\""
            + home
            + "\">Kembali ke beranda</a>.</p>"
            + "<h2 lang=\"en\">"
            + Titles.english(status)
            + "</h2><p lang=\"en\">"
            + Titles.englishAdvice(status)
            + " <a href=\""
            + home
            + "?lang=en\">Back to the home page</a>.</p>"
            + "<p><small>HTTP "
            + status
            + "</small></p></main></body></html>\n");
  }
}
