package org.schoolscope.attendance.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.schoolscope.shared.AcademicYear;

/**
 * Every enrolment of one council in one academic year, numbered 0 to {@code size() - 1} so that a week's marks for
 * the whole council fit one array of ten bytes per enrolment.
 */
public final class EnrolmentIndex {

    private final int laCode;
    private final AcademicYear year;
    private final int[] ids;
    private final int[] urns;
    private final Map<PupilKey, Integer> byPupil;
    private final Map<Integer, Integer> byId;

    EnrolmentIndex(int laCode, AcademicYear year, int[] ids, int[] urns, byte[][] keys) {
        this.laCode = laCode;
        this.year = year;
        this.ids = ids;
        this.urns = urns;
        this.byPupil = new HashMap<>(ids.length * 2);
        this.byId = new HashMap<>(ids.length * 2);
        for (int index = 0; index < ids.length; index++) {
            byPupil.put(new PupilKey(keys[index], urns[index]), index);
            byId.put(ids[index], index);
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

    public int id(int index) {
        return ids[index];
    }

    public int urn(int index) {
        return urns[index];
    }

    public OptionalInt indexOf(PupilKey pupil) {
        Integer index = byPupil.get(pupil);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public OptionalInt indexOfId(int id) {
        Integer index = byId.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }
}
