package org.schoolscope.governance.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds records that may be the same person: only records sharing a name key or an email address are compared (so a
 * register of thousands is not compared pair by pair), never two records of one person, and never two people an
 * officer has said are different.
 */
public final class Matching {

    private Matching() {
    }

    /** One suggestion for each pair of people, the first pair of their records found, oldest records first. */
    public static List<SuggestedMatch> suggestions(List<PersonRecord> records, List<long[]> rejectedRecordPairs) {
        Map<Long, Long> personOf = new HashMap<>();
        records.forEach(record -> personOf.put(record.id(), record.personId()));
        Set<String> rejected = new HashSet<>();
        for (long[] pair : rejectedRecordPairs) {
            Long one = personOf.get(pair[0]);
            Long other = personOf.get(pair[1]);
            if (one != null && other != null) {
                rejected.add(key(one, other));
            }
        }
        Map<String, SuggestedMatch> found = new LinkedHashMap<>();
        for (List<PersonRecord> bucket : buckets(records)) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    PersonRecord one = bucket.get(i);
                    PersonRecord other = bucket.get(j);
                    String pair = key(one.personId(), other.personId());
                    if (one.personId() == other.personId() || rejected.contains(pair) || found.containsKey(pair)) {
                        continue;
                    }
                    Optional<String> explanation = MatchExplanation.between(one, other);
                    explanation.ifPresent(why -> found.put(pair, new SuggestedMatch(one, other, why)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The people whose records may be the one just typed, each with the first explanation found. */
    public static Map<Long, String> candidatesFor(PersonRecord typed, List<PersonRecord> records) {
        Map<Long, String> candidates = new LinkedHashMap<>();
        for (PersonRecord record : records) {
            if (!candidates.containsKey(record.personId())) {
                MatchExplanation.between(typed, record).ifPresent(why -> candidates.put(record.personId(), why));
            }
        }
        return candidates;
    }

    private static List<List<PersonRecord>> buckets(List<PersonRecord> records) {
        Map<String, List<PersonRecord>> buckets = new LinkedHashMap<>();
        for (PersonRecord record : records) {
            if (!record.nameKey().isEmpty()) {
                buckets.computeIfAbsent("name:" + record.nameKey(), key -> new ArrayList<>()).add(record);
            }
            String email = PersonName.emailKey(record.email());
            if (!email.isEmpty()) {
                buckets.computeIfAbsent("email:" + email, key -> new ArrayList<>()).add(record);
            }
        }
        return List.copyOf(buckets.values());
    }

    private static String key(long one, long other) {
        return Math.min(one, other) + "-" + Math.max(one, other);
    }
}
