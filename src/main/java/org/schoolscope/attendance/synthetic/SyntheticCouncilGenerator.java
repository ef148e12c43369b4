package org.schoolscope.attendance.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.AttendanceSchool;
import org.schoolscope.attendance.domain.Phase;
import org.schoolscope.attendance.domain.PupilCharacteristics;
import org.schoolscope.attendance.domain.SenProvision;
import org.schoolscope.attendance.domain.Session;
import org.schoolscope.attendance.domain.WeekMarks;
import org.schoolscope.shared.Urn;

/**
 * A fictional council's year of attendance, reproducible from a seed: schools (LA 999, URNs from 990001, every name
 * starting "Synthetic"), pupils with made-up pupil numbers and characteristics, and every pupil's marks for every
 * session. At scale 1 it has Birmingham's published numbers of schools and enrolments by phase (407 schools, about
 * 201,000 pupils, 76 million marks); a smaller scale keeps the proportions.
 *
 * <p>Calibration is by construction, phase by phase: pupils take absence rates at evenly spaced quantiles of the
 * phase's {@link AbsenceDistribution} (so the mean, persistent and severe shares come out as published, not just
 * on average), schools get them in a mildly biased order (so schools differ), and each absent session takes a
 * reason in the published proportions, in spells: illness for one to three days, holidays for several, medical
 * appointments and late arrivals for one session. Attended sessions are approved activities and late arrivals in
 * the published proportions. A few schools close unexpectedly for a day (Y4, not a possible session). Pupils'
 * characteristics follow Birmingham's January 2025 census, with free school meals, SEN and being in care more
 * likely among pupils who miss more.
 */
public final class SyntheticCouncilGenerator {

    public static final int LA_CODE = 999;
    public static final int FIRST_URN = 990001;
    public static final String COUNCIL_NAME = "Synthetic Council";
    public static final int DISTRICTS = 10;

    private static final double PART_YEAR = 0.025;
    private static final double CHILD_IN_CARE = 0.007;

    /** Free school meals, SEN support, EHC plan and English as an additional language shares by phase (census). */
    private static final Map<Phase, double[]> CENSUS = Map.of(
            Phase.PRIMARY, new double[] {0.454, 0.167, 0.020, 0.436},
            Phase.SECONDARY, new double[] {0.432, 0.148, 0.015, 0.377},
            Phase.SPECIAL, new double[] {0.586, 0.004, 0.996, 0.302});

    private static final Map<Phase, List<String>> YEAR_GROUPS = Map.of(
            Phase.PRIMARY, List.of("R", "1", "2", "3", "4", "5", "6"),
            Phase.SECONDARY, List.of("7", "8", "9", "10", "11"),
            Phase.SPECIAL, List.of("R", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"));

    private final long seed;
    private final SyntheticCalendar calendar;
    private final List<PhaseCalibration> phases;
    private final List<SyntheticSchool> schools = new ArrayList<>();
    /** Each school's pupils' quantiles of absence, in seat order. */
    private final List<double[]> quantiles = new ArrayList<>();

    /** A school of the synthetic council with its number of pupils and the day it closed unexpectedly, if any. */
    public record SyntheticSchool(int number, AttendanceSchool school, int pupils, LocalDate closedOn) {
    }

    /** A pupil: their made-up pupil number, school, characteristics and marks (ten slots a week from week one). */
    public record SyntheticPupil(String upn, Urn urn, PupilCharacteristics characteristics, byte[] marks) {
    }

    public SyntheticCouncilGenerator(long seed, double scale) {
        this(seed, scale, PhaseCalibration.birmingham2024(), new SyntheticCalendar());
    }

    SyntheticCouncilGenerator(long seed, double scale, List<PhaseCalibration> phases, SyntheticCalendar calendar) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("The scale is more than 0 and at most 1 (Birmingham's size)");
        }
        this.seed = seed;
        this.calendar = calendar;
        this.phases = List.copyOf(phases);
        SplittableRandom random = new SplittableRandom(seed);
        int number = 0;
        for (PhaseCalibration phase : phases) {
            int schoolCount = Math.max(1, (int) Math.round(phase.schools() * scale));
            int pupilCount = Math.max(schoolCount * 10, (int) Math.round(phase.enrolments() * scale));
            int[] sizes = sizes(schoolCount, pupilCount, random);
            double[][] seats = seats(sizes, random);
            for (int school = 0; school < schoolCount; school++) {
                number++;
                String name = "Synthetic " + phase.phase().label() + " School " + (school + 1);
                String district = "Synthetic district " + (1 + (number * 7) % DISTRICTS);
                LocalDate closed = random.nextDouble() < 0.1
                        ? calendar.schoolDays().get(random.nextInt(calendar.schoolDays().size())) : null;
                schools.add(new SyntheticSchool(number, new AttendanceSchool(new Urn(FIRST_URN + number - 1), LA_CODE,
                        name, phase.phase(), district, true), sizes[school], closed));
                quantiles.add(seats[school]);
            }
        }
    }

    public List<SyntheticSchool> schools() {
        return List.copyOf(schools);
    }

    public SyntheticCalendar calendar() {
        return calendar;
    }

    public long pupils() {
        return schools.stream().mapToLong(SyntheticSchool::pupils).sum();
    }

    /** Hands every pupil of every school to the consumer, school by school; the same seed gives the same pupils. */
    public void forEachPupil(Consumer<SyntheticPupil> consumer) {
        for (int school = 0; school < schools.size(); school++) {
            forEachPupil(school, consumer);
        }
    }

    /** Hands every pupil of one school (by its position in {@link #schools()}) to the consumer. */
    public void forEachPupil(int schoolPosition, Consumer<SyntheticPupil> consumer) {
        SyntheticSchool school = schools.get(schoolPosition);
        PhaseCalibration phase = phases.stream().filter(p -> p.phase() == school.school().phase()).findFirst()
                .orElseThrow();
        double[] seats = quantiles.get(schoolPosition);
        List<String> yearGroups = YEAR_GROUPS.get(phase.phase());
        int[] serials = new int[yearGroups.size()];
        for (int seat = 0; seat < seats.length; seat++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + school.number() * 100_003L + seat);
            double quantile = seats[seat];
            int group = random.nextInt(yearGroups.size());
            String upn = String.format("S%03d%04d%02d%03d", LA_CODE, school.number(), group, serials[group]++);
            consumer.accept(new SyntheticPupil(upn, school.school().urn(),
                    characteristics(phase.phase(), yearGroups.get(group), quantile, random),
                    marks(phase, school, quantile, random)));
        }
    }

    private PupilCharacteristics characteristics(Phase phase, String yearGroup, double quantile,
            SplittableRandom random) {
        double[] census = CENSUS.get(phase);
        double lean = 0.6 + 0.8 * quantile;
        boolean meals = random.nextDouble() < census[0] * lean;
        double sen = random.nextDouble();
        SenProvision provision = sen < census[2] * lean ? SenProvision.EHC_PLAN
                : sen < (census[2] + census[1]) * lean ? SenProvision.SEN_SUPPORT : SenProvision.NONE;
        boolean language = random.nextDouble() < census[3];
        boolean care = random.nextDouble() < CHILD_IN_CARE * (0.2 + 1.6 * quantile);
        return new PupilCharacteristics(yearGroup, meals, provision, language, care);
    }

    /** One pupil's marks for the year. */
    private byte[] marks(PhaseCalibration phase, SyntheticSchool school, double quantile, SplittableRandom random) {
        List<LocalDate> days = calendar.schoolDays();
        int first = 0;
        int last = days.size() - 1;
        double partYear = random.nextDouble();
        if (partYear < PART_YEAR) {
            first = 5 + random.nextInt(days.size() - 30);
        } else if (partYear < 2 * PART_YEAR) {
            last = 25 + random.nextInt(days.size() - 30);
        }
        byte[] marks = new byte[calendar.weeks() * WeekMarks.SLOTS];
        // Session s of the pupil's own days: day (first + s / 2), morning when s is even. 0 is free.
        int sessions = 2 * (last - first + 1);
        byte[] codes = new byte[sessions];
        int possible = sessions;
        if (school.closedOn() != null) {
            int closed = days.indexOf(school.closedOn()) - first;
            if (closed >= 0 && closed < sessions / 2) {
                codes[2 * closed] = AttendanceCode.SCHOOL_UNEXPECTEDLY_CLOSED.id();
                codes[2 * closed + 1] = AttendanceCode.SCHOOL_UNEXPECTEDLY_CLOSED.id();
                possible -= 2;
            }
        }
        int absent = phase.absence().absentSessions(phase.absence().rate(quantile), possible);
        placeAbsences(phase, codes, absent, random);
        for (int session = 0; session < sessions; session += 2) {
            boolean morningFree = codes[session] == 0;
            boolean afternoonFree = codes[session + 1] == 0;
            // An approved activity takes the whole day when the pupil is in all day, else the one session.
            if (random.nextDouble() < phase.approvedShare()) {
                byte kind = pick(phase.approvedKinds(), random).id();
                if (morningFree) {
                    codes[session] = kind;
                }
                if (afternoonFree) {
                    codes[session + 1] = kind;
                }
                continue;
            }
            if (morningFree) {
                codes[session] = present(phase, Session.MORNING, random);
            }
            if (afternoonFree) {
                codes[session + 1] = present(phase, Session.AFTERNOON, random);
            }
        }
        for (int session = 0; session < sessions; session++) {
            marks[calendar.slot(days.get(first + session / 2)) + session % 2] = codes[session];
        }
        return marks;
    }

    private static byte present(PhaseCalibration phase, Session session, SplittableRandom random) {
        double late = session == Session.MORNING ? phase.lateMorning() : phase.lateAfternoon();
        if (random.nextDouble() < late) {
            return AttendanceCode.LATE_BEFORE_REGISTER_CLOSED.id();
        }
        return session == Session.MORNING ? AttendanceCode.PRESENT_MORNING.id()
                : AttendanceCode.PRESENT_AFTERNOON.id();
    }

    /**
     * Marks {@code count} free sessions absent, in spells whose reasons come in the published proportions of absent
     * sessions: each spell's reason is drawn with weight (share of sessions) / (sessions a spell of it lasts).
     */
    private static void placeAbsences(PhaseCalibration phase, byte[] codes, int count, SplittableRandom random) {
        Map<AttendanceCode, Double> spells = new java.util.EnumMap<>(AttendanceCode.class);
        phase.absenceReasons().forEach((code, share) -> spells.put(code, share / Spell.of(code).meanSessions()));
        int remaining = count;
        int days = codes.length / 2;
        while (remaining > 0) {
            AttendanceCode reason = pick(spells, random);
            Spell spell = Spell.of(reason);
            if (spell.days == 0 || remaining == 1) {
                boolean morningOnly = reason == AttendanceCode.LATE_AFTER_REGISTER_CLOSED;
                int session = freeSession(codes, random, morningOnly);
                codes[session] = reason.id();
                remaining--;
                continue;
            }
            int length = spell.days + random.nextInt(spell.extraDays + 1);
            int wanted = Math.min(remaining, 2 * length);
            int start = freeRun(codes, days, (wanted + 1) / 2, random);
            if (start < 0) {
                for (int session = 0; session < wanted; session++) {
                    codes[freeSession(codes, random, false)] = reason.id();
                }
            } else {
                for (int session = 0; session < wanted; session++) {
                    codes[2 * start + session] = reason.id();
                }
            }
            remaining -= wanted;
        }
    }

    /** A random free session (a morning if asked and one is free), or -1 if none is. */
    private static int freeSession(byte[] codes, SplittableRandom random, boolean morning) {
        for (int attempt = 0; attempt < 8; attempt++) {
            int session = random.nextInt(codes.length);
            if (morning) {
                session &= ~1;
            }
            if (codes[session] == 0) {
                return session;
            }
        }
        int from = random.nextInt(codes.length);
        for (int pass = 0; pass < 2; pass++) {
            for (int step = 0; step < codes.length; step++) {
                int session = (from + step) % codes.length;
                if (codes[session] == 0 && (!morning || pass == 1 || session % 2 == 0)) {
                    return session;
                }
            }
        }
        throw new IllegalStateException("No free session left");
    }

    /** A random start day of {@code length} consecutive days whose sessions are all free, or -1. */
    private static int freeRun(byte[] codes, int days, int length, SplittableRandom random) {
        if (length > days) {
            return -1;
        }
        for (int attempt = 0; attempt < 12; attempt++) {
            int start = random.nextInt(days - length + 1);
            boolean free = true;
            for (int session = 2 * start; session < 2 * (start + length) && free; session++) {
                free = codes[session] == 0;
            }
            if (free) {
                return start;
            }
        }
        return -1;
    }

    private static AttendanceCode pick(Map<AttendanceCode, Double> weights, SplittableRandom random) {
        double total = 0;
        for (double weight : weights.values()) {
            total += weight;
        }
        double at = random.nextDouble() * total;
        AttendanceCode last = null;
        for (Map.Entry<AttendanceCode, Double> entry : weights.entrySet()) {
            last = entry.getKey();
            at -= entry.getValue();
            if (at < 0) {
                return last;
            }
        }
        return last;
    }

    /** How long a spell of absence for a reason lasts: whole days (a range), or a single session (0 days). */
    private record Spell(int days, int extraDays) {

        static Spell of(AttendanceCode reason) {
            return switch (reason) {
                case ILLNESS, EXCLUDED -> new Spell(1, 2);
                case HOLIDAY_NOT_GRANTED, PARENT_TRAVELLING -> new Spell(2, 3);
                case STUDY_LEAVE -> new Spell(1, 1);
                case MEDICAL_APPOINTMENT, LATE_AFTER_REGISTER_CLOSED, REASON_NOT_YET_ESTABLISHED, INTERVIEW,
                        REDUCED_TIMETABLE -> new Spell(0, 0);
                default -> new Spell(1, 0);
            };
        }

        double meanSessions() {
            return days == 0 ? 1 : 2 * (days + extraDays / 2.0);
        }
    }

    /** Pupils per school: sizes spread from 0.6 to 1.4 times the average, summing to the phase's pupils. */
    private static int[] sizes(int schools, int pupils, SplittableRandom random) {
        double[] weights = new double[schools];
        double total = 0;
        for (int school = 0; school < schools; school++) {
            weights[school] = 0.6 + 0.8 * random.nextDouble();
            total += weights[school];
        }
        int[] sizes = new int[schools];
        int given = 0;
        for (int school = 0; school < schools; school++) {
            sizes[school] = Math.max(1, (int) Math.floor(pupils * weights[school] / total));
            given += sizes[school];
        }
        for (int school = 0; given < pupils; school = (school + 1) % schools) {
            sizes[school]++;
            given++;
        }
        return sizes;
    }

    /**
     * The phase's quantiles (k + 0.5) / n handed out to schools' seats: seats are ordered by their place in their
     * school plus the school's lean (schools with a negative lean get pupils who miss less) and a little noise.
     */
    private static double[][] seats(int[] sizes, SplittableRandom random) {
        int schools = sizes.length;
        double[] lean = new double[schools];
        for (int school = 0; school < schools; school++) {
            lean[school] = schools == 1 ? 0 : -0.15 + 0.3 * school / (schools - 1);
        }
        for (int school = schools - 1; school > 0; school--) {
            int other = random.nextInt(school + 1);
            double swap = lean[school];
            lean[school] = lean[other];
            lean[other] = swap;
        }
        List<double[]> keyed = new ArrayList<>();
        for (int school = 0; school < schools; school++) {
            for (int seat = 0; seat < sizes[school]; seat++) {
                double key = (seat + 0.5) / sizes[school] + lean[school] + 0.04 * (random.nextDouble() - 0.5);
                keyed.add(new double[] {key, school, seat});
            }
        }
        keyed.sort(Comparator.comparingDouble(seat -> seat[0]));
        double[][] quantiles = new double[schools][];
        for (int school = 0; school < schools; school++) {
            quantiles[school] = new double[sizes[school]];
        }
        int pupils = keyed.size();
        for (int rank = 0; rank < pupils; rank++) {
            double[] seat = keyed.get(rank);
            quantiles[(int) seat[1]][(int) seat[2]] = (rank + 0.5) / pupils;
        }
        // Within a school the seats' order says nothing: shuffle, so year groups and serials do not follow absence.
        for (double[] school : quantiles) {
            for (int seat = school.length - 1; seat > 0; seat--) {
                int other = random.nextInt(seat + 1);
                double swap = school[seat];
                school[seat] = school[other];
                school[other] = swap;
            }
        }
        return quantiles;
    }
}
