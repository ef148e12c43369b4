package org.schoolscope.scorecard.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.schoolscope.scorecard.plan.NewPlan.NewAction;
import org.schoolscope.scorecard.plan.NewPlan.NewOutcome;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The shipped example plan: seed 001's six outcomes and their "We will" actions, with no progress. */
public final class ExamplePlan {

    static final String RESOURCE = "/scorecard/plan/example-2017-18.yml";

    private ExamplePlan() {
    }

    /** The example plan as the shipped file sets it out. */
    @SuppressWarnings("unchecked")
    public static NewPlan read() {
        String text;
        try (InputStream in = ExamplePlan.class.getResourceAsStream(RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        List<NewOutcome> outcomes = ((List<Map<String, Object>>) document.get("outcomes")).stream()
                .map(outcome -> new NewOutcome(String.valueOf(outcome.get("title")), null,
                        ((List<Object>) outcome.get("indicators")).stream().map(String::valueOf).toList(),
                        ((List<Object>) outcome.get("actions")).stream()
                                .map(action -> new NewAction(String.valueOf(action), null, null, List.of(),
                                        List.of()))
                                .toList()))
                .toList();
        return new NewPlan(String.valueOf(document.get("title")), String.valueOf(document.get("period")),
                String.valueOf(document.get("source")), true, outcomes);
    }
}
