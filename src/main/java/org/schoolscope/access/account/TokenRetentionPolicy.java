package org.schoolscope.access.account;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.schoolscope.access.AccessProperties;
import org.schoolscope.shared.RetentionPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Revoked and expired API tokens are kept for a while (to explain old audit entries), then removed. */
@Component
class TokenRetentionPolicy implements RetentionPolicy {

    private final JdbcClient jdbc;
    private final AccessProperties properties;

    TokenRetentionPolicy(JdbcClient jdbc, AccessProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String recordType() {
        return "api-token";
    }

    @Override
    public String period() {
        return properties.tokenRetention().toDays() + " days after it was revoked or expired";
    }

    @Override
    public List<ExpiredRecord> expired(LocalDate today) {
        return jdbc.sql("""
                select id, least(coalesce(revoked_at, expires_at), expires_at) as ended from api_token
                where least(coalesce(revoked_at, expires_at), expires_at) < :cutoff order by id""")
                .param("cutoff", today.atStartOfDay().atOffset(ZoneOffset.UTC).minus(properties.tokenRetention()))
                .query((row, number) -> {
                    LocalDate ended = row.getTimestamp("ended").toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
                    return new ExpiredRecord(Long.toString(row.getLong("id")), "API token " + row.getLong("id")
                            + ", ended " + ended, ended.plusDays(properties.tokenRetention().toDays()));
                }).list();
    }

    @Override
    public int remove(List<ExpiredRecord> records) {
        int removed = 0;
        for (ExpiredRecord record : records) {
            removed += jdbc.sql("delete from api_token where id = :id")
                    .param("id", Long.parseLong(record.recordId())).update();
        }
        return removed;
    }
}
