package org.schoolscope.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * The council-level outcomes the dashboard heads with (issue 14), each a series of DfE's Local Authority Interactive
 * Tool as the performance module stores it ({@code lait.} and LAIT's short name), shown to the decimal places the
 * scorecard shows it. Whether higher is better comes from LAIT's data dictionary, stored with the measure.
 *
 * @param slug the measure's name in its page's address, {@code /dashboard/outcomes/{slug}}
 */
public enum HeadlineMeasure {

    EYFS_GOOD_LEVEL("eyfs-good-level-of-development", "lait.FSP_NEW_GOODDEV",
            "Early years: good level of development", Unit.PERCENT, 1),
    KS2_EXPECTED("ks2-reading-writing-maths", "lait.KS2RWM_Expected_STD",
            "Key stage 2: reading, writing and maths at the expected standard", Unit.PERCENT, 0),
    KS2_READING_PROGRESS("ks2-reading-progress", "lait.KS2R_Prog_VA", "Key stage 2: progress in reading",
            Unit.SCORE, 2),
    KS2_WRITING_PROGRESS("ks2-writing-progress", "lait.KS2W_Prog_VA", "Key stage 2: progress in writing",
            Unit.SCORE, 2),
    KS2_MATHS_PROGRESS("ks2-maths-progress", "lait.KS2M_Prog_VA", "Key stage 2: progress in maths", Unit.SCORE, 2),
    ATTAINMENT_8("attainment-8", "lait.AVG_Attain8_Score", "GCSE: Attainment 8 score", Unit.SCORE, 1),
    PROGRESS_8("progress-8", "lait.AVG_Prog8_Score", "GCSE: Progress 8 score", Unit.SCORE, 2),
    PERSISTENT_ABSENCE("persistent-absence", "lait.TotPerAbNew",
            "Persistent absence: pupils missing 10% of sessions or more", Unit.PERCENT, 1),
    SEVERE_ABSENCE("severe-absence", "lait.TotSevPerAbNew",
            "Severe absence: pupils missing half of sessions or more", Unit.PERCENT, 2),
    SUSPENSIONS("suspensions", "lait.TotFixedEx", "Suspension rate: suspensions per 100 pupils", Unit.PERCENT, 2),
    PERMANENT_EXCLUSIONS("permanent-exclusions", "lait.TotPermEx", "Permanent exclusion rate: exclusions per 100 pupils",
            Unit.PERCENT, 2),
    NEET("neet-16-17", "lait.16-17 NEET", "Young people aged 16 to 17 not in education, employment or training",
            Unit.PERCENT, 1);

    /** How a value reads: a percentage (47%) or a score (46.1, -0.20). */
    public enum Unit {
        PERCENT, SCORE
    }

    private final String slug;
    private final String measureCode;
    private final String title;
    private final Unit unit;
    private final int decimals;

    HeadlineMeasure(String slug, String measureCode, String title, Unit unit, int decimals) {
        this.slug = slug;
        this.measureCode = measureCode;
        this.title = title;
        this.unit = unit;
        this.decimals = decimals;
    }

    public static Optional<HeadlineMeasure> bySlug(String slug) {
        return Arrays.stream(values()).filter(measure -> measure.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String measureCode() {
        return measureCode;
    }

    public String title() {
        return title;
    }

    public Unit unit() {
        return unit;
    }

    public int decimals() {
        return decimals;
    }

    /** The value as shown, rounded half up to the measure's decimal places. */
    public BigDecimal shown(BigDecimal value) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The value in words: "47%", "-0.20"; "not available" for none. */
    public String format(BigDecimal value) {
        if (value == null) {
            return "not available";
        }
        String number = shown(value).toPlainString();
        return unit == Unit.PERCENT ? number + "%" : number;
    }

    /** A difference in words, without its sign: "7 percentage points", "0.20 points", "1 point". */
    public String difference(BigDecimal difference) {
        String number = shown(difference.abs()).toPlainString();
        boolean one = number.equals("1");
        return number + (unit == Unit.PERCENT ? one ? " percentage point" : " percentage points"
                : one ? " point" : " points");
    }
}
