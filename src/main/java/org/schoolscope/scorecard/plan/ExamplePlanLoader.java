package org.schoolscope.scorecard.plan;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On a start of the embedded default with the sample data, stores the example plan (seed 001's 2017-18 plan) if no
 * example is stored yet, as the sample loader does the published files: before the web server answers.
 */
@Component
class ExamplePlanLoader implements SmartInitializingSingleton {

    static final String ACTOR = "Schoolscope";

    private final Plans plans;
    private final boolean enabled;

    ExamplePlanLoader(Plans plans,
            @Value("${schoolscope.sample-data.load-on-first-start:false}") boolean loadOnFirstStart,
            @Value("${schoolscope.embedded-database.active:false}") boolean embedded) {
        this.plans = plans;
        this.enabled = loadOnFirstStart && embedded;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            plans.loadExampleIfAbsent(ACTOR);
        }
    }
}
