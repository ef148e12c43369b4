package org.schoolscope.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schoolscope.assessment.FactsAsAt;
import org.schoolscope.assessment.SchoolFactSource;
import org.schoolscope.assessment.SourcedFact;
import org.schoolscope.assessment.SourcedFactDefinition;
import org.schoolscope.assessment.SourcedFacts;
import org.schoolscope.casework.domain.CaseCategory;
import org.schoolscope.casework.domain.CaseFile;
import org.schoolscope.casework.domain.CaseKind;
import org.schoolscope.casework.persistence.CaseStore;
import org.schoolscope.casework.persistence.CaseworkSchools;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.web.CouncilProperties;
import org.springframework.stereotype.Component;

/**
 * What casework tells the rules about each of the council's state-funded schools, as logged by a run's moment: whether
 * a leadership, safeguarding or governance case about the school is open on the run's day. The source names the case's
 * reference, kind and dates: never who raised it or what they said.
 */
@Component
public class CaseworkFacts implements SchoolFactSource {

    public static final String OPEN_LEADERSHIP_CASE = "casework.open_leadership_case";
    public static final String OPEN_SAFEGUARDING_CASE = "casework.open_safeguarding_case";
    public static final String OPEN_GOVERNANCE_CASE = "casework.open_governance_case";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, CaseCategory> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put(OPEN_LEADERSHIP_CASE, CaseCategory.LEADERSHIP);
        FACTS.put(OPEN_SAFEGUARDING_CASE, CaseCategory.SAFEGUARDING);
        FACTS.put(OPEN_GOVERNANCE_CASE, CaseCategory.GOVERNANCE);
    }

    private final CaseStore store;
    private final CaseworkSchools schools;
    private final CouncilProperties council;

    CaseworkFacts(CaseStore store, CaseworkSchools schools, CouncilProperties council) {
        this.store = store;
        this.schools = schools;
        this.council = council;
    }

    @Override
    public List<SourcedFactDefinition> definitions() {
        return List.of(
                SourcedFactDefinition.flag(OPEN_LEADERSHIP_CASE,
                        "A complaint or whistleblowing case about the school's leadership is open"),
                SourcedFactDefinition.flag(OPEN_SAFEGUARDING_CASE,
                        "A complaint or whistleblowing case about safeguarding at the school is open"),
                SourcedFactDefinition.flag(OPEN_GOVERNANCE_CASE,
                        "A complaint or whistleblowing case about the school's governance is open"));
    }

    @Override
    public SourcedFacts read(FactsAsAt asAt) {
        LaCode la = council.la();
        if (asAt.laCode() != null && !asAt.laCode().equals(la)) {
            return SourcedFacts.none();
        }
        LocalDate day = asAt.day();
        AcademicYear year = AcademicYear.containing(day);
        Map<Urn, Map<CaseCategory, CaseFile>> open = new HashMap<>();
        for (CaseFile file : store.loggedBy(asAt.moment())) {
            if (file.openOn(day)) {
                for (Urn urn : file.schools()) {
                    open.computeIfAbsent(urn, school -> new HashMap<>()).merge(file.category(), file,
                            (earlier, later) -> earlier.receivedOn().isAfter(later.receivedOn()) ? later : earlier);
                }
            }
        }
        Map<Urn, List<SourcedFact>> bySchool = new LinkedHashMap<>();
        for (RegisteredSchool school : schools.councilSchools(la, day)) {
            List<SourcedFact> facts = new ArrayList<>();
            Map<CaseCategory, CaseFile> cases = open.getOrDefault(school.urn(), Map.of());
            FACTS.forEach((name, category) -> {
                CaseFile file = cases.get(category);
                facts.add(file == null
                        ? SourcedFact.flag(name, false, year, "casework: no " + category.name().toLowerCase()
                                + " case about this school open on " + DAY.format(day))
                        : SourcedFact.flag(name, true, AcademicYear.containing(file.receivedOn()), "casework: "
                                + (file.kind() == CaseKind.WHISTLEBLOWING ? "whistleblowing case " : "complaint ")
                                + file.reference() + ", received " + DAY.format(file.receivedOn()) + ", open on "
                                + DAY.format(day)));
            });
            bySchool.put(school.urn(), facts);
        }
        return new SourcedFacts(bySchool, List.of());
    }
}
