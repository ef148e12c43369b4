package org.schoolscope.profile.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.schoolscope.profile.read.GradedOutcome;
import org.schoolscope.profile.read.InspectionFramework;
import org.schoolscope.profile.read.InspectionRecord;
import org.schoolscope.profile.read.Measure;
import org.schoolscope.profile.read.OutcomeFilter;
import org.schoolscope.profile.read.PublishedFigure;
import org.schoolscope.profile.read.ResponsibleBody;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts stored codes into the plain words of messages.properties, for the pages (as {@code @wording}) and the API
 * alike. Codes the messages do not know yet (a new report-card area, say) are shown readably rather than hidden.
 */
@Component("wording")
public class Wording {

    private static final Locale ENGLISH = Locale.UK;

    private final MessageSource messages;

    public Wording(MessageSource messages) {
        this.messages = messages;
    }

    public String latestOutcome(Optional<GradedOutcome> outcome) {
        return outcome.map(this::gradedOutcome).orElseGet(() -> message("outcome.none"));
    }

    public String gradedOutcome(GradedOutcome outcome) {
        return outcomeWords(outcome.framework(), outcome.overallEffectiveness(), outcome.categoryOfConcern(),
                outcome.safeguarding(), null);
    }

    public String inspectionOutcome(InspectionRecord inspection) {
        return outcomeWords(inspection.framework(), inspection.overallEffectiveness(),
                inspection.categoryOfConcern(), inspection.safeguarding(), inspection.ungradedOutcome());
    }

    private String outcomeWords(InspectionFramework framework, Integer grade, String category, String safeguarding,
            String ungradedOutcome) {
        return switch (framework) {
            case SINGLE_GRADE -> {
                String words = grade == null ? message("outcome.singleGrade.missing") : grade(grade.toString());
                yield category == null ? words : message("outcome.withCategory", words, categoryOfConcern(category));
            }
            case KEY_JUDGEMENTS -> message("outcome.keyJudgements");
            case REPORT_CARD -> safeguarding == null ? message("outcome.reportCard")
                    : message("outcome.reportCard.safeguarding", safeguarding(safeguarding).toLowerCase(ENGLISH));
            case UNGRADED -> ungradedOutcome == null ? message("outcome.ungraded")
                    : coded("ungraded.", ungradedOutcome);
        };
    }

    public String framework(InspectionFramework framework) {
        return message("framework." + framework.name());
    }

    public String grade(String code) {
        return coded("grade.", code);
    }

    public String area(String code) {
        return coded("area.", code);
    }

    public String safeguarding(String code) {
        return coded("safeguarding.", code);
    }

    public String categoryOfConcern(String code) {
        return coded("category.", code);
    }

    public String responsibleBody(ResponsibleBody body) {
        return message("responsibleBody." + body.name());
    }

    public String outcomeFilter(OutcomeFilter filter) {
        return message("filter.outcome." + filter.parameter());
    }

    public String releaseStage(String stage) {
        return coded("releaseStage.", stage);
    }

    /** A figure as a reader should see it: its number in its unit, its text, or why it is not available. */
    public String figure(PublishedFigure figure, Measure measure) {
        if (!figure.available()) {
            return message("figure.unavailable", figure.unavailable());
        }
        if (figure.textValue() != null) {
            return figure.textValue();
        }
        return number(figure.value(), measure.unit());
    }

    private static String number(BigDecimal value, String unit) {
        NumberFormat format = NumberFormat.getNumberInstance(ENGLISH);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        String number = format.format(value);
        return "PERCENT".equals(unit) ? number + "%" : number;
    }

    /** Looks a code up under its prefix; unknown codes read as words (URGENT_IMPROVEMENT as "Urgent improvement"). */
    private String coded(String prefix, String code) {
        return messages.getMessage(prefix + code, null, readable(code), ENGLISH);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ENGLISH);
    }

    static String readable(String code) {
        String spaced = code.replace('_', ' ').trim();
        if (spaced.isEmpty() || !spaced.equals(spaced.toUpperCase(ENGLISH))) {
            return spaced;
        }
        String lower = spaced.toLowerCase(ENGLISH);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
