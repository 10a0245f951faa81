package id.aduanterbuka.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The error page's choice of answer. The deployed side (Payara dispatching its 404s here, with the
 * security headers) is in DeployedHostileIT; this covers what Payara is hard to make happen on
 * purpose: an error under the API's paths and an exception escaping a page.
 */
class ErrorPageServletTest {

  /** What the servlet set on the response. */
  private static final class Answer {
    int status;
    String contentType;
    final Map<String, String> headers = new HashMap<>();
    final StringWriter body = new StringWriter();
  }

  private static Answer serve(String uri, Integer status, Throwable exception) throws Exception {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(RequestDispatcher.ERROR_REQUEST_URI, uri);
    attributes.put(RequestDispatcher.ERROR_STATUS_CODE, status);
    attributes.put(RequestDispatcher.ERROR_EXCEPTION, exception);
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getDispatcherType" -> DispatcherType.ERROR;
                      case "getAttribute" -> attributes.get((String) args[0]);
                      case "getContextPath" -> "";
                      case "getRequestURI" -> ErrorPageServlet.PATH;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    Answer answer = new Answer();
    PrintWriter writer = new PrintWriter(answer.body);
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "setStatus" -> answer.status = (Integer) args[0];
                    case "setContentType" -> answer.contentType = (String) args[0];
                    case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                    case "getWriter" -> {
                      return writer;
                    }
                    case "resetBuffer", "setCharacterEncoding" -> {}
                    default -> throw new UnsupportedOperationException(method.getName());
                  }
                  return null;
                });
    new ErrorPageServlet().service(request, response);
    writer.flush();
    return answer;
  }

  @Test
  void anErrorUnderTheApiIsAProblemDocument() throws Exception {
    Answer answer = serve("/api/v1/complaints", 405, null);

    assertEquals(405, answer.status);
    assertEquals("application/problem+json", answer.contentType);
    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405}",
        answer.body.toString());
    assertEquals("no-store", answer.headers.get("Cache-Control"));
  }

  @Test
  void anOpen311ErrorIsAProblemDocumentToo() throws Exception {
    assertEquals("application/problem+json", serve("/open311/v2/x", 404, null).contentType);
  }

  @Test
  void anExceptionEscapingAPageSaysNothingOfIt() throws Exception {
    Answer answer =
        serve("/agency.xhtml", 500, new IllegalStateException("password=secret at db.internal"));

    assertEquals(500, answer.status);
    assertEquals("text/html", answer.contentType);
    String body = answer.body.toString();
    assertTrue(body.contains("Terjadi kesalahan di server"), body);
    assertTrue(body.contains("Server Error"), body);
    assertFalse(body.contains("secret"), body);
    assertFalse(body.contains("IllegalStateException"), body);
    assertFalse(body.contains("agency.xhtml"), "the path is not echoed");
  }

  @Test
  void aStatusOutsideTheErrorRangeBecomesNotFound() throws Exception {
    assertEquals(404, serve("/x", 200, null).status);
    assertEquals(404, serve("/x", null, null).status);
  }
}
