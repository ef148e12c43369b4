package org.schoolscope.attendance.web;

import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.schoolscope.attendance.PupilLine;
import org.schoolscope.attendance.TargetingMeetings;

/** A targeting-meeting pack as a workbook: the pupils, and the meetings recorded this term. */
final class PackXlsx {

    static final List<String> PUPIL_HEADINGS = List.of("Pupil reference", "Year group", "Characteristics", "Status",
            "Persistently absent since", "Severely absent since", "Possible sessions", "Attendance",
            "Authorised absence", "Unauthorised absence", "Further absences to become persistently absent by term end",
            "Main reasons for absence", "Attendance by month", "Support agreed before, and since");

    private PackXlsx() {
    }

    static byte[] write(TargetingMeetings.Pack pack) {
        return Sheets.workbook(workbook -> {
            Worksheet pupils = workbook.newWorksheet("Pupils");
            List<String> title = new ArrayList<>(List.of("Targeting meeting pack: " + pack.school().name() + " ("
                    + pack.school().urn() + "), " + pack.term().label(), "Attendance as at "
                            + pack.standsAt().format(PupilLine.DAY) + "; " + pack.sessionsLeftInTerm()
                            + " sessions left in the term"));
            if (pack.school().synthetic()) {
                title.add("Synthetic data: a fictional council, school and pupils, generated for testing.");
            }
            int row = Sheets.heading(pupils, title, PUPIL_HEADINGS);
            for (TargetingMeetings.PackPupil entry : pack.pupils()) {
                PupilLine pupil = entry.pupil();
                List<String> earlier = entry.earlier().stream().map(action -> action.agreedOn() + ": "
                        + action.support() + " (owner " + action.owner() + "); attendance " + action.before()
                        + " before, " + action.since() + " since: " + action.outcome()).toList();
                Sheets.cells(pupils, row++, List.of(pupil.reference(), pupil.yearGroup(), pupil.characteristics(),
                        pupil.status(), pupil.persistentSince(), pupil.severeSince(), pupil.possible(),
                        pupil.attendance(), pupil.authorised(), pupil.unauthorised(),
                        pupil.persistent() ? "" : Long.toString(pupil.sessionsToPersistent()), pupil.reasons(),
                        String.join(", ", pupil.trajectory()), String.join("\n", earlier)));
            }
            pupils.width(0, 16);
            pupils.width(2, 30);
            pupils.width(11, 50);
            pupils.width(12, 50);
            pupils.width(13, 70);
            Worksheet meetings = workbook.newWorksheet("Meetings");
            int next = Sheets.heading(meetings, List.of("Targeting meetings recorded for the " + pack.term().label()),
                    List.of("Held on", "Attendees", "Recorded by", "Pupil reference", "Support agreed", "Owner"));
            for (TargetingMeetings.MeetingRecord meeting : pack.meetings()) {
                Sheets.cells(meetings, next++, List.of(meeting.heldOn().toString(),
                        String.join("; ", meeting.attendees()), meeting.recordedBy()));
                for (TargetingMeetings.ActionLine action : meeting.actions()) {
                    Sheets.cells(meetings, next++, List.of("", "", "", action.reference(), action.support(),
                            action.owner()));
                }
            }
        });
    }
}
