package cn.insure.claims.system.errors;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The largest JSON body the application API reads ({@code claims.api.max-json-body}): a submission
 * may carry documents as Base64, and an unbounded body would be read into memory whole. A body
 * whose declared length is too large is refused before it is read; one sent without a length
 * (chunked) is refused as soon as it passes the limit. Both answer 413 with a problem detail and
 * leave no trace. Uploads (multipart, limited per document) and bulk intake (streamed line by line)
 * are not JSON bodies and have their own limits.
 *
 * <p>Over 250 lines because the limit needs its own request wrapper and counting input stream
 * (servlet boilerplate) next to the filter that uses them.
 */
@Component
class JsonBodyLimitFilter extends OncePerRequestFilter {

  /** How much of a body over the limit is read and dropped so that the client gets its answer. */
  private static final long DRAIN_LIMIT = 2L * 1024 * 1024;

  private final long maxBytes;
  private final long maxEngineBytes;
  private final ObjectMapper objectMapper;

  JsonBodyLimitFilter(@Value("${claims.api.max-json-body:32MB}") DataSize maxBody,
      @Value("${claims.api.max-engine-json-body:1MB}") DataSize maxEngineBody, ObjectMapper objectMapper) {
    this.maxBytes = maxBody.toBytes();
    this.maxEngineBytes = maxEngineBody.toBytes();
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !(isApi(request) || isEngine(request)) || !isJson(request.getContentType());
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean isApi(HttpServletRequest request) {
    return path(request).startsWith("/api/");
  }

  /** The engine REST API and the webapps' proxy to it: JSON bodies of task completions, starts, queries. */
  private static boolean isEngine(HttpServletRequest request) {
    String path = path(request);
    return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    MediaType type = MediaType.parseMediaType(request.getContentType());
    if (type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
      ApiProblems.write(request, response, ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-charset",
          "不支持的字符集 Unsupported character set", "JSON bodies are read as UTF-8 only (RFC 8259); this one says "
              + type.getCharset().name() + ". Send it in UTF-8 (Content-Type: application/json; charset=UTF-8)."),
          objectMapper);
      return;
    }
    boolean engine = isEngine(request);
    long limit = engine ? maxEngineBytes : maxBytes;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      if (declared <= 2 * limit) {
        // A body somewhat over the limit is read and dropped first: closing on unread bytes can reset the
        // connection before the client reads its problem detail. A far larger one is not read at all.
        drain(request, declared);
      } else {
        // Close the connection: the client may still be sending a body nobody reads.
        response.setHeader("Connection", "close");
      }
      ApiProblems.write(request, response, tooLarge(limit), objectMapper);
      return;
    }
    if (engine) {
      // The engine REST API (Jersey) has no answer of its own for a body that grows too large while it
      // reads: its (small) body is read here first, up to the limit.
      byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
      if (body.length > limit) {
        response.setHeader("Connection", "close");
        drainRest(request);
        ApiProblems.write(request, response, tooLarge(limit), objectMapper);
        return;
      }
      chain.doFilter(new BufferedRequest(request, body), response);
      return;
    }
    LimitedRequest limited = new LimitedRequest(request, maxBytes);
    chain.doFilter(limited, response);
    if (limited.stream != null && limited.stream.exceeded) {
      drainRest(request);
    }
  }

  /**
   * The container closes the connection after a 413. Unread bytes of a body just over the limit
   * would make that close a reset that can destroy the answer on its way to the client; reading
   * (and dropping) a little more lets the client read its problem detail. A body far over the
   * limit is not read to its end.
   */
  private static void drainRest(HttpServletRequest request) {
    drain(request, DRAIN_LIMIT);
  }

  private static void drain(HttpServletRequest request, long upTo) {
    byte[] buffer = new byte[8192];
    long drained = 0;
    try {
      var in = request.getInputStream();
      int n;
      while (drained < upTo && (n = in.read(buffer)) > 0) {
        drained += n;
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or the container refused: nothing left to protect.
    }
  }

  static ProblemDetail tooLarge(long maxBytes) {
    return ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "请求过大 Request too large",
        "The JSON body is larger than the " + DataSize.ofBytes(maxBytes).toKilobytes() + " KB this API reads. "
            + "Submit the claim without the large documents and upload them one by one to "
            + "POST /api/claims/{claimNumber}/documents (multipart); a task completion or process start carries "
            + "only its form's fields.");
  }

  /** Thrown while reading a body that passes the limit; the exception handler answers 413. */
  static final class BodyTooLargeException extends IOException {
    private final long maxBytes;

    BodyTooLargeException(long maxBytes) {
      super("JSON body larger than " + maxBytes + " bytes");
      this.maxBytes = maxBytes;
    }

    long maxBytes() {
      return maxBytes;
    }
  }

  /** A request whose body was read ahead (engine REST): the servlet reads the same bytes again. */
  private static final class BufferedRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long maxBytes;
    private CountingStream stream;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), maxBytes);
      }
      return stream;
    }
  }

  private static final class CountingStream extends ServletInputStream {
    private final ServletInputStream delegate;
    private final long maxBytes;
    private long read;
    private boolean exceeded;

    CountingStream(ServletInputStream delegate, long maxBytes) {
      this.delegate = delegate;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > maxBytes) {
        exceeded = true;
        throw new BodyTooLargeException(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
