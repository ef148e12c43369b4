package org.schoolscope.returns;

import java.util.List;
import java.util.Optional;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.Version;

/** One school's return: the definition, the school, and every version saved, oldest first. */
public record SchoolReturn(Definition definition, RegisteredSchool school, List<Version> versions) {

    public SchoolReturn {
        versions = List.copyOf(versions);
    }

    public Optional<Version> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<Version> firstSubmission() {
        return versions.stream().filter(Version::submitted).findFirst();
    }

    public Optional<Version> latestSubmission() {
        return versions.stream().filter(Version::submitted).reduce((first, second) -> second);
    }

    public boolean submitted() {
        return firstSubmission().isPresent();
    }
}
