package org.schoolscope.correspondence;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who signs the council's letters and where they come from, and the standards the monthly report counts schools
 * below. The standards default to DfE's last floor standards (2019): a primary school is below when fewer than 65% of
 * its pupils reach the expected standard in reading, writing and maths and its progress is below -5 in reading, -7 in
 * writing or -5 in maths; a secondary school when its Progress 8 score is below -0.5.
 */
@ConfigurationProperties("schoolscope.correspondence")
public record CorrespondenceProperties(String signatoryName, String signatoryRole, List<String> councilAddress,
        String frameworkLink, String fontFile, BigDecimal primaryRwmExpectedBelow,
        BigDecimal primaryReadingProgressBelow, BigDecimal primaryWritingProgressBelow,
        BigDecimal primaryMathsProgressBelow, BigDecimal secondaryProgress8Below) {

    public CorrespondenceProperties {
        signatoryName = orDefault(signatoryName, "Director of Education and Skills");
        signatoryRole = orDefault(signatoryRole, "On behalf of the council");
        councilAddress = councilAddress == null ? List.of() : List.copyOf(councilAddress);
        frameworkLink = orDefault(frameworkLink, "");
        fontFile = orDefault(fontFile, "");
        primaryRwmExpectedBelow = primaryRwmExpectedBelow == null ? new BigDecimal("65") : primaryRwmExpectedBelow;
        primaryReadingProgressBelow = primaryReadingProgressBelow == null ? new BigDecimal("-5")
                : primaryReadingProgressBelow;
        primaryWritingProgressBelow = primaryWritingProgressBelow == null ? new BigDecimal("-7")
                : primaryWritingProgressBelow;
        primaryMathsProgressBelow = primaryMathsProgressBelow == null ? new BigDecimal("-5")
                : primaryMathsProgressBelow;
        secondaryProgress8Below = secondaryProgress8Below == null ? new BigDecimal("-0.5") : secondaryProgress8Below;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
