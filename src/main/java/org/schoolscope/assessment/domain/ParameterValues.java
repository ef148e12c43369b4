package org.schoolscope.assessment.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each parameter's value for each school, computed once per evaluation: a fixed threshold is the same for all; a
 * percentile is computed within each group of schools (a phase, a council) from the figures that are available.
 */
final class ParameterValues {

    /** A parameter's value per school, and for each school a description of what it was compared with. */
    record Column(double[] values, int[] groupOfSchool, String[] groupDescriptions) {

        String description(int school) {
            return groupDescriptions[groupOfSchool[school]];
        }
    }

    private ParameterValues() {
    }

    static Map<String, Column> compute(List<Parameter> parameters, FactTable table) {
        Map<String, Column> columns = new HashMap<>();
        for (Parameter parameter : parameters) {
            columns.put(parameter.name(), table.parameterColumn(parameter, definition -> column(definition, table)));
        }
        return columns;
    }

    private static Column column(Parameter parameter, FactTable table) {
        if (parameter instanceof Parameter.Fixed) {
            double[] values = new double[table.size()];
            Arrays.fill(values, ((Parameter.Fixed) parameter).value());
            return new Column(values, new int[table.size()], new String[] {PlainWords.threshold(parameter.name())});
        }
        return percentile((Parameter.Percentile) parameter, table);
    }

    private static Column percentile(Parameter.Percentile parameter, FactTable table) {
        double[] figures = table.numberColumn(parameter.measure());
        // Groups are numbered by a long key (phase number, council code) so that 22,000 schools need no strings.
        Map<Long, Integer> groups = new LinkedHashMap<>();
        List<SchoolFactSheet> firstOfGroup = new ArrayList<>();
        int[] groupOfSchool = new int[table.size()];
        boolean byPhase = parameter.groupedBy().contains(Parameter.Grouping.PHASE);
        boolean byCouncil = parameter.groupedBy().contains(Parameter.Grouping.LOCAL_AUTHORITY);
        for (int school = 0; school < table.size(); school++) {
            long key = ((byPhase ? table.phaseNumber(school) : 0L) << 32)
                    | (byCouncil ? table.school(school).laCode() & 0xffffffffL : 0L);
            Integer group = groups.get(key);
            if (group == null) {
                group = groups.size();
                groups.put(key, group);
                firstOfGroup.add(table.school(school));
            }
            groupOfSchool[school] = group;
        }
        double[][] members = membersByGroup(figures, groupOfSchool, groups.size());
        double[] groupValues = new double[groups.size()];
        String[] descriptions = new String[groups.size()];
        for (int group = 0; group < groups.size(); group++) {
            groupValues[group] = interpolated(members[group], parameter.percentile());
            descriptions[group] = PlainWords.threshold(parameter.name()) + " (the " + ordinal(parameter.percentile())
                    + " percentile across " + groupName(parameter, firstOfGroup.get(group), members[group].length)
                    + ")";
        }
        double[] values = new double[table.size()];
        for (int school = 0; school < table.size(); school++) {
            values[school] = groupValues[groupOfSchool[school]];
        }
        return new Column(values, groupOfSchool, descriptions);
    }

    /** Each group's available figures, sorted. */
    private static double[][] membersByGroup(double[] figures, int[] groupOfSchool, int groupCount) {
        int[] counts = new int[groupCount];
        for (int school = 0; school < figures.length; school++) {
            if (!Double.isNaN(figures[school])) {
                counts[groupOfSchool[school]]++;
            }
        }
        double[][] members = new double[groupCount][];
        for (int group = 0; group < groupCount; group++) {
            members[group] = new double[counts[group]];
        }
        int[] filled = new int[groupCount];
        for (int school = 0; school < figures.length; school++) {
            if (!Double.isNaN(figures[school])) {
                int group = groupOfSchool[school];
                members[group][filled[group]++] = figures[school];
            }
        }
        for (double[] group : members) {
            Arrays.sort(group);
        }
        return members;
    }

    /**
     * Linear interpolation between closest ranks, as Excel's PERCENTILE.INC does, so a council can check a threshold
     * in the spreadsheet it already uses. No figures, no threshold (NaN): the rule cannot be checked.
     */
    static double interpolated(double[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = percentile / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /** "12 primary schools", "14 schools with no phase recorded", "the council's 40 secondary schools". */
    private static String groupName(Parameter.Percentile parameter, SchoolFactSheet school, int count) {
        StringBuilder name = new StringBuilder();
        if (parameter.groupedBy().contains(Parameter.Grouping.LOCAL_AUTHORITY)) {
            name.append("the council's ");
        }
        name.append(count).append(' ');
        String phase = school.phase();
        boolean byPhase = parameter.groupedBy().contains(Parameter.Grouping.PHASE);
        boolean phaseKnown = phase != null && !phase.isBlank() && !phase.equalsIgnoreCase("Not recorded");
        if (byPhase && phaseKnown) {
            name.append(phase.toLowerCase(java.util.Locale.ROOT)).append(' ');
        }
        name.append(count == 1 ? "school" : "schools");
        if (byPhase && !phaseKnown) {
            name.append(" with no phase recorded");
        }
        return name.toString();
    }

    private static String ordinal(double percentile) {
        String number = Observed.formatNumber(percentile);
        if (number.endsWith("1") && !number.endsWith("11")) {
            return number + "st";
        }
        if (number.endsWith("2") && !number.endsWith("12")) {
            return number + "nd";
        }
        if (number.endsWith("3") && !number.endsWith("13")) {
            return number + "rd";
        }
        return number + "th";
    }
}
