package org.schoolscope.attendance.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.schoolscope.attendance.AttendanceNotFoundException;
import org.schoolscope.attendance.domain.Term;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the addresses and query strings of attendance pages say, read strictly: anything else is "not found". */
final class Requests {

    static final MediaType PDF = MediaType.APPLICATION_PDF;
    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Requests() {
    }

    static String actor(Principal principal) {
        return principal == null || principal.getName() == null ? "anonymous" : principal.getName();
    }

    static Urn urn(String text) {
        try {
            return Urn.parse(text);
        } catch (IllegalArgumentException notAUrn) {
            throw new AttendanceNotFoundException("'" + text + "' is not a URN");
        }
    }

    static int laCode(String text) {
        try {
            return new org.schoolscope.shared.LaCode(Integer.parseInt(text)).value();
        } catch (IllegalArgumentException notACode) {
            throw new AttendanceNotFoundException("'" + text + "' is not a council code");
        }
    }

    static AcademicYear year(String text) {
        try {
            return AcademicYear.parse(text);
        } catch (IllegalArgumentException notAYear) {
            throw new AttendanceNotFoundException("'" + text + "' is not an academic year");
        }
    }

    static Term term(String text) {
        return Term.ofSlug(text).orElseThrow(() -> new AttendanceNotFoundException("'" + text + "' is not a term"));
    }

    /** A day asked for in {@code ?on=}: empty when none was given; a problem when it is not a date. */
    static Optional<LocalDate> day(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            throw new BadDayException();
        }
    }

    static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** The date in the query string is not a date. */
    static final class BadDayException extends RuntimeException {
    }
}
