package org.schoolscope.access;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.schoolscope.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which schools a viewer may see and whose soft intelligence they may read, as SQL every module's query takes (design
 * guide 4.8 and "Who owns which fact": scoping and confidentiality are decided in SQL, once, here). A query adds
 * {@link #schools(String)} or {@link #notes(String)} over its URN column and binds the viewer with {@link #bind}.
 *
 * <p>The schools of a partner or headteacher are read from the database at each query ({@code viewer_schools}, a
 * function this module owns over {@code app_user_school}), so a changed allocation applies at once, not at the next
 * sign-in. Which roles the viewer holds comes from the sign-in (or the API token, which carries its owner's roles as
 * they are when it is used), as the route rules read them.
 *
 * @param username the signed-in user whose allocations are read; empty for nobody
 * @param everySchool whether a role the viewer holds sees every school
 * @param notes whose soft intelligence, and what is derived from it, the viewer may read
 */
public record ViewerScope(String username, boolean everySchool, NoteReading notes) {

    /** Partners and headteachers see only the schools allocated to them, unless another role sees every school. */
    public static final Set<Role> LIMITED_ROLES = Set.copyOf(EnumSet.of(Role.PARTNER, Role.HEADTEACHER));

    /** Roles that read soft intelligence about every school they see. */
    public static final Set<Role> NOTE_READERS_EVERY_SCHOOL = Set.copyOf(EnumSet.of(Role.ADMIN, Role.OFFICER,
            Role.BOARD));

    /** Roles that read soft intelligence about their own allocated schools only. */
    public static final Set<Role> NOTE_READERS_OWN_SCHOOLS = Set.copyOf(EnumSet.of(Role.PARTNER));

    /**
     * Every role that may read soft intelligence at all; headteachers, analysts and the Director never do (the note
     * form promises it).
     */
    public static final Set<Role> NOTE_READERS = Set.copyOf(EnumSet.of(Role.ADMIN, Role.OFFICER, Role.BOARD,
            Role.PARTNER));

    private static final String SYSTEM = "command line";

    /** Whose notes a viewer may read. */
    public enum NoteReading {
        /** Notes about every school the viewer sees. */
        EVERY_SCHOOL,
        /** Notes about the schools allocated to the viewer only. */
        OWN_SCHOOLS,
        /** No note, and nothing derived from one. */
        NONE
    }

    public ViewerScope {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(notes, "notes");
    }

    /** The scope of a user holding these roles: the union of what each role may see. */
    public static ViewerScope of(String username, Set<Role> roles) {
        boolean everySchool = !roles.isEmpty() && !LIMITED_ROLES.containsAll(roles);
        NoteReading notes = roles.stream().anyMatch(NOTE_READERS_EVERY_SCHOOL::contains) ? NoteReading.EVERY_SCHOOL
                : roles.stream().anyMatch(NOTE_READERS_OWN_SCHOOLS::contains) ? NoteReading.OWN_SCHOOLS
                        : NoteReading.NONE;
        return new ViewerScope(username, everySchool, notes);
    }

    /**
     * The command line and work started outside a request (an import, the sample loader): every school, and no
     * note, since nothing there shows one to a person.
     */
    public static ViewerScope system() {
        return new ViewerScope(SYSTEM, true, NoteReading.NONE);
    }

    /** Someone not signed in: no school and no note. */
    public static ViewerScope nobody() {
        return new ViewerScope("", false, NoteReading.NONE);
    }

    /**
     * The same schools without any note: what every letter and export uses, whoever downloads it, since a file
     * travels further than the page it came from.
     */
    public ViewerScope withoutNotes() {
        return new ViewerScope(username, everySchool, NoteReading.NONE);
    }

    public boolean seesEverySchool() {
        return everySchool;
    }

    /** Whether the viewer may read notes about at least some school; the SQL says which. */
    public boolean mayReadNotes() {
        return notes != NoteReading.NONE;
    }

    /** A SQL condition: the school in {@code urnColumn} is one the viewer may see. */
    public String schools(String urnColumn) {
        return "(cast(:viewerEverySchool as boolean) or " + urnColumn + " in (select viewer_schools(cast(:viewerName "
                + "as text))))";
    }

    /**
     * A SQL condition: the viewer may read soft intelligence, and what is derived from it, about the school in
     * {@code urnColumn}.
     */
    public String notes(String urnColumn) {
        return "(cast(:viewerEveryNote as boolean) or (cast(:viewerOwnNotes as boolean) and " + urnColumn
                + " in (select viewer_schools(cast(:viewerName as text)))))";
    }

    /** Binds the viewer for the conditions above. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.params(parameters());
    }

    /** The viewer's parameters, for a query that collects its parameters in a map. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("viewerName", username);
        parameters.put("viewerEverySchool", everySchool);
        parameters.put("viewerEveryNote", notes == NoteReading.EVERY_SCHOOL);
        parameters.put("viewerOwnNotes", notes == NoteReading.OWN_SCHOOLS);
        return parameters;
    }
}
