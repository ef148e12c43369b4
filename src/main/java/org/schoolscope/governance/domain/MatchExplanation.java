package org.schoolscope.governance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why two records may be the same person, in words the officer confirming the match reads: the same name, the same
 * email address, the same postcode. Two records share nothing worth offering unless their names or emails agree.
 */
public final class MatchExplanation {

    private MatchExplanation() {
    }

    public static Optional<String> between(PersonRecord one, PersonRecord other) {
        boolean sameName = !one.nameKey().isEmpty() && one.nameKey().equals(other.nameKey());
        String email = PersonName.emailKey(one.email());
        boolean sameEmail = !email.isEmpty() && email.equals(PersonName.emailKey(other.email()));
        if (!sameName && !sameEmail) {
            return Optional.empty();
        }
        String postcode = PersonName.postcodeKey(one.postcode());
        String otherPostcode = PersonName.postcodeKey(other.postcode());
        List<String> reasons = new ArrayList<>();
        if (sameName) {
            reasons.add("the same name (" + one.fullName().strip() + ")");
        }
        if (sameEmail) {
            reasons.add("the same email address");
        }
        if (!postcode.isEmpty() && postcode.equals(otherPostcode)) {
            reasons.add("the same postcode");
        }
        String because = String.join(" and ", reasons);
        if (!postcode.isEmpty() && !otherPostcode.isEmpty() && !postcode.equals(otherPostcode)) {
            because += ", but different postcodes";
        } else if (sameName && !sameEmail && (email.isEmpty() || PersonName.emailKey(other.email()).isEmpty())) {
            because += "; no email address to compare";
        } else if (sameName && !sameEmail) {
            because += ", but different email addresses";
        }
        return Optional.of(Character.toUpperCase(because.charAt(0)) + because.substring(1));
    }
}
