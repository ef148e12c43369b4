package org.schoolscope.register.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.register.Evidence;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolStatus;
import org.schoolscope.register.SchoolType;
import org.schoolscope.shared.Urn;

/**
 * Builds every school's timeline from the evidence, applying the register's precedence (see {@link SchoolTimeline})
 * and the three rules that need more than one school's evidence:
 * <ul>
 * <li>a successor link closes its predecessor after its last day and opens the successor on its first, the two
 * days read from the link's two sides; an undated link closes the predecessor when the successor is first seen
 * open, else on the date of the links file;</li>
 * <li>a complete list that still names a predecessor after its successor took over (Ofsted's file as at 31 August
 * 2023 lists Hollywood Primary School, succeeded on 31 March 2023) is taken as listing the successor, and the
 * predecessor's page shows the conflict;</li>
 * <li>a school of a council a complete list covers, of a kind the list holds, open when the list was made but not in
 * it, is "not in" the list from its date.</li>
 * </ul>
 */
public final class SchoolTimelines {

    private static final LocalDate GIAS_UNKNOWN_DATE = LocalDate.of(1900, 1, 1);

    private final Map<Urn, SchoolTimeline> timelines = new LinkedHashMap<>();
    private final Map<Long, CompleteList> lists = new HashMap<>();
    private final Map<Urn, List<LinkEvidence>> linksFrom = new HashMap<>();

    private SchoolTimelines() {
    }

    public static SchoolTimelines of(Collection<Statement> statements, Collection<LinkEvidence> links,
            Collection<CompleteList> completeLists) {
        SchoolTimelines built = new SchoolTimelines();
        completeLists.forEach(list -> built.lists.put(list.id(), list));
        Map<Urn, List<Statement>> byUrn = new LinkedHashMap<>();
        statements.forEach(s -> byUrn.computeIfAbsent(s.urn(), u -> new java.util.ArrayList<>()).add(s));
        byUrn.forEach((urn, own) -> built.timelines.put(urn, new SchoolTimeline(urn, own)));
        built.timelines.values().forEach(built::addStatementEvents);
        for (LinkEvidence link : links) {
            built.linksFrom.computeIfAbsent(link.urn(), u -> new java.util.ArrayList<>()).add(link);
            SchoolTimeline timeline = built.timelines.get(link.urn());
            if (timeline != null) {
                timeline.addLink(link);
            }
            SchoolTimeline linked = built.timelines.get(link.linkedUrn());
            if (linked != null) {
                linked.nameFromLink(link.linkedName());
                if (link.isSuccessor() && link.isSplit()) {
                    linked.splitFrom(link.urn());
                }
            }
        }
        built.timelines.values().forEach(built::addTakeOvers);
        built.timelines.values().forEach(built::addSuccessions);
        built.transferStaleListings();
        built.timelines.values().forEach(built::addAbsences);
        built.timelines.values().forEach(SchoolTimelines::noteEvidenceAfterClosure);
        return built;
    }

    public Optional<SchoolTimeline> timeline(Urn urn) {
        return Optional.ofNullable(timelines.get(urn));
    }

    public Collection<SchoolTimeline> all() {
        return timelines.values();
    }

    /** Every school the evidence speaks of on the date, whatever its status. */
    public List<SchoolOnDate> on(LocalDate date) {
        return timelines.values().stream().map(t -> t.on(date)).flatMap(Optional::stream).toList();
    }

    private void addStatementEvents(SchoolTimeline timeline) {
        for (Statement s : timeline.statements()) {
            LocalDate opened = s.openDate() == null || s.openDate().equals(GIAS_UNKNOWN_DATE) ? null : s.openDate();
            if (opened != null) {
                timeline.add(event(StatusEvent.Kind.OPENED, opened, "Opened on " + Words.date(opened), s, null));
            }
            if (s.openFrom() != null && (opened == null || opened.isBefore(s.openFrom()))
                    && (s.closeDate() == null || !s.closeDate().isBefore(s.openFrom()))) {
                timeline.add(event(StatusEvent.Kind.PRESENT, s.openFrom(), "In the file of the schools of the year "
                        + "from " + Words.date(s.openFrom()) + " with no later open date", s, null));
            }
            if (s.closeDate() != null) {
                timeline.add(new StatusEvent(StatusEvent.Kind.CLOSED, s.closeDate().plusDays(1),
                        SchoolTimeline.evidence(s.closeDate(), "Closed on " + Words.date(s.closeDate()), s), null,
                        null));
            }
            String status = s.status() == null ? "" : s.status().trim().toLowerCase(Locale.ROOT);
            if (status.startsWith("open")) {
                timeline.add(event(StatusEvent.Kind.STATUS_OPEN, s.asAt(), "Status '" + s.status().trim() + "' as at "
                        + Words.date(s.asAt()), s, null));
            } else if (status.startsWith("proposed to open")) {
                timeline.add(event(StatusEvent.Kind.PROPOSED, s.asAt(), "Status '" + s.status().trim() + "' as at "
                        + Words.date(s.asAt()), s, null));
            } else if (status.startsWith("closed") && s.closeDate() == null) {
                timeline.add(event(StatusEvent.Kind.CLOSED, s.asAt(), "Status 'Closed' as at "
                        + Words.date(s.asAt()) + ", with no close date", s, null));
            }
            if (s.listId() != null && lists.containsKey(s.listId())) {
                CompleteList list = lists.get(s.listId());
                timeline.add(new StatusEvent(StatusEvent.Kind.LISTED, list.asAt(), new Evidence(list.asAt(),
                        "Listed in " + list.title() + " as at " + Words.date(list.asAt()), s.sourceFile(),
                        s.importId()), list.id(), null));
            }
        }
    }

    private void addSuccessions(SchoolTimeline timeline) {
        for (LinkEvidence link : timeline.successorLinks()) {
            if (link.isSplit()) {
                continue;
            }
            Optional<Changeover> changeover = changeover(link.urn(), link.linkedUrn());
            LocalDate effective = changeover.map(c -> c.lastDay().plusDays(1)).orElseGet(() -> undatedSuccession(link));
            String name = link.linkedName() == null ? "" : " (" + link.linkedName().trim() + ")";
            String words = "Succeeded by " + link.linkedUrn().value() + name + changeover
                    .map(c -> " on " + Words.date(c.lastDay()))
                    .orElse(", the link undated; counted from " + Words.date(effective));
            timeline.add(new StatusEvent(StatusEvent.Kind.SUCCEEDED, effective, new Evidence(
                    changeover.map(Changeover::lastDay).orElse(effective), words, link.sourceFile(),
                    link.importId()), null, null));
        }
    }

    /** A successor opens on the first day of its changeover from its predecessor. */
    private void addTakeOvers(SchoolTimeline timeline) {
        for (LinkEvidence link : timeline.predecessorLinks()) {
            changeover(link.linkedUrn(), link.urn()).ifPresent(changeover -> timeline.add(new StatusEvent(
                    StatusEvent.Kind.OPENED, changeover.firstDay(), new Evidence(changeover.firstDay(),
                            "Opened on " + Words.date(changeover.firstDay()) + ", taking over from "
                                    + link.linkedUrn().value() + (link.linkedName() == null ? ""
                                            : " (" + link.linkedName().trim() + ")"),
                            link.sourceFile(), link.importId()), null, null)));
        }
    }

    /**
     * The predecessor's last day and the successor's first. GIAS dates the two sides of a link a day apart, but not
     * always the same way round (31-03-2021 and 01-04-2021 for Abbey Catholic Primary School; 01-04-2024 and
     * 31-03-2024 for George Dixon Primary School), so the earlier date is the last day and the later the first; one
     * date alone, or both the same, is the last day.
     */
    private Optional<Changeover> changeover(Urn predecessor, Urn successor) {
        LocalDate fromPredecessor = linkDate(predecessor, successor, true);
        LocalDate fromSuccessor = linkDate(successor, predecessor, false);
        if (fromPredecessor == null && fromSuccessor == null) {
            return Optional.empty();
        }
        LocalDate one = fromPredecessor != null ? fromPredecessor : fromSuccessor;
        LocalDate other = fromSuccessor != null ? fromSuccessor : fromPredecessor;
        LocalDate last = one.isBefore(other) ? one : other;
        LocalDate first = one.isBefore(other) ? other : one;
        return Optional.of(new Changeover(last, first.isAfter(last) ? first : last.plusDays(1)));
    }

    private LocalDate linkDate(Urn from, Urn to, boolean successorLink) {
        return linksFrom.getOrDefault(from, List.of()).stream()
                .filter(l -> (successorLink ? l.isSuccessor() : l.isPredecessor()) && l.linkedUrn().equals(to)
                        && l.establishedOn() != null)
                .map(LinkEvidence::establishedOn).findFirst().orElse(null);
    }

    private record Changeover(LocalDate lastDay, LocalDate firstDay) {
    }

    /** An undated successor link closes its school when the successor is first seen open, else at the file's date. */
    private LocalDate undatedSuccession(LinkEvidence link) {
        SchoolTimeline successor = timelines.get(link.linkedUrn());
        if (successor != null) {
            Optional<LocalDate> firstOpen = successor.events().stream().filter(e -> e.kind().opens())
                    .map(StatusEvent::effective).min(Comparator.naturalOrder());
            if (firstOpen.isPresent()) {
                return firstOpen.get();
            }
        }
        return link.fileAsAt();
    }

    private void transferStaleListings() {
        for (SchoolTimeline predecessor : List.copyOf(timelines.values())) {
            Optional<StatusEvent> closure = predecessor.closure();
            if (closure.isEmpty()) {
                continue;
            }
            for (StatusEvent listing : List.copyOf(predecessor.events())) {
                if (listing.kind() != StatusEvent.Kind.LISTED || listing.via() != null
                        || listing.effective().isBefore(closure.get().effective())) {
                    continue;
                }
                CompleteList list = lists.get(listing.listId());
                List<LinkEvidence> successors = predecessor.successorLinks().stream().filter(l -> !l.isSplit())
                        .toList();
                if (closure.get().kind() != StatusEvent.Kind.SUCCEEDED || successors.isEmpty()) {
                    continue;
                }
                for (LinkEvidence link : successors) {
                    SchoolTimeline successor = timelines.computeIfAbsent(link.linkedUrn(), this::linkedOnly);
                    successor.nameFromLink(link.linkedName());
                    successor.inheritLaCode(predecessor.laCodeOn(list.asAt()));
                    if (!successor.isListedIn(list.id())) {
                        successor.addStatement(listedUnderPredecessor(predecessor, successor, list));
                        successor.add(new StatusEvent(StatusEvent.Kind.LISTED, list.asAt(), new Evidence(list.asAt(),
                                "Listed in " + list.title() + " as at " + Words.date(list.asAt())
                                        + " under its predecessor's URN " + predecessor.urn().value(),
                                listing.evidence().sourceFile(), listing.evidence().importId()), list.id(),
                                predecessor.urn()));
                    }
                    predecessor.passOnListing(list.id());
                    predecessor.addConflict(list.title() + " as at " + Words.date(list.asAt()) + " still lists this"
                            + " school after it was " + lower(closure.get().evidence().words())
                            + "; the listing is counted as its successor " + link.linkedUrn().value() + "'s");
                }
            }
        }
    }

    /**
     * What a listing under a predecessor's URN says of the successor: of the list's council, state-funded or
     * independent as the predecessor was (its exact type may have changed: an academy converts from a maintained
     * school), of the predecessor's phase. Its name is the link's.
     */
    private static Statement listedUnderPredecessor(SchoolTimeline predecessor, SchoolTimeline successor,
            CompleteList list) {
        Optional<SchoolOnDate> then = predecessor.on(list.asAt().minusDays(1)).or(() -> predecessor.on(list.asAt()));
        String kind = then.map(SchoolOnDate::type).map(t -> switch (t.governance()) {
            case LOCAL_AUTHORITY_MAINTAINED, ACADEMY_OR_FREE_SCHOOL, STATE_FUNDED -> "State-funded school";
            case INDEPENDENT -> "Independent schools";
            case NON_MAINTAINED_SPECIAL -> "Special schools";
            case FURTHER_EDUCATION -> "Colleges";
            case OTHER -> "Other types";
        }).orElse(null);
        return new Statement(successor.urn(), list.asAt(), null, null, predecessor.laCodeOn(list.asAt()), null, null,
                kind, null, null, then.map(SchoolOnDate::phaseName).orElse(null), null, null, null, null, null, null,
                list.sourceFile(), list.importId());
    }

    /** A school known only from GIAS's links, which a listing under its predecessor's URN puts on the register. */
    private SchoolTimeline linkedOnly(Urn urn) {
        SchoolTimeline timeline = new SchoolTimeline(urn, List.of());
        linksFrom.getOrDefault(urn, List.of()).forEach(timeline::addLink);
        addTakeOvers(timeline);
        return timeline;
    }

    private void addAbsences(SchoolTimeline timeline) {
        List<CompleteList> chronological = lists.values().stream().sorted(Comparator.comparing(CompleteList::asAt))
                .toList();
        for (CompleteList list : chronological) {
            if (timeline.isListedIn(list.id()) || !list.covers(timeline.laCodeOn(list.asAt()))) {
                continue;
            }
            Optional<SchoolOnDate> then = timeline.on(list.asAt());
            Optional<SchoolType> type = timeline.typeOn(list.asAt());
            if (then.isPresent() && then.get().status() == SchoolStatus.OPEN && type.isPresent()
                    && list.scope().holds(type.get().governance())) {
                timeline.add(new StatusEvent(StatusEvent.Kind.NOT_LISTED, list.asAt(), new Evidence(list.asAt(),
                        "Not in " + list.title() + " as at " + Words.date(list.asAt()), list.sourceFile(),
                        list.importId()), list.id(), null));
            }
        }
    }

    /** Evidence of the school open after the day it closed, and close dates that disagree, for its page. */
    private static void noteEvidenceAfterClosure(SchoolTimeline timeline) {
        Optional<StatusEvent> closure = timeline.closure();
        if (closure.isEmpty()) {
            return;
        }
        StatusEvent closed = closure.get();
        for (StatusEvent event : timeline.events()) {
            if (event.kind().opens() && event.via() == null && !timeline.passedOn(event)
                    && event.effective().isAfter(closed.effective())) {
                timeline.addConflict(event.evidence().words() + " (" + event.evidence().sourceFile() + "), after it "
                        + "closed: " + lower(closed.evidence().words()) + " (" + closed.evidence().sourceFile() + ")");
            } else if (event.kind().closes() && event != closed && !event.effective().equals(closed.effective())) {
                timeline.addConflict(event.evidence().words() + " (" + event.evidence().sourceFile() + "), but the "
                        + "earlier " + lower(closed.evidence().words()) + " (" + closed.evidence().sourceFile()
                        + ") is the one counted");
            }
        }
    }

    private static String lower(String words) {
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    private static StatusEvent event(StatusEvent.Kind kind, LocalDate day, String words, Statement s, Long listId) {
        return new StatusEvent(kind, day, SchoolTimeline.evidence(day, words, s), listId, null);
    }
}
