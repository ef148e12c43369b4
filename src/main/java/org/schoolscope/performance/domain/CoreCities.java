package org.schoolscope.performance.domain;

import java.util.List;

/**
 * The Core Cities group of eight English cities (DESIGN.md's glossary), by their councils' DfE codes: Birmingham 330,
 * Bristol 801, Leeds 383, Liverpool 341, Manchester 352, Newcastle upon Tyne 391, Nottingham 892, Sheffield 373.
 */
public final class CoreCities {

    public static final List<Integer> COUNCILS = List.of(330, 801, 383, 341, 352, 391, 892, 373);

    private CoreCities() {
    }

    /** The other core cities a council is compared with, or none when it is not a core city. */
    public static List<Integer> othersThan(int laCode) {
        return COUNCILS.contains(laCode) ? COUNCILS.stream().filter(code -> code != laCode).toList() : List.of();
    }
}
