package org.schoolscope.returns.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.returns.domain.AnswerType;
import org.schoolscope.returns.domain.Chase;
import org.schoolscope.returns.domain.ChaseStep;
import org.schoolscope.returns.domain.CompletedBy;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.NewDefinition;
import org.schoolscope.returns.domain.Question;
import org.schoolscope.returns.domain.ReturnKind;
import org.schoolscope.returns.domain.SchoolStanding;
import org.schoolscope.returns.domain.Term;
import org.schoolscope.returns.domain.Version;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Return definitions, schools' versions and chasing, append-only. */
@Repository
public class ReturnStore {

    private final JdbcClient jdbc;
    private final VisibleSchools visible;

    ReturnStore(JdbcClient jdbc, VisibleSchools visible) {
        this.jdbc = jdbc;
        this.visible = visible;
    }

    public long addDefinition(NewDefinition definition, int laCode, String actor, Instant at) {
        long id = jdbc.sql("""
                insert into return_definition (kind, title, la_code, academic_year, term, school_set, completed_by,
                    due_on, created_by, created_at)
                values (:kind, :title, :la, :year, :term, :set, :completedBy, :dueOn, :actor, :at) returning id""")
                .param("kind", definition.kind().name()).param("title", definition.title()).param("la", laCode)
                .param("year", definition.year().startYear())
                .param("term", definition.term() == null ? null : definition.term().name())
                .param("set", definition.schoolSet().name()).param("completedBy", definition.completedBy().name())
                .param("dueOn", definition.dueOn()).param("actor", actor).param("at", Timestamp.from(at))
                .query(Long.class).single();
        for (Question question : definition.questions()) {
            jdbc.sql("""
                    insert into return_question (definition_id, position, code, question, hint, answer_type, required,
                        minimum, maximum, choices)
                    values (:id, :position, :code, :question, :hint, :type, :required, :minimum, :maximum,
                        cast(:choices as text[]))""")
                    .param("id", id).param("position", question.position()).param("code", question.code())
                    .param("question", question.text()).param("hint", question.hint())
                    .param("type", question.type().name()).param("required", question.required())
                    .param("minimum", question.minimum()).param("maximum", question.maximum())
                    .param("choices", textArray(question.choices())).update();
        }
        return id;
    }

    /** The council's returns, latest due first. */
    public List<Definition> definitions(int laCode) {
        return definitions("where d.la_code = :la order by d.due_on desc, d.id desc", Map.of("la", laCode));
    }

    public Optional<Definition> definition(long id) {
        return definitions("where d.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The council's returns of one kind made by the moment, earliest due first. */
    public List<Definition> ofKind(int laCode, ReturnKind kind, Instant madeBy) {
        return definitions("where d.la_code = :la and d.kind = :kind and d.created_at <= :at order by d.due_on, d.id",
                Map.of("la", laCode, "kind", kind.name(), "at", Timestamp.from(madeBy)));
    }

    /** The council's returns made by the moment, for the facts a run reads. */
    public List<Definition> madeBy(int laCode, Instant moment) {
        return definitions("where d.la_code = :la and d.created_at <= :at order by d.due_on, d.id",
                Map.of("la", laCode, "at", Timestamp.from(moment)));
    }

    private List<Definition> definitions(String where, Map<String, Object> params) {
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select d.id, d.kind, d.title, d.la_code, d.academic_year, d.term, d.school_set, d.completed_by,
                    d.due_on, d.created_by, d.created_at
                from return_definition d\s""" + where);
        for (Map.Entry<String, Object> param : params.entrySet()) {
            spec = spec.param(param.getKey(), param.getValue());
        }
        List<Object[]> rows = spec.query((row, number) -> new Object[] {row.getLong("id"), row.getString("kind"),
                row.getString("title"), row.getInt("la_code"), row.getInt("academic_year"), row.getString("term"),
                row.getString("school_set"), row.getString("completed_by"),
                row.getObject("due_on", java.time.LocalDate.class), row.getString("created_by"),
                row.getTimestamp("created_at").toInstant()}).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Question>> questions = questions(rows.stream().map(row -> (Long) row[0]).toList());
        List<Definition> definitions = new ArrayList<>();
        for (Object[] row : rows) {
            long id = (Long) row[0];
            definitions.add(new Definition(id, ReturnKind.valueOf((String) row[1]), (String) row[2], (Integer) row[3],
                    new AcademicYear((Integer) row[4]), row[5] == null ? null : Term.valueOf((String) row[5]),
                    SchoolSet.valueOf((String) row[6]), CompletedBy.valueOf((String) row[7]),
                    (java.time.LocalDate) row[8], (String) row[9], (Instant) row[10],
                    questions.getOrDefault(id, List.of())));
        }
        return definitions;
    }

    private Map<Long, List<Question>> questions(List<Long> definitionIds) {
        Map<Long, List<Question>> questions = new HashMap<>();
        jdbc.sql("""
                select definition_id, position, code, question, hint, answer_type, required, minimum, maximum, choices
                from return_question where definition_id in (:ids) order by definition_id, position""")
                .param("ids", definitionIds).query(row -> {
                    questions.computeIfAbsent(row.getLong("definition_id"), id -> new ArrayList<>())
                            .add(new Question(row.getInt("position"), row.getString("code"),
                                    row.getString("question"), row.getString("hint"),
                                    AnswerType.valueOf(row.getString("answer_type")), row.getBoolean("required"),
                                    row.getBigDecimal("minimum"), row.getBigDecimal("maximum"),
                                    strings(row.getArray("choices"))));
                });
        return questions;
    }

    /** Every version of the school's return, oldest first; empty for a school the viewer may not see. */
    public List<Version> versions(long definitionId, Urn urn) {
        Map<Long, Map<String, String>> answers = new HashMap<>();
        visible.bind(jdbc.sql("""
                select a.submission_id, a.question_code, a.answer
                from return_answer a join return_submission s on s.id = a.submission_id
                where s.definition_id = :definition and s.urn = :urn and\s""" + visible.clause("s.urn")))
                .param("definition", definitionId).param("urn", urn.value()).query(row -> {
                    answers.computeIfAbsent(row.getLong("submission_id"), id -> new LinkedHashMap<>())
                            .put(row.getString("question_code"), row.getString("answer"));
                });
        return visible.bind(jdbc.sql("""
                select id, version, status, note, saved_by, saved_as, saved_at from return_submission
                where definition_id = :definition and urn = :urn and\s""" + visible.clause("urn") + """

                order by version""")).param("definition", definitionId).param("urn", urn.value())
                .query((row, number) -> new Version(row.getLong("id"), row.getInt("version"),
                        Version.Status.valueOf(row.getString("status")), row.getString("note"),
                        row.getString("saved_by"), row.getString("saved_as"), row.getTimestamp("saved_at").toInstant(),
                        answers.getOrDefault(row.getLong("id"), Map.of())))
                .list();
    }

    /** Saves the next version; the unique version number refuses two saves that raced for the same one. */
    public int addVersion(long definitionId, Urn urn, Version.Status status, String note, String actor, String role,
            Instant at, Map<String, String> answers) {
        int next = jdbc.sql("""
                select coalesce(max(version), 0) + 1 from return_submission where definition_id = :definition
                  and urn = :urn""").param("definition", definitionId).param("urn", urn.value())
                .query(Integer.class).single();
        long id = jdbc.sql("""
                insert into return_submission (definition_id, urn, version, status, note, saved_by, saved_as, saved_at)
                values (:definition, :urn, :version, :status, :note, :actor, :role, :at) returning id""")
                .param("definition", definitionId).param("urn", urn.value()).param("version", next)
                .param("status", status.name()).param("note", note == null ? "" : note).param("actor", actor)
                .param("role", role).param("at", Timestamp.from(at)).query(Long.class).single();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            jdbc.sql("insert into return_answer (submission_id, question_code, answer) values (:id, :code, :answer)")
                    .param("id", id).param("code", answer.getKey()).param("answer", answer.getValue()).update();
        }
        return next;
    }

    /**
     * Where every school that has saved anything stands, as recorded by the moment: whether a draft was saved, when
     * it first submitted, and its latest submitted answers. Schools that saved nothing are left out.
     */
    public Map<Urn, SchoolStanding> standings(long definitionId, Instant moment) {
        Map<Integer, Map<String, String>> answers = new HashMap<>();
        jdbc.sql("""
                select s.urn, a.question_code, a.answer from return_answer a
                join return_submission s on s.id = a.submission_id
                where s.id in (select distinct on (urn) id from return_submission
                               where definition_id = :definition and status = 'SUBMITTED' and saved_at <= :at
                               order by urn, version desc)""")
                .param("definition", definitionId).param("at", Timestamp.from(moment)).query(row -> {
                    answers.computeIfAbsent(row.getInt("urn"), urn -> new HashMap<>())
                            .put(row.getString("question_code"), row.getString("answer"));
                });
        Map<Urn, SchoolStanding> standings = new HashMap<>();
        jdbc.sql("""
                select urn, bool_or(status = 'DRAFT') as draft,
                    min(saved_at) filter (where status = 'SUBMITTED') as first_submitted, max(saved_at) as last_saved
                from return_submission where definition_id = :definition and saved_at <= :at group by urn""")
                .param("definition", definitionId).param("at", Timestamp.from(moment)).query(row -> {
                    Timestamp first = row.getTimestamp("first_submitted");
                    standings.put(new Urn(row.getInt("urn")), new SchoolStanding(row.getBoolean("draft"),
                            first == null ? null : first.toInstant(), row.getTimestamp("last_saved").toInstant(),
                            answers.getOrDefault(row.getInt("urn"), Map.of())));
                });
        return standings;
    }

    public void addChase(long definitionId, Urn urn, ChaseStep step, String note, String actor, Instant at) {
        jdbc.sql("""
                insert into return_chase (definition_id, urn, step, note, recorded_by, recorded_at)
                values (:definition, :urn, :step, :note, :actor, :at)""")
                .param("definition", definitionId).param("urn", urn.value()).param("step", step.name())
                .param("note", note == null ? "" : note).param("actor", actor).param("at", Timestamp.from(at))
                .update();
    }

    /** Every school's escalation steps for the return, in the order taken. */
    public Map<Urn, List<Chase>> chases(long definitionId) {
        Map<Urn, List<Chase>> chases = new HashMap<>();
        jdbc.sql("""
                select urn, step, note, recorded_by, recorded_at from return_chase where definition_id = :definition
                order by id""").param("definition", definitionId).query(row -> {
                    chases.computeIfAbsent(new Urn(row.getInt("urn")), urn -> new ArrayList<>())
                            .add(new Chase(ChaseStep.valueOf(row.getString("step")), row.getString("note"),
                                    row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant()));
                });
        return chases;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String textArray(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
