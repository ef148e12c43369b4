package org.schoolscope.access.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalInt;
import org.schoolscope.access.AccessProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sign-in attempts left to a name from one source address (issue 13). An attempt is taken from the count in one
 * statement before its password is checked, so parallel attempts cannot exceed the limit; the row lock PostgreSQL
 * takes for the upsert orders them. The count is per name and address, so an attacker who uses up a name's attempts
 * from their address does not keep its owner out from another; a name that matches no user is counted the same way.
 */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;
    private final AccessProperties properties;
    private final Clock clock;

    SignInAttempts(JdbcClient jdbc, AccessProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Takes one attempt for the name from the address: the attempt's number since the count last started, or empty
     * when the name is locked out from that address. The attempt that reaches the limit locks the name from the
     * address for {@link AccessProperties#lockOutFor()}, unless it succeeds ({@link #succeeded}).
     */
    OptionalInt take(String username, String source) {
        Instant now = clock.instant();
        // Runs in its own statement (no transaction), so the attempt is counted before the password is checked.
        return jdbc.sql("""
                insert into sign_in_attempt as a (username, source, failures, locked_until)
                values (:name, :source, 1, case when 1 >= :limit then cast(:until as timestamptz) end)
                on conflict (username, source) do update set
                    failures = case when a.locked_until <= :now then 1 else a.failures + 1 end,
                    locked_until = case when (case when a.locked_until <= :now then 1 else a.failures + 1 end)
                        >= :limit then cast(:until as timestamptz) end
                where a.locked_until is null or a.locked_until <= :now
                returning failures""").param("name", key(username)).param("source", source)
                .param("limit", properties.lockOutAfter()).param("now", now.atOffset(ZoneOffset.UTC))
                .param("until", now.plus(properties.lockOutFor()).atOffset(ZoneOffset.UTC)).query(Integer.class)
                .optional().map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** Whether this attempt was the last the limit allows, so a wrong password now means a lock-out. */
    boolean isLast(int attempt) {
        return attempt >= properties.lockOutAfter();
    }

    /** The right password: the count from that address starts again. */
    void succeeded(String username, String source) {
        jdbc.sql("delete from sign_in_attempt where username = :name and source = :source")
                .param("name", key(username)).param("source", source).update();
    }

    /** An administrator enabled the user again: every count and lock on the name ends. */
    void clear(String username) {
        jdbc.sql("delete from sign_in_attempt where username = :name").param("name", key(username)).update();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
