package org.schoolscope.returns.domain;

import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.AcademicYear;

/**
 * The returns seed 000 asks every council to run, ready to be set up for a year or a term: the questions follow the
 * evidence each section of the plan says it will be measured by. The officer sees them as lines and may change them
 * before the return is made.
 */
public final class ReadyMadeReturns {

    private ReadyMadeReturns() {
    }

    /** A ready-made return: who completes it, whom it asks, whether it is termly, and its questions as lines. */
    public record ReadyMade(ReturnKind kind, CompletedBy completedBy, SchoolSet schoolSet, boolean termly,
            String questions) {
    }

    public static ReadyMade of(ReturnKind kind) {
        return switch (kind) {
            // Section 5.1: policies "checked through section 175 returns"; WRAP training for the head and chair.
            case SECTION_175 -> new ReadyMade(kind, CompletedBy.SCHOOL, SchoolSet.STATE_FUNDED, false, """
                    dsl-named | yes-no | The school has a designated safeguarding lead who is a member of the senior leadership team
                    dsl-trained-on | date | When did the designated safeguarding lead last complete designated safeguarding lead training? | Training is refreshed at least every two years.
                    deputy-dsl | yes-no | The school has at least one trained deputy designated safeguarding lead
                    policy-reviewed-on | date | When did the governing body last review and approve the child protection policy?
                    policy-published | yes-no | The child protection policy is published on the school's website
                    policy-fgm-forced-marriage-extremism | yes-no | The school's policies address female genital mutilation, forced marriage and extremism
                    staff-read-kcsie | yes-no | All staff have read part one of Keeping children safe in education this year
                    staff-trained-share | number 0 to 100 | What share of staff completed whole-school safeguarding training in the last twelve months? | As a percentage, for example 95.
                    prevent-training | yes-no | The headteacher and the chair of governors have completed Prevent (WRAP) training
                    single-central-record | yes-no | The single central record is complete and up to date
                    safer-recruitment | yes-no | Every recruitment panel includes someone who has completed safer recruitment training
                    safeguarding-governor | yes-no | The governing body has a named governor for safeguarding
                    online-filtering | yes-no | Filtering and monitoring of online activity meets the Department for Education's standards
                    actions | text, optional | What will the school do about any statement answered "no", and by when?
                    """);
            // Section 5.2: the annual self-evaluation audit of governing bodies, validated by visits to 5%.
            case GOVERNANCE_SELF_EVALUATION -> new ReadyMade(kind, CompletedBy.SCHOOL, SchoolSet.MAINTAINED, false, """
                    code-of-conduct | yes-no | The governing body has adopted a code of conduct based on the Nolan principles
                    register-published | yes-no | The list of governors and their business and pecuniary interests is published on the school's website
                    skills-audit-on | date | When did the governing body last complete a skills audit?
                    strategic-direction | scale 1 to 5 | How well does the governing body set the school's vision and strategic direction? | 1 is weak, 5 is strong.
                    holds-head-to-account | scale 1 to 5 | How well does the governing body hold the headteacher to account for pupils' outcomes? | 1 is weak, 5 is strong.
                    financial-oversight | scale 1 to 5 | How well does the governing body oversee the school's finances? | 1 is weak, 5 is strong.
                    uses-information | scale 1 to 5 | How well does the governing body use information and data in its decisions? | 1 is weak, 5 is strong.
                    monitors-plan | scale 1 to 5 | How well does the governing body monitor the school development plan? | 1 is weak, 5 is strong.
                    induction | yes-no | Every governor appointed in the last year has completed induction training
                    professional-clerk | yes-no | The governing body has a trained, professional clerk
                    external-review | yes-no | The governing body has had an external review of governance in the last three years
                    actions | text, optional | What will the governing body do to improve, and by when?
                    """);
            // Section 5.3: "confidence ... measured through termly survey with schools".
            case RELATIONSHIP_SURVEY -> new ReadyMade(kind, CompletedBy.SCHOOL, SchoolSet.STATE_FUNDED, true, """
                    confidence-core-duties | scale 1 to 5 | How confident are you in the council's delivery of its core duties to your school? | 1 is not at all confident, 5 is very confident.
                    relationship | scale 1 to 5 | How would you rate your school's relationship with the council? | 1 is very poor, 5 is very good.
                    clear-expectations | scale 1 to 5 | How clearly does the council say what it expects of schools? | 1 is not at all clearly, 5 is very clearly.
                    responsiveness | scale 1 to 5 | How quickly does the council respond when your school raises an issue? | 1 is very slowly, 5 is very quickly.
                    knows-contact | yes-no | You know whom to contact at the council about a concern
                    improve | text, optional | What one thing should the council do better?
                    """);
            // Section 5.3: "compliance with new processes and tracking of completeness and accuracy of information".
            case DATA_EXCHANGE -> new ReadyMade(kind, CompletedBy.COUNCIL, SchoolSet.STATE_FUNDED, true, """
                    received-on | date, optional | When was the school's data received? | Leave blank if nothing has been received.
                    complete | yes-no | The data was complete
                    accurate | yes-no | The data was accurate
                    notes | text, optional | Notes on what was missing or wrong
                    """);
            case OTHER -> new ReadyMade(kind, CompletedBy.SCHOOL, SchoolSet.MAINTAINED, false, "");
        };
    }

    /** The title a return of the kind gets for its year (and term), which the officer may change. */
    public static String title(ReturnKind kind, AcademicYear year, Term term) {
        String termText = term == null ? "" : ", " + term.name().toLowerCase() + " term";
        return switch (kind) {
            case SECTION_175 -> "Section 175 safeguarding audit " + year;
            case GOVERNANCE_SELF_EVALUATION -> "Governing body self-evaluation " + year;
            case RELATIONSHIP_SURVEY -> "Relationship survey" + termText + " " + year;
            case DATA_EXCHANGE -> "Data exchange" + termText + " " + year;
            case OTHER -> "";
        };
    }
}
