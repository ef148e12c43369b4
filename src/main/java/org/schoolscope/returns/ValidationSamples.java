package org.schoolscope.returns;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.returns.domain.Completeness;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.FullAudit;
import org.schoolscope.returns.domain.Sample;
import org.schoolscope.returns.domain.SampleDraw;
import org.schoolscope.returns.domain.Visit;
import org.schoolscope.returns.persistence.SampleStore;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validation samples (seed 000: "5% independent validation", "visits undertaken (5% annually) to validate
 * findings"), their visits, and the full audits a failed validation or a missing return opens, tracked to closure.
 * A sample is drawn once per return and kept with its seed, method, rules and population, so it can be drawn again
 * from the record and give the same schools.
 */
@Service
public class ValidationSamples {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Returns returns;
    private final SampleStore samples;
    private final PriorityLists priorityLists;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    ValidationSamples(Returns returns, SampleStore samples, PriorityLists priorityLists,
            ApplicationEventPublisher events, Clock clock) {
        this.returns = returns;
        this.samples = samples;
        this.priorityLists = priorityLists;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Sample> sampleFor(long definitionId) {
        returns.definition(definitionId);
        return samples.sampleFor(definitionId);
    }

    /**
     * Draws the return's sample from the schools it asks today. Without a seed one is made at random and recorded.
     * Refused when the return already has a sample: a sample is drawn once, and checked by drawing it again.
     *
     * @param chosen schools the officer adds to the sample; each must be one the return asks
     */
    @Transactional
    public Sample draw(long definitionId, SampleDraw.Rules rules, Long seed, Set<Urn> chosen, String actor) {
        Definition definition = returns.definition(definitionId);
        if (samples.sampleFor(definitionId).isPresent()) {
            throw new IllegalStateException("The return '" + definition.title() + "' already has its sample");
        }
        Completeness completeness = returns.completeness(definitionId);
        List<Urn> population = completeness.schools().stream().map(Completeness.Row::urn).toList();
        Set<Urn> unknown = new HashSet<>(chosen);
        unknown.removeAll(population);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The return does not ask " + unknown);
        }
        // A school is a non-returner once the return is overdue, not while it still has time to make it.
        Set<Urn> nonReturners = new HashSet<>();
        completeness.schools().stream().filter(Completeness.Row::overdue).forEach(row -> nonReturners.add(row.urn()));
        Set<Urn> concern = new HashSet<>();
        String concernSource = "";
        if (rules.includeSchoolsOfConcern()) {
            Optional<PriorityList> list = priorityLists.latestFor(new LaCode(definition.laCode()),
                    // The sample is the council's, drawn over every school; only the schools listed are read.
                    ViewerScope.system());
            list.ifPresent(found -> found.entries().stream().map(entry -> entry.result().urn()).forEach(concern::add));
            concernSource = list.map(found -> "the priority list of assessment run " + found.run().id() + " of "
                    + DAY.format(LocalDate.ofInstant(found.run().runAt(), clock.getZone())))
                    .orElse("no assessment run yet, so no school of concern");
        }
        Set<Urn> lastYear = rules.excludePreviousYear()
                ? samples.sampledIn(definition.laCode(), definition.kind(), definition.year().startYear() - 1)
                : Set.of();
        long usedSeed = seed != null ? seed : seeds.nextInt(1_000_000_000);
        SampleDraw.Outcome outcome = SampleDraw.draw(usedSeed, rules, population, concern, nonReturners, lastYear,
                chosen);
        long id = samples.addSample(definitionId, rules, usedSeed, outcome, concernSource, actor, now());
        events.publishEvent(new ReturnsAudit(actor, "create", ReturnsAudit.SAMPLE, Long.toString(id),
                "drew the validation sample of " + outcome.sampled().size() + " schools for the return '"
                        + definition.title() + "' with seed " + usedSeed));
        return samples.sampleFor(definitionId).orElseThrow();
    }

    /** The random part of a sample drawn again from its record: its seed, its eligible schools and its size. */
    public record Redraw(Sample sample, List<Urn> recorded, List<Urn> redrawn) {

        public boolean same() {
            return recorded.equals(redrawn);
        }
    }

    @Transactional(readOnly = true)
    public Redraw redraw(long definitionId) {
        Sample sample = sampleFor(definitionId).orElseThrow(
                () -> new ReturnNotFoundException("Return " + definitionId + " has no sample yet"));
        int places = sample.drawnAtRandom().size();
        return new Redraw(sample, sample.drawnAtRandom(),
                SampleDraw.randomPicks(sample.seed(), sample.eligible(), places));
    }

    @Transactional(readOnly = true)
    public Map<Urn, Visit> visits(long definitionId) {
        return sampleFor(definitionId).map(sample -> samples.visits(sample.id())).orElse(Map.of());
    }

    /**
     * Records the validation visit to a sampled school. A failed validation opens a full audit of the school in the
     * same transaction (seed 000: "a full audit of those schools that have failed to comply").
     */
    @Transactional
    public Visit recordVisit(long definitionId, Urn urn, LocalDate visitedOn, Visit.Outcome outcome,
            String findings, String actor) {
        Definition definition = returns.definition(definitionId);
        Sample sample = sampleFor(definitionId).orElseThrow(
                () -> new ReturnNotFoundException("Return " + definitionId + " has no sample yet"));
        if (sample.sampled().stream().noneMatch(school -> school.urn().equals(urn))) {
            throw new ReturnNotFoundException("School " + urn + " is not in the sample");
        }
        if (samples.visits(sample.id()).containsKey(urn)) {
            throw new IllegalStateException("The visit to school " + urn + " is already recorded");
        }
        long visitId = samples.addVisit(sample.id(), urn, visitedOn, outcome, findings.strip(), actor, now());
        events.publishEvent(new ReturnsAudit(actor, "create", ReturnsAudit.VISIT, Long.toString(visitId),
                "recorded the validation visit to school " + urn + " for the return '" + definition.title() + "': "
                        + outcome.name().toLowerCase()));
        if (outcome == Visit.Outcome.FAILED) {
            open(definition, urn, FullAudit.Reason.FAILED_VALIDATION, visitId, visitedOn, actor);
        }
        return samples.visits(sample.id()).get(urn);
    }

    /** Opens a full audit of every school that has not returned, once the return is overdue; returns how many. */
    @Transactional
    public int openAuditsForNonReturners(long definitionId, String actor) {
        Definition definition = returns.definition(definitionId);
        LocalDate today = LocalDate.now(clock);
        if (!definition.overdueOn(today)) {
            throw new IllegalStateException("The return '" + definition.title() + "' is not overdue yet");
        }
        Set<Urn> audited = new HashSet<>();
        samples.audits(definitionId).forEach(audit -> audited.add(audit.urn()));
        int opened = 0;
        for (Completeness.Row row : returns.completeness(definitionId).schools()) {
            if (!row.submitted() && !audited.contains(row.urn())) {
                open(definition, row.urn(), FullAudit.Reason.MISSING_RETURN, null, today, actor);
                opened++;
            }
        }
        return opened;
    }

    @Transactional(readOnly = true)
    public List<FullAudit> audits(long definitionId) {
        returns.definition(definitionId);
        return samples.audits(definitionId);
    }

    @Transactional(readOnly = true)
    public FullAudit audit(long auditId) {
        FullAudit audit = samples.audit(auditId)
                .orElseThrow(() -> new ReturnNotFoundException("No full audit " + auditId + " is on record"));
        returns.definition(audit.definitionId());
        return audit;
    }

    /** Adds a dated entry to an open audit; a closing entry closes it, after which nothing more is added. */
    @Transactional
    public FullAudit addAuditEntry(long auditId, FullAudit.Entry.Kind kind, LocalDate on, String text,
            String actor) {
        FullAudit audit = audit(auditId);
        if (!audit.open()) {
            throw new IllegalStateException("Full audit " + auditId + " is closed");
        }
        samples.addAuditEntry(auditId, kind, on, text.strip(), actor, now());
        events.publishEvent(new ReturnsAudit(actor, kind == FullAudit.Entry.Kind.CLOSED ? "close" : "update",
                ReturnsAudit.FULL_AUDIT, Long.toString(auditId),
                (kind == FullAudit.Entry.Kind.CLOSED ? "closed" : "added progress to") + " the full audit of school "
                        + audit.urn()));
        return audit(auditId);
    }

    /** The school's name as the register has it, for pages about audits of schools no longer asked. */
    @Transactional(readOnly = true)
    public String schoolName(long definitionId, Urn urn) {
        Definition definition = returns.definition(definitionId);
        return returns.asked(definition).stream().filter(school -> school.urn().equals(urn))
                .map(RegisteredSchool::name).findFirst().orElse("School " + urn);
    }

    private void open(Definition definition, Urn urn, FullAudit.Reason reason, Long visitId, LocalDate on,
            String actor) {
        long id = samples.openAudit(definition.id(), urn, reason, visitId, on, actor, now());
        events.publishEvent(new ReturnsAudit(actor, "create", ReturnsAudit.FULL_AUDIT, Long.toString(id),
                "opened a full audit of school " + urn + " for the return '" + definition.title() + "' ("
                        + (reason == FullAudit.Reason.FAILED_VALIDATION ? "failed validation" : "missing return")
                        + ")"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
