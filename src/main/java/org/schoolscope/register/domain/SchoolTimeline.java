package org.schoolscope.register.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.schoolscope.register.EstablishmentType;
import org.schoolscope.register.Evidence;
import org.schoolscope.register.PhaseOfEducation;
import org.schoolscope.register.SchoolLinked;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolStatus;
import org.schoolscope.register.SchoolType;
import org.schoolscope.shared.Urn;

/**
 * One school's evidence over time, and what it says on any date. The register's precedence, in words:
 * <ol>
 * <li>A close date (GIAS, the spine) closes a school from the next day, and so does a successor's link (the
 * predecessor's last day); the earliest such date counts. A URN never reopens (GIAS gives a reopened school a new
 * URN), so evidence of the school after that date is shown as a conflict, not taken as reopening it.</li>
 * <li>Otherwise the newest dated evidence on or before the date decides: an open date, a GIAS status, being in a
 * file of an academic year's schools (open from the year's first day), being in a complete list as at its date
 * (open then), or being missing from a later complete list of the council's schools of its kind ("not in ... as at
 * ...": closed, or no longer of that kind).</li>
 * <li>A school with no evidence on or before the date is not on the register that day.</li>
 * <li>Name, type, phase, council and district come from the newest evidence on or before the date that gives them
 * (else the earliest after it). A type that names only who runs a school (the census's "State-funded primary")
 * keeps the newest exact type that agrees with it. A phase comes from a file's phase words (GIAS, Ofsted, the
 * census's school type), else from the type (special schools and pupil referral units have none), else from the
 * statutory ages, and says which.</li>
 * </ol>
 */
public final class SchoolTimeline {

    private static final Comparator<Statement> NEWEST_LAST = Comparator.comparing(Statement::factsFrom)
            .thenComparing(Statement::asAt).thenComparingLong(Statement::importId);

    private final Urn urn;
    private List<Statement> statements;
    private final List<LinkEvidence> successorLinks = new ArrayList<>();
    private final List<LinkEvidence> predecessorLinks = new ArrayList<>();
    private final List<StatusEvent> events = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final java.util.Set<Long> passedOnListings = new java.util.HashSet<>();
    private final java.util.Set<Urn> splitFrom = new java.util.HashSet<>();
    private String linkName;
    private Integer inheritedLaCode;

    SchoolTimeline(Urn urn, List<Statement> statements) {
        this.urn = urn;
        this.statements = statements.stream().sorted(NEWEST_LAST).toList();
    }

    public Urn urn() {
        return urn;
    }

    public List<Statement> statements() {
        return statements;
    }

    /** A statement the register derives (a listing under a predecessor's URN), kept in date order. */
    void addStatement(Statement statement) {
        List<Statement> more = new ArrayList<>(statements);
        more.add(statement);
        statements = more.stream().sorted(NEWEST_LAST).toList();
    }

    void addLink(LinkEvidence link) {
        if (link.isSuccessor()) {
            successorLinks.add(link);
        } else if (link.isPredecessor()) {
            predecessorLinks.add(link);
        }
    }

    void add(StatusEvent event) {
        events.add(event);
    }

    void addConflict(String conflict) {
        if (!conflicts.contains(conflict)) {
            conflicts.add(conflict);
        }
    }

    /** A listing after closure taken as the successor's: its conflict is told once, by the transfer. */
    void passOnListing(long listId) {
        passedOnListings.add(listId);
    }

    boolean passedOn(StatusEvent event) {
        return event.listId() != null && passedOnListings.contains(event.listId());
    }

    /** GIAS marks a split on the old school's side only; the new school's "Predecessor" link is marked from it. */
    void splitFrom(Urn predecessor) {
        splitFrom.add(predecessor);
    }

    void nameFromLink(String name) {
        if (linkName == null && name != null && !name.isBlank()) {
            linkName = name.trim();
        }
    }

    void inheritLaCode(Integer laCode) {
        if (inheritedLaCode == null) {
            inheritedLaCode = laCode;
        }
    }

    List<LinkEvidence> successorLinks() {
        return successorLinks;
    }

    List<LinkEvidence> predecessorLinks() {
        return predecessorLinks;
    }

    List<StatusEvent> events() {
        return events;
    }

    public List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    /** The earliest closing event, if any: the school is closed from its effective day. */
    Optional<StatusEvent> closure() {
        return events.stream().filter(e -> e.kind().closes()).min(Comparator.comparing(StatusEvent::effective));
    }

    boolean isListedIn(long listId) {
        return events.stream().anyMatch(e -> e.kind() == StatusEvent.Kind.LISTED && e.listId() == listId);
    }

    /** The school on the date, or empty when no evidence speaks of it on or before then. */
    public Optional<SchoolOnDate> on(LocalDate date) {
        Optional<StatusEvent> decisive = decisiveEvent(date);
        if (decisive.isEmpty()) {
            return Optional.empty();
        }
        StatusEvent event = decisive.get();
        SchoolStatus status = switch (event.kind()) {
            case CLOSED, SUCCEEDED -> SchoolStatus.CLOSED;
            case NOT_LISTED -> SchoolStatus.NOT_LISTED;
            case PROPOSED -> SchoolStatus.PROPOSED;
            case PRESENT, OPENED, STATUS_OPEN, LISTED -> SchoolStatus.OPEN;
        };
        Optional<SchoolType> type = typeOn(date);
        Optional<PhaseWithSource> phase = phaseOn(date, type.orElse(null));
        return Optional.of(new SchoolOnDate(urn, date, status, event.evidence(), laCodeOn(date), fact(date,
                Statement::laestab), nameOn(date), type.orElse(null), phase.map(PhaseWithSource::phase).orElse(null),
                phase.map(PhaseWithSource::source).orElse(null), fact(date, Statement::trustName),
                fact(date, Statement::constituency), null, linked(successorLinks), linked(predecessorLinks),
                conflicts));
    }

    Optional<StatusEvent> decisiveEvent(LocalDate date) {
        Optional<StatusEvent> closure = closure().filter(e -> !e.effective().isAfter(date));
        if (closure.isPresent()) {
            return closure;
        }
        return events.stream().filter(e -> !e.kind().closes() && !e.effective().isAfter(date))
                .max(Comparator.comparing(StatusEvent::effective).thenComparing(StatusEvent::kind));
    }

    /** Every day the answer may change: each event's first day. */
    public TreeSet<LocalDate> turningPoints() {
        TreeSet<LocalDate> days = new TreeSet<>();
        events.forEach(e -> days.add(e.effective()));
        statements.forEach(s -> days.add(s.factsFrom()));
        return days;
    }

    Integer laCodeOn(LocalDate date) {
        Integer laCode = fact(date, Statement::laCode);
        return laCode != null ? laCode : inheritedLaCode;
    }

    private String nameOn(LocalDate date) {
        String name = fact(date, Statement::name);
        return name != null ? name : linkName;
    }

    /** The newest non-null value on or before the date, else the earliest after it. */
    private <T> T fact(LocalDate date, Function<Statement, T> field) {
        T before = null;
        for (Statement statement : statements) {
            T value = field.apply(statement);
            if (value == null || (value instanceof String text && text.isBlank())) {
                continue;
            }
            if (!statement.factsFrom().isAfter(date)) {
                before = value;
            } else if (before == null) {
                return value;
            }
        }
        return before;
    }

    Optional<SchoolType> typeOn(LocalDate date) {
        List<SchoolType> ordered = inPrecedence(date, s -> TypeVocabulary.read(s.establishmentType(), s.typeGroup()));
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        SchoolType newest = ordered.get(0);
        if (newest.isExact()) {
            return Optional.of(newest);
        }
        return Optional.of(ordered.stream().filter(SchoolType::isExact)
                .filter(exact -> newest.governance().admits(exact.governance())).findFirst().orElse(newest));
    }

    private Optional<PhaseWithSource> phaseOn(LocalDate date, SchoolType type) {
        List<PhaseWithSource> named = inPrecedence(date, s -> PhaseVocabulary.read(s.phase())
                .map(p -> new PhaseWithSource(p, "phase '" + s.phase().trim() + "' in " + s.sourceFile()))
                .or(() -> PhaseVocabulary.read(s.establishmentType()).map(p -> new PhaseWithSource(p,
                        "school type '" + s.establishmentType().trim() + "' in " + s.sourceFile()))));
        if (!named.isEmpty()) {
            return Optional.of(named.get(0));
        }
        Optional<PhaseWithSource> fromType = Optional.ofNullable(type).map(SchoolType::establishmentType)
                .flatMap(SchoolTimeline::phaseOfType);
        if (fromType.isPresent()) {
            return fromType;
        }
        return inPrecedence(date, s -> PhaseFromAges.infer(s.statutoryLowAge(), s.statutoryHighAge())
                .map(p -> new PhaseWithSource(p, "statutory ages " + s.statutoryLowAge() + " to "
                        + s.statutoryHighAge() + " in " + s.sourceFile()))).stream().findFirst();
    }

    private static Optional<PhaseWithSource> phaseOfType(EstablishmentType type) {
        if (type.isSpecialOrAlternativeProvision()) {
            return Optional.of(new PhaseWithSource(PhaseOfEducation.NOT_APPLICABLE,
                    "type " + type.giasName() + ", which has no phase of its own"));
        }
        return switch (type) {
            case LOCAL_AUTHORITY_NURSERY_SCHOOL -> Optional.of(new PhaseWithSource(PhaseOfEducation.NURSERY,
                    "type " + type.giasName()));
            case FURTHER_EDUCATION, SIXTH_FORM_CENTRES, ACADEMY_16_19_CONVERTER, ACADEMY_16_TO_19_SPONSOR_LED,
                    FREE_SCHOOLS_16_TO_19 -> Optional.of(new PhaseWithSource(PhaseOfEducation.SIXTEEN_PLUS,
                            "type " + type.giasName()));
            default -> Optional.empty();
        };
    }

    /** The values statements give, newest first among those on or before the date, then the earliest after it. */
    private <T> List<T> inPrecedence(LocalDate date, Function<Statement, Optional<T>> reading) {
        List<T> before = new ArrayList<>();
        List<T> after = new ArrayList<>();
        for (Statement statement : statements) {
            reading.apply(statement).ifPresent(value -> (statement.factsFrom().isAfter(date) ? after : before)
                    .add(value));
        }
        java.util.Collections.reverse(before);
        before.addAll(after);
        return before;
    }

    private List<SchoolLinked> linked(List<LinkEvidence> links) {
        return links.stream().map(l -> new SchoolLinked(l.linkedUrn(), l.linkedName(), l.linkType(),
                l.establishedOn(), l.isSplit() || splitFrom.contains(l.linkedUrn()))).toList();
    }

    private record PhaseWithSource(PhaseOfEducation phase, String source) {

        PhaseWithSource {
            Objects.requireNonNull(phase);
        }
    }

    static Evidence evidence(LocalDate date, String words, Statement statement) {
        return new Evidence(date, words, statement.sourceFile(), statement.importId());
    }
}
