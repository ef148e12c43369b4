package org.schoolscope.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.NewSoftIntelligenceNote;
import org.schoolscope.assessment.NoteSensitivity;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.assessment.SoftIntelligenceNote;
import org.schoolscope.assessment.SoftIntelligenceTopic;
import org.schoolscope.assessment.web.ActingUser;
import org.schoolscope.shared.Urn;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A school's soft-intelligence notes for scripts: listing (audited) and recording one. */
@RestController
@RequestMapping("/api/v1/schools/{urn}/soft-intelligence")
@Tag(name = "Soft intelligence", description = "Dated notes about a school's leadership, staffing and governance")
class SoftIntelligenceApiController {

    private final SoftIntelligence softIntelligence;
    private final Clock clock;

    SoftIntelligenceApiController(SoftIntelligence softIntelligence, Clock clock) {
        this.softIntelligence = softIntelligence;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every note about the school, newest first, withdrawn ones marked")
    List<NoteResponse> list(@Parameter(description = "Six-digit URN") @PathVariable("urn") String urn,
            @Parameter(hidden = true) ViewerScope viewer) {
        return softIntelligence.notes(ActingUser.urn(urn), viewer).stream().map(NoteResponse::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a note; the author is the signed-in user")
    NoteResponse create(@Parameter(description = "Six-digit URN") @PathVariable("urn") String urn,
            @RequestBody NoteRequest request, @Parameter(hidden = true) ViewerScope viewer) {
        Urn school = ActingUser.urn(urn);
        if (request.notedOn() != null && request.notedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidNoteException("notedOn is in the future");
        }
        NewSoftIntelligenceNote note;
        try {
            note = new NewSoftIntelligenceNote(request.topic(), request.learnt(), request.source(),
                    request.sensitivity(), request.notedOn(), request.reviewOn(),
                    Boolean.TRUE.equals(request.leadershipCrisis()));
        } catch (NullPointerException | IllegalArgumentException invalid) {
            throw new InvalidNoteException(invalid.getMessage() + " (topic, learnt, source, sensitivity, notedOn "
                    + "and reviewOn are required)");
        }
        return NoteResponse.of(softIntelligence.record(school, note, viewer));
    }

    @ExceptionHandler(InvalidNoteException.class)
    ProblemDetail invalid(InvalidNoteException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("Invalid soft-intelligence note");
        return problem;
    }

    /** A note to record. {@code leadershipCrisis} is false when left out. */
    record NoteRequest(SoftIntelligenceTopic topic, String learnt, String source, NoteSensitivity sensitivity,
            LocalDate notedOn, LocalDate reviewOn, Boolean leadershipCrisis) {
    }

    /** A note as stored; {@code withdrawn*} are null while it stands. */
    record NoteResponse(long id, int urn, SoftIntelligenceTopic topic, String learnt, String source,
            NoteSensitivity sensitivity, LocalDate notedOn, LocalDate reviewOn, boolean leadershipCrisis,
            String recordedBy, Instant recordedAt, boolean withdrawn, String withdrawalReason, String withdrawnBy,
            Instant withdrawnAt) {

        static NoteResponse of(SoftIntelligenceNote note) {
            return new NoteResponse(note.id(), note.urn().value(), note.topic(), note.learnt(), note.source(),
                    note.sensitivity(), note.notedOn(), note.reviewOn(), note.leadershipCrisis(), note.recordedBy(),
                    note.recordedAt(), note.withdrawn(), note.withdrawn() ? note.withdrawal().reason() : null,
                    note.withdrawn() ? note.withdrawal().withdrawnBy() : null,
                    note.withdrawn() ? note.withdrawal().withdrawnAt() : null);
        }
    }

    static final class InvalidNoteException extends RuntimeException {

        InvalidNoteException(String message) {
            super(message);
        }
    }
}
