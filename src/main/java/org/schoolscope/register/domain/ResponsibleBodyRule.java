package org.schoolscope.register.domain;

import org.schoolscope.register.ResponsibleBody;

/**
 * Derives who is responsible for a school from the type names the published files use, through the register's one
 * vocabulary: a type that names one of GIAS's types decides (it is the more exact statement); otherwise the type
 * group or the type's words say who runs the school, or nothing does.
 */
public final class ResponsibleBodyRule {

    private ResponsibleBodyRule() {
    }

    public static ResponsibleBody derive(String establishmentType, String typeGroup) {
        return TypeVocabulary.read(establishmentType, typeGroup).map(type -> type.governance().responsibleBody())
                .orElse(ResponsibleBody.UNKNOWN);
    }
}
