package org.schoolscope.profile.api;

import org.schoolscope.profile.read.FigureComparison;
import org.schoolscope.profile.read.GradedOutcome;
import org.schoolscope.profile.read.InspectionRecord;
import org.schoolscope.profile.read.PublishedFigure;
import org.schoolscope.profile.read.RegisterEntry;
import org.schoolscope.profile.read.SchoolProfile;
import org.schoolscope.profile.read.SchoolSummary;
import org.schoolscope.profile.web.Wording;
import org.springframework.stereotype.Component;

/** Turns the read model into the API's records, adding the same words the pages use beside each code. */
@Component
class SchoolApiResponses {

    private final Wording wording;

    SchoolApiResponses(Wording wording) {
        this.wording = wording;
    }

    SchoolListItem item(SchoolSummary school) {
        return new SchoolListItem(school.urn().value(), school.laestab(), school.laCode(), school.name(),
                school.establishmentType(), school.phase(), school.status(), school.responsibleBody().name(),
                school.trustName(), school.district(), school.latestGradedOutcome().map(this::outcome).orElse(null),
                wording.latestOutcome(school.latestGradedOutcome()));
    }

    private LatestGradedOutcome outcome(GradedOutcome outcome) {
        return new LatestGradedOutcome(outcome.framework().name(), outcome.overallEffectiveness(),
                outcome.categoryOfConcern(), outcome.safeguarding(), outcome.inspectedOn());
    }

    SchoolDetailResponse detail(SchoolProfile profile) {
        RegisterEntry school = profile.register();
        return new SchoolDetailResponse(school.urn().value(), school.laestab(), school.laCode(), school.laName(),
                school.name(), school.establishmentType(), school.typeGroup(), school.phase(), school.status(),
                school.openDate(), school.closeDate(), school.statutoryLowAge(), school.statutoryHighAge(),
                school.numberOfPupils(), school.responsibleBody().name(), school.trustName(), school.federationName(),
                school.constituency(), school.district(),
                profile.links().stream().map(link -> new SchoolDetailResponse.LinkedSchool(link.linkedUrn().value(),
                        link.linkedName(), link.linkType(), link.establishedOn())).toList(),
                profile.inspections().stream().map(this::inspection).toList(),
                profile.figures().stream().map(this::measure).toList());
    }

    private SchoolDetailResponse.Inspection inspection(InspectionRecord inspection) {
        return new SchoolDetailResponse.Inspection(inspection.id(), inspection.inspectionNumber(),
                inspection.graded(), inspection.framework().name(), inspection.inspectionType(),
                inspection.startDate(), inspection.endDate(), inspection.publicationDate(),
                inspection.overallEffectiveness(), inspection.categoryOfConcern(), inspection.safeguarding(),
                inspection.ungradedOutcome(), inspection.convertedToGraded(), wording.inspectionOutcome(inspection),
                inspection.judgements().stream().map(judgement -> new SchoolDetailResponse.Judgement(
                        judgement.area(), judgement.grade(), wording.area(judgement.area()),
                        wording.grade(judgement.grade()))).toList(),
                inspection.sourceFile(), inspection.importId());
    }

    private SchoolDetailResponse.MeasureFigures measure(FigureComparison comparison) {
        return new SchoolDetailResponse.MeasureFigures(comparison.measure().code(), comparison.measure().label(),
                comparison.measure().unit(), comparison.measure().topic(), comparison.measure().higherIsBetter(),
                comparison.academicYear(), comparison.releaseStage(), figure(comparison.school()),
                comparison.localAuthority().map(SchoolApiResponses::figure).orElse(null),
                comparison.england().map(SchoolApiResponses::figure).orElse(null));
    }

    private static SchoolDetailResponse.Figure figure(PublishedFigure figure) {
        return new SchoolDetailResponse.Figure(figure.value(), figure.textValue(), figure.unavailable(),
                figure.rawValue(), figure.breakdown(), figure.sourceFile(), figure.importId());
    }
}
