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
import org.schoolscope.register.ListScope;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolStatus;
import org.schoolscope.register.SchoolType;
import org.schoolscope.shared.Urn;

/**
 * Builds every school's timeline from the evidence, applying the register's precedence (see {@link SchoolTimeline})
 * and the three rules that need more than one school's evidence:
 * <ul>
 * <li>a successor opens on the day its predecessor link gives;</li>
 * <li>a successor's link closes its predecessor on the link's date; undated, on the day the successor's own
 * predecessor link gives, else when the successor is first seen open, else on the date of the links file;</li>
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
            LocalDate effective = successionDay(link);
            String name = link.linkedName() == null ? "" : " (" + link.linkedName().trim() + ")";
            String words = "Succeeded by " + link.linkedUrn().value() + name + (link.establishedOn() == null
                    ? ", the link undated; counted from " + Words.date(effective)
                    : " on " + Words.date(link.establishedOn()));
            timeline.add(new StatusEvent(StatusEvent.Kind.SUCCEEDED, effective,
                    new Evidence(link.establishedOn() == null ? effective : link.establishedOn(), words,
                            link.sourceFile(), link.importId()), null, null));
        }
    }

    /** A successor opens on the day its predecessor link gives (GIAS dates it the successor's first day). */
    private void addTakeOvers(SchoolTimeline timeline) {
        for (LinkEvidence link : timeline.predecessorLinks()) {
            if (link.establishedOn() != null) {
                timeline.add(new StatusEvent(StatusEvent.Kind.OPENED, link.establishedOn(), new Evidence(
                        link.establishedOn(), "Opened on " + Words.date(link.establishedOn()) + ", taking over from "
                                + link.linkedUrn().value() + (link.linkedName() == null ? ""
                                        : " (" + link.linkedName().trim() + ")"),
                        link.sourceFile(), link.importId()), null, null));
            }
        }
    }

    private LocalDate successionDay(LinkEvidence link) {
        if (link.establishedOn() != null) {
            return link.establishedOn().plusDays(1);
        }
        SchoolTimeline successor = timelines.get(link.linkedUrn());
        if (successor != null) {
            Optional<LocalDate> fromPredecessorLink = successor.predecessorLinks().stream()
                    .filter(l -> l.linkedUrn().equals(link.urn()) && l.establishedOn() != null)
                    .map(LinkEvidence::establishedOn).findFirst();
            if (fromPredecessorLink.isPresent()) {
                return fromPredecessorLink.get();
            }
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
                    SchoolTimeline successor = timelines.computeIfAbsent(link.linkedUrn(),
                            urn -> new SchoolTimeline(urn, List.of()));
                    successor.nameFromLink(link.linkedName());
                    successor.inheritLaCode(predecessor.laCodeOn(list.asAt()));
                    if (!successor.isListedIn(list.id())) {
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
