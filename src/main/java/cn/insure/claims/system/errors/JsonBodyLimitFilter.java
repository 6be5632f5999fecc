package cn.insure.claims.system.errors;

import java.io.IOException;

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
 */
@Component
class JsonBodyLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final ObjectMapper objectMapper;

  JsonBodyLimitFilter(@Value("${claims.api.max-json-body:32MB}") DataSize maxBody, ObjectMapper objectMapper) {
    this.maxBytes = maxBody.toBytes();
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") || !isJson(request.getContentType());
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
    if (request.getContentLengthLong() > maxBytes) {
      // Close the connection: the client may still be sending a body nobody reads.
      response.setHeader("Connection", "close");
      ApiProblems.write(request, response, tooLarge(maxBytes), objectMapper);
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
    byte[] buffer = new byte[8192];
    long drained = 0;
    try {
      var in = request.getInputStream();
      int n;
      while (drained < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
        drained += n;
      }
    } catch (IOException | RuntimeException e) {
      // The client went away or the container refused: nothing left to protect.
    }
  }

  private static final long DRAIN_LIMIT = 2L * 1024 * 1024;

  static ProblemDetail tooLarge(long maxBytes) {
    return ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "请求过大 Request too large",
        "The JSON body is larger than the " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB this API reads. "
            + "Submit the claim without the large documents and upload them one by one to "
            + "POST /api/claims/{claimNumber}/documents (multipart).");
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
