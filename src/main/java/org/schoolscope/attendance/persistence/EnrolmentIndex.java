package org.schoolscope.attendance.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.schoolscope.shared.AcademicYear;

/**
 * Every enrolment of one council in one academic year, numbered 0 to {@code size() - 1} so that a week's marks for
 * the whole council fit one array of ten bytes per enrolment. Each enrolment is also in a cell: its school's pupils
 * of the same year group and characteristics, the finest grouping the council's figures are summed from.
 */
public final class EnrolmentIndex {

    private final int laCode;
    private final AcademicYear year;
    private final int[] ids;
    private final int[] urns;
    private final Map<PupilKey, Integer> byPupil;
    private final int[] cellOf;
    private final List<Cell> cells = new ArrayList<>();

    /** A school's pupils of one year group with the same characteristics (null: not given), as stored. */
    public record Cell(int urn, String yearGroup, Boolean freeSchoolMeals, String senProvision,
            Boolean englishAdditionalLanguage, Boolean childInCare) {
    }

    /** The enrolments in id order, each with its school, key and cell (ids, urns and keys alike long). */
    EnrolmentIndex(int laCode, AcademicYear year, int[] ids, int[] urns, byte[][] keys, List<Cell> cellOfEach) {
        this.laCode = laCode;
        this.year = year;
        this.ids = ids;
        this.urns = urns;
        this.byPupil = new HashMap<>(ids.length * 2);
        this.cellOf = new int[ids.length];
        Map<Cell, Integer> numbered = new HashMap<>();
        for (int index = 0; index < ids.length; index++) {
            if (index > 0 && ids[index] <= ids[index - 1]) {
                throw new IllegalArgumentException("Enrolments are indexed in id order");
            }
            byPupil.put(new PupilKey(keys[index], urns[index]), index);
            cellOf[index] = numbered.computeIfAbsent(cellOfEach.get(index), cell -> {
                cells.add(cell);
                return cells.size() - 1;
            });
        }
    }

    public int laCode() {
        return laCode;
    }

    public AcademicYear year() {
        return year;
    }

    public int size() {
        return ids.length;
    }

    /** The lowest enrolment id of the index (ids are in order); 0 when it has none. */
    public int firstId() {
        return ids.length == 0 ? 0 : ids[0];
    }

    /** The highest enrolment id of the index; -1 when it has none, so that no id lies between the two. */
    public int lastId() {
        return ids.length == 0 ? -1 : ids[ids.length - 1];
    }

    public int id(int index) {
        return ids[index];
    }

    public int urn(int index) {
        return urns[index];
    }

    /** The number of the enrolment's cell, from 0 to {@code cells().size() - 1}. */
    public int cell(int index) {
        return cellOf[index];
    }

    /** The cells of the council's year, by number. */
    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    public OptionalInt indexOf(PupilKey pupil) {
        Integer index = byPupil.get(pupil);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public OptionalInt indexOfId(int id) {
        int index = Arrays.binarySearch(ids, id);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
