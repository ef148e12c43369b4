package org.schoolscope.scorecard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.scorecard.persistence.ScorecardSnapshotStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Keeps a month's scorecard as it stands (issue 15, item 4): the table the page shows, rendered by the page's own
 * fragment, stored with its SHA-256 and audited in the same transaction. One per council, year and month: keeping
 * it again in the month answers the one already kept, since what was reviewed that month must not move.
 */
@Service
public class ScorecardSnapshots {

    private final Scorecards scorecards;
    private final ScorecardSnapshotStore store;
    private final ITemplateEngine templates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScorecardSnapshots(Scorecards scorecards, ScorecardSnapshotStore store, ITemplateEngine templates,
            ApplicationEventPublisher events, Clock clock) {
        this.scorecards = scorecards;
        this.store = store;
        this.templates = templates;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps this month's scorecard of the council for the year, or answers the one kept earlier in the month. */
    @Transactional
    public ScorecardSnapshot keep(int laCode, String councilName, String year, String keptBy) {
        Scorecard scorecard = scorecards.forCouncil(laCode, councilName, year);
        String html = templates.process("scorecard/fragments", Set.of("table"),
                new Context(Locale.UK, Map.of("scorecard", scorecard, "otherCouncil", false)));
        LocalDate month = LocalDate.now(clock).withDayOfMonth(1);
        Optional<ScorecardSnapshot> added = store.add(new ScorecardSnapshot(0, laCode, scorecard.year(), month,
                scorecard.catalogueVersion(), html, sha256(html), keptBy,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        added.ifPresent(kept -> events.publishEvent(new ScorecardAudited(keptBy, "keep", "scorecard-snapshot",
                Long.toString(kept.id()), "Kept the scorecard of council " + laCode + " for " + scorecard.year()
                        + " as it stood in " + month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                        + month.getYear())));
        return added.or(() -> store.forMonth(laCode, scorecard.year(), month)).orElseThrow();
    }

    public Optional<ScorecardSnapshot> find(long id) {
        return store.find(id);
    }

    public List<ScorecardSnapshot> forCouncil(int laCode) {
        return store.forCouncil(laCode);
    }

    private static String sha256(String html) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(html.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
