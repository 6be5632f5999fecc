package cn.insure.claims.system.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.insure.claims.system.errors.ApiException;

/**
 * The {@code Idempotency-Key} rule of the intake APIs, as {@code POST /api/claims} keeps it: a key
 * is unique per submitting account ({@code (submitted_by, idempotency_key)}), stored with the
 * SHA-256 of the request; a re-send with the same key and the same request gets the first case, a
 * different request under a used key is refused with 422, and two re-sends racing each other end
 * in the unique key, after which the second finds the first. New intakes use this instead of a
 * copy of it.
 */
@Component
public class IdempotentSubmissions {

  /** The case an earlier request with the same key created, and that request's fingerprint. */
  public record Earlier<T>(T result, String fingerprint) {
  }

  /** The outcome: {@code created} is false for a re-send that returned the first case. */
  public record Outcome<T>(T result, boolean created) {
  }

  private final ObjectMapper objectMapper;

  IdempotentSubmissions(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /** The fingerprint of a request as stored next to its key, or null without a key. */
  public String fingerprint(Object request, String idempotencyKey) {
    if (idempotencyKey == null) {
      return null;
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A validated request always serialises", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Looks the key up ({@code earlier}), returns the first case for an identical re-send, refuses a
   * different request under a used key, and otherwise creates the case ({@code create}, given the
   * fingerprint to store). Call it outside a transaction: a lost race (unique key) is retried in a
   * new one. {@code what} names the case in the refusal ("consultation").
   */
  public <T> Outcome<T> submit(String idempotencyKey, Object request, String what,
      Function<String, Optional<Earlier<T>>> earlier, Function<String, T> create, Function<T, String> number) {
    String fingerprint = fingerprint(request, idempotencyKey);
    for (int attempt = 1; ; attempt++) {
      if (idempotencyKey != null) {
        Optional<Earlier<T>> first = earlier.apply(idempotencyKey);
        if (first.isPresent()) {
          if (!first.get().fingerprint().equals(fingerprint)) {
            throw ApiException.unprocessable("idempotency-key-reused", "Idempotency-Key '" + idempotencyKey
                + "' was already used for " + what + " " + number.apply(first.get().result()) + " with a different "
                + "request. Use a new key for a new " + what + ".");
          }
          return new Outcome<>(first.get().result(), false);
        }
      }
      try {
        return new Outcome<>(create.apply(fingerprint), true);
      } catch (DuplicateKeyException e) {
        if (idempotencyKey == null || attempt == 3) {
          throw e;
        }
      }
    }
  }
}
