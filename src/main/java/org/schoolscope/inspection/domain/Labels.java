package org.schoolscope.inspection.domain;

/** Area names as Ofsted writes them in reports, for headlines. */
final class Labels {

    private Labels() {
    }

    static String of(KeyJudgementArea area) {
        return switch (area) {
            case QUALITY_OF_EDUCATION -> "Quality of education";
            case BEHAVIOUR_AND_ATTITUDES -> "Behaviour and attitudes";
            case PERSONAL_DEVELOPMENT -> "Personal development";
            case LEADERSHIP_AND_MANAGEMENT -> "Leadership and management";
            case EARLY_YEARS -> "Early years provision";
            case SIXTH_FORM -> "Sixth form provision";
        };
    }

    static String of(EvaluationArea area) {
        return switch (area) {
            case INCLUSION -> "Inclusion";
            case CURRICULUM_AND_TEACHING -> "Curriculum and teaching";
            case ACHIEVEMENT -> "Achievement";
            case ATTENDANCE_AND_BEHAVIOUR -> "Attendance and behaviour";
            case PERSONAL_DEVELOPMENT_AND_WELL_BEING -> "Personal development and well-being";
            case LEADERSHIP_AND_GOVERNANCE -> "Leadership and governance";
            case EARLY_YEARS -> "Early years";
            case SIXTH_FORM -> "Sixth form";
        };
    }
}
