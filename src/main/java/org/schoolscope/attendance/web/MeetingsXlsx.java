package org.schoolscope.attendance.web;

import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.schoolscope.attendance.TargetingMeetings;
import org.schoolscope.attendance.domain.TermDates;

/** The council's targeting meetings held and due in a year, as a workbook: a row per school, a column per term. */
final class MeetingsXlsx {

    private MeetingsXlsx() {
    }

    static byte[] write(TargetingMeetings.Overview overview, String councilName, boolean synthetic) {
        return Sheets.workbook(workbook -> {
            Worksheet sheet = workbook.newWorksheet("Meetings");
            List<String> title = new ArrayList<>(List.of("Termly targeting meetings: " + councilName + ", "
                    + overview.year(), "As at " + overview.today()));
            if (synthetic) {
                title.add("Synthetic data: a fictional council and schools, generated for testing.");
            }
            List<String> headings = new ArrayList<>(List.of("School", "URN", "Phase", "District"));
            for (TermDates term : overview.terms()) {
                headings.add(term.term().label() + " term");
            }
            int row = Sheets.heading(sheet, title, headings);
            for (TargetingMeetings.SchoolMeetings school : overview.schools()) {
                List<Object> cells = new ArrayList<>(List.of(school.school().name(), school.school().urn().value(),
                        school.school().phase().label(), school.school().district()));
                for (TargetingMeetings.TermStatus status : school.terms()) {
                    cells.add(MeetingStates.describe(status));
                }
                Sheets.cells(sheet, row++, cells);
            }
            sheet.width(0, 36);
            for (int column = 4; column < headings.size(); column++) {
                sheet.width(column, 34);
            }
        });
    }
}
