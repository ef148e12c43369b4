package org.schoolscope.access.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.schoolscope.access.AccessProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (issue 5, item 5): random, shown once, stored only as a SHA-256 hash, and carrying their
 * owner's roles and schools as they are when the token is used.
 */
@Service
public class ApiTokens {

    /** Every token starts with this, so a leaked one is easy to recognise in a secret scanner. */
    public static final String PREFIX = "ssk_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserStore users;
    private final ApplicationEventPublisher events;
    private final AccessProperties properties;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, UserStore users, ApplicationEventPublisher events, AccessProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A token just made: its secret, which is never stored and never shown again. */
    public record CreatedToken(long id, String name, String secret, Instant expiresAt) {
    }

    /** A token as its owner sees it in the list: never the secret. */
    public record TokenSummary(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt) {

        private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", java.util.Locale.UK).withZone(ZoneOffset.UTC);

        public boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }

        public String created() {
            return DAY.format(createdAt);
        }

        public String expires() {
            return DAY.format(expiresAt);
        }

        /** The day last used, or null when never used. */
        public String lastUsed() {
            return lastUsedAt == null ? null : DAY.format(lastUsedAt);
        }
    }

    @Transactional
    public CreatedToken create(String username, String name, String actor) {
        UserAccount owner = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No user called " + username));
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A token needs a name saying what it is for");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.tokenLifetime());
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, created_at, expires_at)
                values (:user, :name, :hash, :now, :expires) returning id""").param("user", owner.id())
                .param("name", name.strip()).param("hash", hash(secret)).param("now", now.atOffset(ZoneOffset.UTC))
                .param("expires", expires.atOffset(ZoneOffset.UTC)).query(Long.class).single();
        events.publishEvent(AccessAudited.token(actor, "create", id, "API token created for " + owner.username()));
        return new CreatedToken(id, name.strip(), secret, expires);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> ownedBy(String username) {
        return jdbc.sql("""
                select t.id, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
                from api_token t join app_user u on u.id = t.user_id
                where lower(u.username) = lower(:username) order by t.id desc""").param("username", username)
                .query((row, number) -> new TokenSummary(row.getLong("id"), row.getString("name"),
                        instant(row.getTimestamp("created_at")), instant(row.getTimestamp("expires_at")),
                        instant(row.getTimestamp("last_used_at")), instant(row.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the owner's tokens; returns false when the owner has no such active token. */
    @Transactional
    public boolean revoke(String username, long tokenId) {
        int changed = jdbc.sql("""
                update api_token set revoked_at = :now where id = :id and revoked_at is null
                and user_id = (select id from app_user where lower(username) = lower(:username))""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("id", tokenId)
                .param("username", username).update();
        if (changed == 1) {
            events.publishEvent(AccessAudited.token(username, "revoke", tokenId, "API token revoked"));
        }
        return changed == 1;
    }

    /**
     * How finely a token's last use is kept. The token list shows the day, so the API does not write the row at
     * every request (issue 13: a write per call cost throughput): at most once a minute per token.
     */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /** The enabled owner of an active token with this secret, if any; notes when it was last used. */
    @Transactional
    public Optional<UserAccount> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ActiveToken> token = jdbc.sql("""
                select id, user_id, last_used_at from api_token
                where token_hash = :hash and revoked_at is null and expires_at > :now""")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("hash", hash(secret))
                .query((row, number) -> new ActiveToken(row.getLong("id"), row.getLong("user_id"),
                        instant(row.getTimestamp("last_used_at"))))
                .optional();
        token.filter(active -> active.lastUsedAt() == null
                || active.lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))).ifPresent(active -> jdbc.sql("""
                        update api_token set last_used_at = :now
                        where id = :id and (last_used_at is null or last_used_at < :since)""")
                        .param("now", now.atOffset(ZoneOffset.UTC)).param("id", active.id())
                        .param("since", now.minus(LAST_USE_PRECISION).atOffset(ZoneOffset.UTC)).update());
        return token.flatMap(active -> users.findById(active.userId())).filter(UserAccount::enabled);
    }

    private record ActiveToken(long id, long userId, Instant lastUsedAt) {
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is always available", missing);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
