package org.schoolscope.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.schoolscope.shared.Urn;

/**
 * A school as the register knows it on one date: whether it was open, as what, and the evidence for each answer.
 *
 * @param status where it stood, with {@code statusEvidence} the evidence that decided it
 * @param name its name, or null where no file imported gives one (the school census names no school)
 * @param type its type as the newest evidence gives it, or null where none does
 * @param phase its phase, or null where nothing says or implies one; {@code phaseSource} says where it came from
 * @param district the council's district on the date, or null where the council maps none
 * @param successors URNs that took over from this school (an academy conversion, a merger), with the date
 * @param predecessors URNs this school took over from
 * @param conflicts evidence that disagrees with the answer given, in words, for the school's page
 */
public record SchoolOnDate(Urn urn, LocalDate on, SchoolStatus status, Evidence statusEvidence, Integer laCode,
        Integer laestab, String name, SchoolType type, PhaseOfEducation phase, String phaseSource, String trustName,
        String constituency, District district, List<SchoolLinked> successors, List<SchoolLinked> predecessors,
        List<String> conflicts) {

    public SchoolOnDate {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(status, "status");
        successors = List.copyOf(successors);
        predecessors = List.copyOf(predecessors);
        conflicts = List.copyOf(conflicts);
    }

    public boolean isOpen() {
        return status == SchoolStatus.OPEN;
    }

    /** Open on the date and of a kind the set holds. */
    public boolean isOpenIn(SchoolSet set) {
        return isOpen() && (set == SchoolSet.ALL || (type != null && set.includes(type.governance())));
    }

    public ResponsibleBody responsibleBody() {
        return type == null ? ResponsibleBody.UNKNOWN : type.governance().responsibleBody();
    }

    /** The name, or words saying there is none on record. */
    public String displayName() {
        return name != null ? name : "Name not in any imported file (URN " + urn.value() + ")";
    }

    /** GIAS's name for the type, or words saying what is known. */
    public String typeName() {
        return type == null ? "Type not known" : type.name();
    }

    public String phaseName() {
        return phase == null ? null : phase.giasName();
    }

    public SchoolOnDate withDistrict(District district) {
        return new SchoolOnDate(urn, on, status, statusEvidence, laCode, laestab, name, type, phase, phaseSource,
                trustName, constituency, district, successors, predecessors, conflicts);
    }
}
