package org.schoolscope.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What officers have put on record for one council: the entry that stands for each indicator and period (the
 * latest), and the status override that stands for each. Read once for a scorecard, however many rows ask.
 */
final class OfficerRecords {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    private final Map<String, TreeMap<String, IndicatorEntry>> entries = new HashMap<>();
    private final Map<String, Map<String, StatusOverride>> overrides = new HashMap<>();

    OfficerRecords(List<IndicatorEntry> standingEntries, List<StatusOverride> standingOverrides) {
        for (IndicatorEntry entry : standingEntries) {
            entries.computeIfAbsent(entry.indicatorCode(), code -> new TreeMap<>()).put(entry.period(), entry);
        }
        for (StatusOverride override : standingOverrides) {
            overrides.computeIfAbsent(override.indicatorCode(), code -> new HashMap<>()).put(override.period(),
                    override);
        }
    }

    /** The indicator's values by period in order, as the standing entries give them; null "not available". */
    TreeMap<String, BigDecimal> values(String indicatorCode) {
        TreeMap<String, BigDecimal> values = new TreeMap<>();
        entries.getOrDefault(indicatorCode, new TreeMap<>()).forEach((period, entry) -> values.put(period,
                entry.value()));
        return values;
    }

    /** Who entered the period's standing value and when, in words, or "" when none is entered. */
    String words(String indicatorCode, String period) {
        IndicatorEntry entry = entries.getOrDefault(indicatorCode, new TreeMap<>()).get(period);
        if (entry == null) {
            return "";
        }
        return "Entered by " + entry.enteredBy() + " on " + date(entry.enteredAt())
                + (entry.value() == null ? ": not available, " + entry.notAvailableReason() : "") + ".";
    }

    /** The override that stands for the period, or null. */
    StatusOverride override(String indicatorCode, String period) {
        return overrides.getOrDefault(indicatorCode, Map.of()).get(period);
    }

    static String date(Instant instant) {
        return DATE.format(instant.atZone(UK));
    }

    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(UK));
    }
}
