package org.schoolscope.attendance;

import java.util.Comparator;
import org.schoolscope.attendance.domain.Phase;
import org.schoolscope.attendance.domain.SenProvision;
import org.schoolscope.attendance.persistence.AnalysisQuery.Dimension;

/** What a group is called on a page, and the order groups are listed in. */
final class GroupLabels {

    private GroupLabels() {
    }

    static String label(Dimension dimension, String key) {
        return switch (dimension) {
            case COUNCIL -> "All pupils";
            case SCHOOL, DISTRICT -> key;
            case PHASE -> Phase.valueOf(key).label();
            case YEAR_GROUP -> yearGroup(key);
            case FREE_SCHOOL_MEALS -> flag(key, "Eligible for free school meals", "Not eligible for free school meals",
                    "Free school meals not given");
            case SEN_PROVISION -> key.isEmpty() ? "SEN provision not given" : SenProvision.valueOf(key).label();
            case ENGLISH_ADDITIONAL_LANGUAGE -> flag(key, "English as an additional language",
                    "English as first language", "First language not given");
            case CHILD_IN_CARE -> flag(key, "In care", "Not in care", "Care not given");
        };
    }

    static String yearGroup(String key) {
        return switch (key) {
            case "R" -> "Reception";
            case "N1" -> "Nursery 1";
            case "N2" -> "Nursery 2";
            default -> "Year " + key;
        };
    }

    /** Nursery, Reception, then Years 1 to 14. */
    static final Comparator<String> YEAR_GROUP_ORDER = Comparator.comparingInt(GroupLabels::yearGroupRank);

    private static int yearGroupRank(String key) {
        return switch (key) {
            case "N1" -> -2;
            case "N2" -> -1;
            case "R" -> 0;
            default -> {
                try {
                    yield Integer.parseInt(key);
                } catch (NumberFormatException other) {
                    yield 99;
                }
            }
        };
    }

    private static String flag(String key, String yes, String no, String notGiven) {
        return switch (key) {
            case "t", "true" -> yes;
            case "f", "false" -> no;
            default -> notGiven;
        };
    }
}
