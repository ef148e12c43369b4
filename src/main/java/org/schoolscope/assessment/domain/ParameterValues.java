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
            if (parameter instanceof Parameter.Fixed) {
                double[] values = new double[table.size()];
                Arrays.fill(values, ((Parameter.Fixed) parameter).value());
                columns.put(parameter.name(),
                        new Column(values, new int[table.size()], new String[] {"$" + parameter.name()}));
            } else {
                columns.put(parameter.name(), percentile((Parameter.Percentile) parameter, table));
            }
        }
        return columns;
    }

    private static Column percentile(Parameter.Percentile parameter, FactTable table) {
        double[] figures = table.numberColumn(parameter.measure());
        Map<String, Integer> groups = new LinkedHashMap<>();
        int[] groupOfSchool = new int[table.size()];
        List<List<Double>> members = new ArrayList<>();
        for (int school = 0; school < table.size(); school++) {
            String key = groupName(parameter, table.school(school));
            Integer group = groups.get(key);
            if (group == null) {
                group = groups.size();
                groups.put(key, group);
                members.add(new ArrayList<>());
            }
            groupOfSchool[school] = group;
            if (!Double.isNaN(figures[school])) {
                members.get(group).add(figures[school]);
            }
        }
        double[] groupValues = new double[groups.size()];
        String[] descriptions = new String[groups.size()];
        for (Map.Entry<String, Integer> group : groups.entrySet()) {
            List<Double> values = members.get(group.getValue());
            groupValues[group.getValue()] = interpolated(values, parameter.percentile());
            descriptions[group.getValue()] = "$" + parameter.name() + " (the " + ordinal(parameter.percentile())
                    + " percentile of " + parameter.measure() + " across " + values.size() + " " + group.getKey()
                    + ")";
        }
        double[] values = new double[table.size()];
        for (int school = 0; school < table.size(); school++) {
            values[school] = groupValues[groupOfSchool[school]];
        }
        return new Column(values, groupOfSchool, descriptions);
    }

    /**
     * Linear interpolation between closest ranks, as Excel's PERCENTILE.INC does, so a council can check a threshold
     * in the spreadsheet it already uses. No figures, no threshold (NaN): the rule cannot be checked.
     */
    static double interpolated(List<Double> values, double percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double rank = percentile / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    private static String groupName(Parameter.Percentile parameter, SchoolFactSheet school) {
        StringBuilder name = new StringBuilder();
        if (parameter.groupedBy().contains(Parameter.Grouping.PHASE)) {
            name.append(school.phase()).append(' ');
        }
        name.append("schools");
        if (parameter.groupedBy().contains(Parameter.Grouping.LOCAL_AUTHORITY)) {
            name.append(" in local authority ").append(school.laCode());
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
