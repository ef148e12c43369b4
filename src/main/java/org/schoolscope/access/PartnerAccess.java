package org.schoolscope.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.AuditedAction;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Priority partners as people (issue 12, item 6): the users who hold the partner role, and the schools allocated to
 * each for a year, which {@code viewer_schools} then lets them see. Grants and ends are written in the caller's
 * transaction (the improvement step that allocates), so the step and the access stand or fall together, and each
 * is audited.
 */
@Service
public class PartnerAccess {

    /** A user who may be allocated as a priority partner. */
    public record Partner(String username, String displayName) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnerAccess(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Every user who may sign in with the partner role, by name. */
    @Transactional(readOnly = true)
    public List<Partner> partners() {
        return jdbc.sql("""
                select u.username, u.display_name from app_user u
                where u.enabled and exists (select 1 from app_user_role r where r.user_id = u.id and r.role = 'PARTNER')
                order by lower(u.display_name), lower(u.username)""")
                .query((rs, n) -> new Partner(rs.getString(1), rs.getString(2))).list();
    }

    /** The partner user of that username, if one may sign in with the partner role. */
    @Transactional(readOnly = true)
    public Optional<Partner> partner(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return partners().stream().filter(partner -> partner.username().equalsIgnoreCase(username.strip()))
                .findFirst();
    }

    /** Gives the partner the school for the year, ending another partner's allocation of it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void allocate(Urn urn, AcademicYear year, String username, String actor) {
        Partner partner = partner(username).orElseThrow(() -> new IllegalArgumentException(
                "No partner user " + username));
        Optional<String> current = jdbc.sql("""
                select u.username from partner_school_access a join app_user u on u.id = a.user_id
                where a.urn = :urn and a.academic_year = :year and a.ended_at is null""")
                .param("urn", urn.value()).param("year", year.startYear()).query(String.class).optional();
        if (current.filter(partner.username()::equals).isPresent()) {
            return;
        }
        release(urn, year, actor);
        jdbc.sql("""
                insert into partner_school_access (user_id, urn, academic_year, granted_by, granted_at)
                select id, :urn, :year, :actor, :now from app_user where username = :username""")
                .param("urn", urn.value()).param("year", year.startYear()).param("actor", actor)
                .param("now", OffsetDateTime.now(clock)).param("username", partner.username()).update();
        events.publishEvent(new PartnerAccessAudited(actor, "partner-access-granted", urn, partner.username()
                + " may see the school as its priority partner for " + year));
    }

    /** Ends the school's partner allocation for the year, if it has one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(Urn urn, AcademicYear year, String actor) {
        jdbc.sql("""
                update partner_school_access set ended_by = :actor, ended_at = :now
                where urn = :urn and academic_year = :year and ended_at is null
                returning (select username from app_user where id = user_id)""")
                .param("actor", actor).param("now", OffsetDateTime.now(clock)).param("urn", urn.value())
                .param("year", year.startYear()).query(String.class).list()
                .forEach(username -> events.publishEvent(new PartnerAccessAudited(actor, "partner-access-ended", urn,
                        username + " no longer sees the school as its priority partner for " + year)));
    }

    /** Ends every allocation of the years before this one: a new year's list has been agreed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void endYearsBefore(AcademicYear year, String actor) {
        jdbc.sql("""
                update partner_school_access set ended_by = :actor, ended_at = :now
                where academic_year < :year and ended_at is null
                returning urn, academic_year, (select username from app_user where id = user_id)""")
                .param("actor", actor).param("now", OffsetDateTime.now(clock)).param("year", year.startYear())
                .query((rs, n) -> new PartnerAccessAudited(actor, "partner-access-ended", new Urn(rs.getInt(1)),
                        rs.getString(3) + " no longer sees the school: the " + new AcademicYear(rs.getInt(2))
                                + " allocation ended when the " + year + " list was agreed"))
                .list().forEach(events::publishEvent);
    }

    /** A partner's access to a school granted or ended, for the audit log, searchable by the school. */
    record PartnerAccessAudited(String actor, String action, Urn school, String detail) implements AuditedAction {

        @Override
        public String recordType() {
            return "partner-access";
        }

        @Override
        public String recordId() {
            return school.toString();
        }
    }
}
