package org.schoolscope.scorecard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.schoolscope.scorecard.IndicatorEntry;
import org.schoolscope.scorecard.IndicatorHistory;
import org.schoolscope.scorecard.Scorecard;
import org.schoolscope.scorecard.ScorecardNotFoundException;
import org.schoolscope.scorecard.Scorecards;
import org.schoolscope.scorecard.StatusOverride;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.shared.LaCode;
import org.schoolscope.web.CouncilProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scorecard", description = "The directorate scorecard of any council and each indicator's history, as"
        + " the scorecard pages show them: value, target, status with its reason, an officer's status beside the"
        + " computed one, England, gap and rank; read only")
class ScorecardApiController {

    private final Scorecards scorecards;
    private final CouncilProperties council;

    ScorecardApiController(Scorecards scorecards, CouncilProperties council) {
        this.scorecards = scorecards;
        this.council = council;
    }

    /** A status an officer set, beside the computed one, with the reason. */
    record OverrideResponse(String status, String computedStatus, String reason, String setBy, Instant setAt) {

        static OverrideResponse of(StatusOverride override) {
            return override == null ? null : new OverrideResponse(override.status().words(),
                    override.computed().words(), override.reason(), override.setBy(), override.setAt());
        }
    }

    /**
     * One indicator in the year: {@code value} and {@code england} are null when there is none or it is not
     * available; {@code status} is the computed one, {@code override} an officer's beside it (null when none).
     */
    record RowResponse(String code, String name, String outcome, String period, BigDecimal value, String valueShown,
            String target, String status, String explanation, OverrideResponse override, BigDecimal england,
            String gap, Integer rank, Integer rankOf, String source) {
    }

    record ScorecardResponse(int council, String councilName, String year, List<String> years, int catalogueVersion,
            List<RowResponse> indicators) {
    }

    record PeriodResponse(String period, BigDecimal value, String valueShown, String target, String status,
            String explanation, OverrideResponse override, BigDecimal england, String gap) {
    }

    /** An officer's entry: a value, or why it is not available; {@code correctsId} the entry it corrects. */
    record EntryResponse(long id, String period, BigDecimal value, String notAvailableReason, String evidence,
            String enteredBy, Instant enteredAt, Long correctsId, boolean standing) {

        static EntryResponse of(IndicatorHistory.Entry line) {
            IndicatorEntry entry = line.entry();
            return new EntryResponse(entry.id(), entry.period(), entry.value(), entry.notAvailableReason(),
                    entry.evidence(), entry.enteredBy(), entry.enteredAt(), entry.correctsId(), line.standing());
        }
    }

    record OverrideLineResponse(long id, String period, String status, String computedStatus, String reason,
            String setBy, Instant setAt, boolean standing) {

        static OverrideLineResponse of(IndicatorHistory.Override line) {
            StatusOverride override = line.override();
            return new OverrideLineResponse(override.id(), override.period(), override.status().words(),
                    override.computed().words(), override.reason(), override.setBy(), override.setAt(),
                    line.standing());
        }
    }

    record IndicatorResponse(int council, String councilName, String code, String name, String outcome,
            String definition, String betterWhen, String unit, int decimals, String periodType, String source,
            int catalogueVersion, List<PeriodResponse> periods, List<EntryResponse> entries,
            List<OverrideLineResponse> overrides) {
    }

    @GetMapping("/api/v1/scorecard")
    @Operation(summary = "A council's directorate scorecard for a year: one entry per indicator of the catalogue in"
            + " use, with the period it shows, the value, the target, the computed status and why, an officer's"
            + " status beside it, England's value, the gap and the rank among the council's statistical neighbours")
    ScorecardResponse scorecard(
            @Parameter(description = "The council's DfE code, e.g. 330; the configured council when left out")
            @RequestParam(name = "council", required = false) String councilCode,
            @Parameter(description = "The year, an academic year such as 2015-16; the latest year with a figure"
                    + " when left out")
            @RequestParam(name = "period", required = false) String period) {
        int code = laCode(councilCode);
        Scorecard scorecard = scorecards.forCouncil(code, fallbackName(code),
                period == null || period.isBlank() ? null : period.strip());
        List<RowResponse> rows = scorecard.rows().stream().map(row -> new RowResponse(row.indicator().code(),
                row.indicator().name(), row.indicator().outcome(), row.period(), row.number(), row.value(),
                row.judgement().target(), row.judgement().status().words(), row.judgement().explanation(),
                OverrideResponse.of(row.override()), row.englandNumber(), row.gap(),
                row.rank() == null ? null : row.rank().position(), row.rank() == null ? null : row.rank().of(),
                row.source())).toList();
        return new ScorecardResponse(scorecard.laCode(), scorecard.councilName(), scorecard.year(), scorecard.years(),
                scorecard.catalogueVersion(), rows);
    }

    @GetMapping("/api/v1/indicators/{code}")
    @Operation(summary = "One indicator of the catalogue in use for a council: its definition and source, every"
            + " period on record with its computed status and any officer's status beside it, and every value an"
            + " officer entered for it (corrections included) with the evidence, who and when")
    IndicatorResponse indicator(
            @Parameter(description = "The indicator's reference in the catalogue, e.g. 7 or A1") @PathVariable String code,
            @Parameter(description = "The council's DfE code, e.g. 330; the configured council when left out")
            @RequestParam(name = "council", required = false) String councilCode) {
        int la = laCode(councilCode);
        IndicatorHistory history = scorecards.indicator(la, fallbackName(la), code);
        Indicator indicator = history.indicator();
        List<PeriodResponse> periods = history.periods().stream().map(p -> new PeriodResponse(p.period(),
                p.number(), p.value(), p.judgement().target(), p.judgement().status().words(),
                p.judgement().explanation(), OverrideResponse.of(p.override()), p.englandNumber(), p.gap()))
                .toList();
        return new IndicatorResponse(history.laCode(), history.councilName(), indicator.code(), indicator.name(),
                indicator.outcome(), indicator.definition(),
                indicator.polarity() == Indicator.Polarity.HIGHER ? "higher" : "lower",
                indicator.unit().name().toLowerCase(java.util.Locale.ROOT), indicator.decimals(),
                indicator.periodType().name().toLowerCase(java.util.Locale.ROOT), history.sourceWords(),
                history.catalogueVersion(), periods,
                history.entries().stream().map(EntryResponse::of).toList(),
                history.overrides().stream().map(OverrideLineResponse::of).toList());
    }

    private int laCode(String code) {
        if (code == null || code.isBlank()) {
            return council.laCode();
        }
        try {
            return LaCode.parse(code.strip()).value();
        } catch (IllegalArgumentException e) {
            throw new ScorecardNotFoundException("No council " + code);
        }
    }

    private String fallbackName(int code) {
        return code == council.laCode() ? council.name() : "Council " + code;
    }
}
