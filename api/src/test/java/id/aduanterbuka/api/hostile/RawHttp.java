package id.aduanterbuka.api.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over a socket, so that a test can send what a real client library
 * refuses to: invalid percent-encoding, raw non-UTF-8 bytes in the target, odd headers.
 */
final class RawHttp {
  private RawHttp() {}

  /** An answer: status, headers (names in lower case) and body. */
  record Answer(int status, Map<String, String> headers, String body) {
    String contentType() {
      return headers.get("content-type");
    }
  }

  static Answer send(
      int port, String method, byte[] target, Map<String, String> headers, byte[] body)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.write((method + " ").getBytes(StandardCharsets.US_ASCII));
      request.write(target);
      request.write(
          " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      for (Map.Entry<String, String> h : headers.entrySet()) {
        request.write((h.getKey() + ": " + h.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      boolean chunked = "chunked".equals(headers.get("Transfer-Encoding"));
      if (body != null && !chunked) {
        request.write(
            ("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
      }
      request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      if (body != null && chunked) {
        for (int at = 0; at < body.length; at += 8192) {
          int n = Math.min(8192, body.length - at);
          request.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          request.write(body, at, n);
          request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } else if (body != null) {
        request.write(body);
      }
      out.write(request.toByteArray());
      out.flush();
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      throw new IOException("connection closed without an answer");
    }
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
      int colon = l.indexOf(':');
      headers.put(
          l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
    }
    byte[] body;
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
        chunks.write(in.readNBytes(size));
        line(in);
      }
      body = chunks.toByteArray();
    } else if (headers.containsKey("content-length")) {
      body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    } else {
      body = in.readAllBytes();
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static int chunkSize(String line) {
    if (line == null) {
      return 0;
    }
    int semicolon = line.indexOf(';');
    return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        break;
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    if (b == -1 && line.size() == 0) {
      return null;
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
