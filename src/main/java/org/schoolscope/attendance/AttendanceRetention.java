package org.schoolscope.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.schoolscope.attendance.persistence.CouncilDataStore;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.RetentionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pupil-level attendance (enrolments, marks, changed marks) and the targeting meetings' records are kept for a
 * number of years after the end of their academic year (3 unless {@code schoolscope.attendance.retention-years}
 * says), then removed a council's year at a time by the access module's retention command. Aggregates derived from
 * them go with them.
 */
@Component
public class AttendanceRetention implements RetentionPolicy {

    private final CouncilDataStore councilData;
    private final AttendanceProperties properties;
    private final ApplicationEventPublisher events;

    AttendanceRetention(CouncilDataStore councilData, AttendanceProperties properties,
            ApplicationEventPublisher events) {
        this.councilData = councilData;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public String recordType() {
        return AttendanceAudit.YEAR;
    }

    @Override
    public String period() {
        return properties.retentionYears() + " years after the end of its academic year";
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpiredRecord> expired(LocalDate today) {
        List<ExpiredRecord> expired = new ArrayList<>();
        for (String councilYear : councilData.years()) {
            AcademicYear year = AcademicYear.parse(councilYear.substring(councilYear.indexOf(':') + 1));
            LocalDate expiresOn = year.lastDay().plusYears(properties.retentionYears());
            if (expiresOn.isBefore(today)) {
                expired.add(new ExpiredRecord(councilYear, "Pupil-level attendance and targeting-meeting records of "
                        + "council " + councilYear.substring(0, councilYear.indexOf(':')) + " for " + year,
                        expiresOn));
            }
        }
        return expired;
    }

    @Override
    @Transactional
    public int remove(List<ExpiredRecord> records) {
        int removed = 0;
        for (ExpiredRecord record : records) {
            String id = record.recordId();
            int laCode = Integer.parseInt(id.substring(0, id.indexOf(':')));
            AcademicYear year = AcademicYear.parse(id.substring(id.indexOf(':') + 1));
            int enrolments = councilData.removeYear(laCode, year, "retention");
            events.publishEvent(new AttendanceAudit("retention", "remove", AttendanceAudit.YEAR, id, "removed "
                    + enrolments + " pupils' attendance and the targeting-meeting records of council " + laCode
                    + " for " + year + " at the end of their retention period"));
            removed++;
        }
        return removed;
    }
}
