package org.schoolscope.casework.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.schoolscope.shared.Urn;

/**
 * Seed 000 section 5.3's measures for a period: "number of complaints received; response times; number of closed
 * complaints", for all cases, by category and by district. A case about schools in two districts counts in each
 * district and once in the total; a district with nothing in the period is left out.
 *
 * <ul>
 * <li>received: received in the period; closed: closed in the period; open at the end: received by its last day and
 * not closed by then;</li>
 * <li>acknowledged and responded: those steps taken in the period, and how many within their targets; the average
 * working days from receipt to response, over the responses in the period;</li>
 * <li>overdue at the end: open at the end, not responded to by then, and past the response target.</li>
 * </ul>
 */
public record CaseworkReport(LocalDate from, LocalDate to, Counts total, List<Counts> byCategory,
        List<Counts> byDistrict) {

    public static final String NO_SCHOOL = "No school named";

    public CaseworkReport {
        byCategory = List.copyOf(byCategory);
        byDistrict = List.copyOf(byDistrict);
    }

    public record Counts(String label, int received, int closed, int openAtEnd, int acknowledged,
            int acknowledgedOnTime, int responded, int respondedOnTime, BigDecimal averageDaysToRespond,
            int overdueAtEnd) {
    }

    public static CaseworkReport of(List<CaseFile> cases, Map<Urn, String> districts, LocalDate from, LocalDate to,
            WorkingDays workingDays) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A report's period ends after it starts");
        }
        Counts total = count("", cases, from, to, workingDays);
        List<Counts> byCategory = new ArrayList<>();
        for (CaseCategory category : CaseCategory.values()) {
            byCategory.add(count(category.name(), cases.stream().filter(file -> file.category() == category)
                    .toList(), from, to, workingDays));
        }
        Map<String, List<CaseFile>> inDistrict = new TreeMap<>();
        for (CaseFile file : cases) {
            Set<String> names = new LinkedHashSet<>();
            file.schools().forEach(urn -> names.add(districts.getOrDefault(urn,
                    org.schoolscope.register.RegisteredSchool.NO_DISTRICT)));
            if (names.isEmpty()) {
                names.add(NO_SCHOOL);
            }
            names.forEach(name -> inDistrict.computeIfAbsent(name, key -> new ArrayList<>()).add(file));
        }
        List<Counts> byDistrict = new ArrayList<>();
        // A district with nothing received, open, closed or answered in the period is left out, not listed as zeros.
        inDistrict.forEach((name, files) -> {
            Counts counts = count(name, files, from, to, workingDays);
            if (counts.received() + counts.closed() + counts.openAtEnd() + counts.acknowledged() + counts.responded()
                    > 0) {
                byDistrict.add(counts);
            }
        });
        return new CaseworkReport(from, to, total, byCategory, byDistrict);
    }

    private static Counts count(String label, List<CaseFile> cases, LocalDate from, LocalDate to,
            WorkingDays workingDays) {
        int received = 0;
        int closed = 0;
        int open = 0;
        int acknowledged = 0;
        int acknowledgedOnTime = 0;
        int responded = 0;
        int respondedOnTime = 0;
        int daysToRespond = 0;
        int overdue = 0;
        for (CaseFile file : cases) {
            if (within(file.receivedOn(), from, to)) {
                received++;
            }
            if (within(file.closedOn(), from, to)) {
                closed++;
            }
            ResponseClock acknowledgement = file.acknowledgement(to, workingDays);
            ResponseClock response = file.response(to, workingDays);
            if (within(file.acknowledgedOn(), from, to)) {
                acknowledged++;
                acknowledgedOnTime += acknowledgement.state() == ResponseClock.State.MET ? 1 : 0;
            }
            if (within(file.respondedOn(), from, to)) {
                responded++;
                respondedOnTime += response.state() == ResponseClock.State.MET ? 1 : 0;
                daysToRespond += workingDays.between(file.receivedOn(), file.respondedOn());
            }
            if (file.openOn(to)) {
                open++;
                boolean answered = file.respondedOn() != null && !file.respondedOn().isAfter(to);
                if (!answered && to.isAfter(response.dueOn())) {
                    overdue++;
                }
            }
        }
        BigDecimal average = responded == 0 ? null
                : BigDecimal.valueOf(daysToRespond).divide(BigDecimal.valueOf(responded), 1, RoundingMode.HALF_UP);
        return new Counts(label, received, closed, open, acknowledged, acknowledgedOnTime, responded, respondedOnTime,
                average, overdue);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
