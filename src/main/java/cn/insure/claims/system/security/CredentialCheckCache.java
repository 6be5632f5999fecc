package cn.insure.claims.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a few seconds, that a user id and password were checked successfully against the
 * engine's identity service, with the groups found then, so that HTTP Basic does not pay for a
 * password hash (the engine's salted SHA-512) and a group query on every request of a channel system
 * that sends hundreds per second.
 *
 * <ul>
 *   <li>Only successes are kept; a wrong password is always checked by the engine (and counted by
 *       its login throttling).</li>
 *   <li>The key is a SHA-256 of a random salt made at start-up, the user id and the password: the
 *       memory holds no password and no hash that could be attacked offline with a word list
 *       without the salt, which never leaves the process.</li>
 *   <li>An entry lives {@code claims.security.credential-cache.ttl} (default 30 s): a changed
 *       password, a removed user or changed group membership takes effect after at most that long
 *       (or at once on this node through {@link #forget(String)}). {@code ttl=0} turns the cache off.</li>
 *   <li>At most {@code claims.security.credential-cache.max-entries} entries; when full, expired
 *       entries are dropped and, if still full, all of them.</li>
 * </ul>
 */
@Component
public class CredentialCheckCache {

  private record Entry(String userId, List<GrantedAuthority> authorities, Instant expiresAt) {
  }

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] salt = new byte[32];
  private final Duration ttl;
  private final int maxEntries;
  private final Clock clock;

  @Autowired
  CredentialCheckCache(@Value("${claims.security.credential-cache.ttl:30s}") Duration ttl,
      @Value("${claims.security.credential-cache.max-entries:10000}") int maxEntries) {
    this(ttl, maxEntries, Clock.systemUTC());
  }

  CredentialCheckCache(Duration ttl, int maxEntries, Clock clock) {
    this.ttl = ttl;
    this.maxEntries = maxEntries;
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  /** The groups of an earlier successful check of exactly this user id and password, if still fresh. */
  public Optional<List<GrantedAuthority>> lookup(String userId, String password) {
    if (ttl.isZero()) {
      return Optional.empty();
    }
    String key = key(userId, password);
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expiresAt())) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.authorities());
  }

  /** Records a successful check by the engine. */
  public void remember(String userId, String password, List<? extends GrantedAuthority> authorities) {
    if (ttl.isZero()) {
      return;
    }
    if (entries.size() >= maxEntries) {
      Instant now = clock.instant();
      entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    entries.put(key(userId, password), new Entry(userId, List.copyOf(authorities), clock.instant().plus(ttl)));
  }

  /** Forgets every remembered check of the user (e.g. after a password or group change on this node). */
  public void forget(String userId) {
    entries.values().removeIf(entry -> entry.userId().equals(userId));
  }

  /** Forgets everything. */
  public void clear() {
    entries.clear();
  }

  private String key(String userId, String password) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      sha256.update(userId.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      sha256.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
